import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { ExchangeList } from '../../modules/exchanges/components/ExchangeList';
import { MyHelpPosts } from '../../modules/help/components/MyHelpPosts';
import { HelpFormContextQuery } from '../../modules/help/graphql/my-help.graphql';

function MyHelpSections() {
  const { t } = useTranslation();
  const organising = useQuery(HelpFormContextQuery).data?.me?.organising ?? [];
  return (
    <>
      <section className="page-section" aria-labelledby="my-exchanges-heading">
        <h2 id="my-exchanges-heading">{t('myHelp.exchanges')}</h2>
        <ExchangeList organising={organising} />
      </section>
      <section className="page-section" aria-labelledby="my-posts-heading">
        <h2 id="my-posts-heading">{t('myHelp.posts')}</h2>
        <MyHelpPosts />
      </section>
    </>
  );
}

export function MyHelpPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('myHelp.title') })}</title>
      <header className="page-header">
        <h1>{t('myHelp.title')}</h1>
        <p className="lead">
          {t('myHelp.intro')} <Link to="/help/new">{t('help.newPost')}</Link>
        </p>
      </header>
      <RequireSignIn>
        <MyHelpSections />
      </RequireSignIn>
    </>
  );
}
