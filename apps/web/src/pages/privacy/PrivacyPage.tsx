import { useQuery } from '@apollo/client/react';
import { LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { QueryError } from '../../modules/errors/components/QueryError';
import { ConsentChoices } from '../../modules/privacy/components/ConsentChoices';
import { DataAccessLog } from '../../modules/privacy/components/DataAccessLog';
import { DeleteAccount } from '../../modules/privacy/components/DeleteAccount';
import { DownloadMyData } from '../../modules/privacy/components/DownloadMyData';
import { OrganisationSupport } from '../../modules/privacy/components/OrganisationSupport';
import { PrivacyQuery } from '../../modules/privacy/graphql/privacy.query';
import { BlockedPeople } from '../../modules/safety/components/BlockedPeople';
import { AttendanceLink } from '../../modules/check-in/components/AttendanceLink';
import { ConnectionsLink } from '../../modules/connections/components/ConnectionsLink';

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('privacy.title') })}</title>
      <header className="page-header">
        <h1>{t('privacy.title')}</h1>
        <p className="lead">{t('privacy.intro')}</p>
      </header>
      <RequireSignIn>
        <PrivacySections />
      </RequireSignIn>
    </>
  );
}

function PrivacySections() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PrivacyQuery);
  if (loading && !data) return <LoadingState label={t('privacy.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return null;
  return (
    <div className="privacy-sections">
      <ConsentChoices consents={me.consents} person={me.person} />
      <OrganisationSupport consents={me.consents} />
      <DataAccessLog />
      <AttendanceLink />
      <ConnectionsLink />
      <BlockedPeople />
      <DownloadMyData />
      <DeleteAccount />
    </div>
  );
}
