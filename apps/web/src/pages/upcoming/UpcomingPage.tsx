import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { MyCalendarFeed } from '../../modules/going/components/MyCalendarFeed';
import { SavedSessions } from '../../modules/going/components/SavedSessions';
import { UpcomingDates } from '../../modules/going/components/UpcomingDates';

export function UpcomingPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('going.upcoming.title') })}</title>
      <header className="page-header">
        <h1>{t('going.upcoming.title')}</h1>
        <p className="lead">{t('going.upcoming.intro')}</p>
      </header>
      <RequireSignIn>
        <section className="page-section" aria-labelledby="upcoming-dates-heading">
          <h2 id="upcoming-dates-heading">{t('going.upcoming.datesHeading')}</h2>
          <UpcomingDates />
        </section>
        <section className="page-section" aria-labelledby="upcoming-saved-heading">
          <h2 id="upcoming-saved-heading">{t('going.upcoming.savedHeading')}</h2>
          <SavedSessions />
        </section>
        <section className="page-section" aria-labelledby="upcoming-calendar-heading">
          <h2 id="upcoming-calendar-heading">{t('going.calendar.heading')}</h2>
          <MyCalendarFeed />
        </section>
      </RequireSignIn>
    </>
  );
}
