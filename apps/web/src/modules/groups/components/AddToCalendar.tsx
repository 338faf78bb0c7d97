import { useTranslation } from 'react-i18next';
import { calendarLinks } from '../utils/calendar-links';

export interface AddToCalendarProps {
  /** The feed's path from the API (`icalUrl`). */
  icalUrl: string;
  /** What the feed is of, for the links' accessible names: a session's title or a group's name. */
  name: string;
  /** A whole group's sessions, or one session. */
  scope: 'group' | 'session';
}

/** Download the calendar file, or subscribe to it in a calendar app so changes follow. */
export function AddToCalendar({ icalUrl, name, scope }: AddToCalendarProps) {
  const { t } = useTranslation();
  const links = calendarLinks(icalUrl);
  const add = scope === 'group' ? t('calendar.addGroup') : t('calendar.add');
  // A session's page has both scopes: the two pairs of links must read differently, not only to
  // screen readers.
  const subscribe = scope === 'group' ? t('calendar.subscribeGroup') : t('calendar.subscribe');

  return (
    <p className="section-actions">
      <a href={links.download} download aria-label={t('calendar.named', { action: add, name })}>
        {add}
      </a>
      <a href={links.subscribe} aria-label={t('calendar.named', { action: subscribe, name })}>
        {subscribe}
      </a>
    </p>
  );
}
