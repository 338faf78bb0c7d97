import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

const MINUTE = 60_000;

export interface NextDatesProps {
  /** Start instants (ISO), shown as day and time range in the town's time, in the reader's language. */
  starts: readonly string[];
  durationMinutes: number;
}

/** A session's next dates, "Tuesday 14 October, 10:00–11:30", or that none are coming up. */
export function NextDates({ starts, durationMinutes }: NextDatesProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  if (!starts.length) return <>{t('session.noDates')}</>;
  return (
    <ul className="plain-list next-dates">
      {starts.map((start) => (
        <li key={start}>
          <time dateTime={start}>
            {format.dayAndTimeRange(
              start,
              new Date(Date.parse(start) + durationMinutes * MINUTE).toISOString(),
            )}
          </time>
        </li>
      ))}
    </ul>
  );
}
