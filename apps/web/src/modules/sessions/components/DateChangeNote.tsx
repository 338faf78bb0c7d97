import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

export interface DateChangeNoteProps {
  date: { cancelled: boolean; cancellationReason?: string | null; movedFrom?: string | null };
}

/** What the organisers changed about one date, in words: called off (and why), or moved from when. */
export function DateChangeNote({ date }: DateChangeNoteProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  if (date.cancelled)
    return (
      <p className="date-change date-change--cancelled">
        <strong>{t('publish.dates.cancelled')}</strong>
        {date.cancellationReason ? (
          <>
            {' '}
            <span dir="auto">
              {t('publish.dates.because', { reason: date.cancellationReason })}
            </span>
          </>
        ) : null}
      </p>
    );
  if (date.movedFrom)
    return (
      <p className="date-change date-change--moved">
        <strong>{t('publish.dates.moved')}</strong>{' '}
        {t('publish.dates.movedFrom', { when: format.dateTime(date.movedFrom) })}
      </p>
    );
  return null;
}
