import { useQuery } from '@apollo/client/react';
import { Button, LoadingState, Notice } from '@village/ui';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChangePasswordForm } from '../../modules/account/components/ChangePasswordForm';
import { GivingAndReceiving } from '../../modules/account/components/GivingAndReceiving';
import { ProfileSummary } from '../../modules/account/components/ProfileSummary';
import { RequireSignIn } from '../../modules/account/components/RequireSignIn';
import { SessionList } from '../../modules/account/components/SessionList';
import { SignOutEverywhere } from '../../modules/account/components/SignOutEverywhere';
import { AccountQuery } from '../../modules/account/graphql/account.query';
import { QueryError } from '../../modules/errors/components/QueryError';
import { ProfileForm } from '../../modules/profile/components/ProfileForm';

export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.pageTitle', { page: t('account.title') })}</title>
      <header className="page-header">
        <h1>{t('account.title')}</h1>
        <p className="lead">
          {t('account.intro')} <Link to="/privacy">{t('account.privacyLink')}</Link>
        </p>
      </header>
      <RequireSignIn>
        <AccountSections />
      </RequireSignIn>
    </>
  );
}

function AccountSections() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AccountQuery);
  const profileHeadingId = useId();
  const sessionsHeadingId = useId();
  const passwordHeadingId = useId();
  const everywhereHeadingId = useId();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  if (loading && !data) return <LoadingState label={t('account.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const me = data?.me;
  // Signed out in another tab meanwhile: RequireSignIn sends this page to sign in.
  if (!me) return null;

  return (
    <>
      <section className="page-section page-section--first" aria-labelledby={profileHeadingId}>
        <h2 id={profileHeadingId}>{t('account.profile.heading')}</h2>
        <Notice>{saved ? t('account.profile.saved') : null}</Notice>
        {editing ? (
          <ProfileForm
            person={me.person}
            onDone={(didSave) => {
              setEditing(false);
              setSaved(didSave);
              // Back to where the person started, so the keyboard path goes on from there.
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <>
            <ProfileSummary me={me} />
            <p className="section-actions">
              <Button
                ref={editButton}
                variant="secondary"
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('account.profile.edit')}
              </Button>
            </p>
          </>
        )}
      </section>

      <GivingAndReceiving />

      <section className="page-section" aria-labelledby={sessionsHeadingId}>
        <h2 id={sessionsHeadingId}>{t('account.sessions.heading')}</h2>
        <p>{t('account.sessions.intro')}</p>
        <SessionList sessions={me.sessions} />
      </section>

      <section className="page-section" aria-labelledby={passwordHeadingId}>
        <h2 id={passwordHeadingId}>{t('changePassword.heading')}</h2>
        <p>{t('changePassword.intro')}</p>
        <ChangePasswordForm />
      </section>

      <section className="page-section" aria-labelledby={everywhereHeadingId}>
        <h2 id={everywhereHeadingId}>{t('account.signOutEverywhere.heading')}</h2>
        <p>{t('account.signOutEverywhere.intro')}</p>
        <SignOutEverywhere />
      </section>
    </>
  );
}
