import { useMutation, useQuery } from '@apollo/client/react';
import { Button, LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { ActionError } from '../../modules/errors/components/ActionError';
import { QueryError } from '../../modules/errors/components/QueryError';
import { useLocaleFormat } from '../../modules/locale/hooks/useLocaleFormat';
import {
  AcceptInvitationMutation,
  InvitationQuery,
} from '../../modules/groups/graphql/organise.graphql';

function Invitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InvitationQuery, { variables: { token } });
  const [accept, accepting] = useMutation(AcceptInvitationMutation);
  if (loading && !data) return <LoadingState label={t('organise.invitation.loading')} />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const { group, expiresAt, alreadyOrganiser } = data.coOrganiserInvitation;
  const groupLink = <Link to={`/groups/${group.slug}`}>{group.name}</Link>;
  if (alreadyOrganiser)
    return (
      <p>
        {t('organise.invitation.already')} {groupLink}
      </p>
    );
  return (
    <>
      <h2 dir="auto">{t('organise.invitation.heading', { name: group.name })}</h2>
      <p>{t('organise.invitation.explained')}</p>
      <p>{t('organise.invitation.until', { date: format.date(expiresAt) })}</p>
      <div className="section-actions">
        <Button
          aria-busy={accepting.loading || undefined}
          onClick={() =>
            void accept({ variables: { token } }).then(
              () => navigate(`/groups/${group.slug}`),
              () => undefined,
            )
          }
        >
          {t('organise.invitation.accept')}
        </Button>
        <Link to={`/groups/${group.slug}`}>{t('organise.invitation.notNow')}</Link>
      </div>
      <ActionError error={accepting.error} />
    </>
  );
}

/** `/invitations/:token`: someone accepts an invitation to organise a group. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('organise.invitation.title') })}</title>
      <header className="page-header">
        <h1>{t('organise.invitation.title')}</h1>
      </header>
      <RequireSignIn>
        <Invitation token={token} />
      </RequireSignIn>
    </>
  );
}
