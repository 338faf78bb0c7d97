import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../modules/account/hooks/useViewer';
import { GroupList } from '../../modules/groups/components/GroupList';
import { WhatsOnThisWeek } from '../../modules/sessions/components/WhatsOnThisWeek';
import { SuggestedForYou } from '../../modules/suggestions/components/SuggestedForYou';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer, known } = useViewer();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('home.title') })}</title>
      <header className="page-header">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </header>
      {/* A first visit: a way in, not only a way back (sign-in is also in the header). */}
      {known && !viewer ? (
        <section className="page-section" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('home.join.heading')}</h2>
          <p>{t('home.join.text')}</p>
          <p>
            <Link className="button-link" to="/sign-up">
              {t('home.join.signUp')}
            </Link>{' '}
            {t('home.join.or')} <Link to="/sign-in">{t('home.join.signIn')}</Link>
          </p>
        </section>
      ) : null}
      <SuggestedForYou first={3} />
      {viewer ? (
        <section className="page-section" aria-labelledby="nearby-heading">
          <h2 id="nearby-heading">{t('home.nearby.heading')}</h2>
          <p>
            {t('home.nearby.text')} <Link to="/people/nearby">{t('home.nearby.link')}</Link>
          </p>
        </section>
      ) : null}
      <WhatsOnThisWeek />
      <GroupList />
    </>
  );
}
