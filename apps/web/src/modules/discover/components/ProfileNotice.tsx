import { Button } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import type { ProfileStart } from '../utils/profile-start';

export interface ProfileNoticeProps {
  start: ProfileStart;
  /** Opens the filters, to change this search (the profile itself stays as it is). */
  onChange: () => void;
}

/** "Using your profile: a child of 8 months; Urdu and English; on Tuesday and Thursday; near your area. Change" */
export function ProfileNotice({ start, onChange }: ProfileNoticeProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const textId = useId();
  const parts = [
    start.childAgeMonths !== null
      ? t('where.profile.child', { age: format.age(start.childAgeMonths) })
      : start.dueMonth
        ? t('where.profile.due', { month: format.month(start.dueMonth) })
        : null,
    start.languages.length ? format.list(start.languages.map(format.languageName)) : null,
    start.weekdays?.length
      ? t('where.profile.days', { days: format.list(start.weekdays.map(format.weekday)) })
      : null,
    start.near ? t('where.profile.area') : null,
  ].filter((part): part is string => part !== null);
  return (
    <p className="profile-notice">
      <span id={textId}>{t('where.usingProfile', { summary: parts.join('; ') })}</span>{' '}
      <Button variant="secondary" onClick={onChange} aria-describedby={textId}>
        {t('where.change')}
      </Button>
    </p>
  );
}
