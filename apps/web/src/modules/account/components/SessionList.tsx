import { useMutation } from '@apollo/client/react';
import { Button, Card, Notice } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { AccountQuery as AccountDocument, RevokeSessionMutation } from '../graphql/account.query';
import { useSignOut } from '../hooks/useSignOut';
import { describeDevice } from '../utils/device';
import { isolate } from '../../locale/utils/format';
import { ActionError } from '../../errors/components/ActionError';

type Session = NonNullable<AccountQuery['me']>['sessions'][number];

/** Every browser signed in to my account, this one first, each with a way to sign it out. */
export function SessionList({ sessions }: { sessions: readonly Session[] }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const [revokeSession, { loading: revoking }] = useMutation(RevokeSessionMutation, {
    refetchQueries: [AccountDocument],
    awaitRefetchQueries: true,
  });
  const { signOut, loading: signingOut, error: signOutError } = useSignOut();
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const ordered = [...sessions].sort((a, b) => Number(b.current) - Number(a.current));

  async function revoke(id: string) {
    setNotice(null);
    setRevokeError(null);
    try {
      await revokeSession({ variables: { id } });
      setNotice(t('account.sessions.revoked'));
    } catch (error) {
      setRevokeError(error);
    }
  }

  const problem = revokeError ?? signOutError;
  return (
    <>
      <Notice>{notice}</Notice>
      <ActionError error={problem} />
      <ul className="stack-list">
        {ordered.map((session) => (
          <li key={session.id}>
            <SessionCard
              session={session}
              busy={revoking || signingOut}
              onSignOut={() => void (session.current ? signOut() : revoke(session.id))}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

function SessionCard({
  session,
  busy,
  onSignOut,
}: {
  session: Session;
  busy: boolean;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { browser, system } = describeDevice(session.userAgent);
  const device =
    browser && system
      ? t('account.sessions.device', { browser: isolate(browser), system: isolate(system) })
      : (browser ?? system ?? t('account.sessions.unknownDevice'));
  return (
    <Card className="session-card" labelledBy={headingId}>
      <h3 id={headingId} className="card-title">
        {device}
        {session.current ? (
          <span className="session-card__current"> {t('account.sessions.thisDevice')}</span>
        ) : null}
      </h3>
      <p className="card-meta">
        {t('account.sessions.since', { when: format.dateTime(session.createdAt) })}
        <br />
        {t('account.sessions.lastSeen', { when: format.dateTime(session.lastSeenAt) })}
      </p>
      <Button variant="secondary" disabled={busy} onClick={onSignOut} aria-describedby={headingId}>
        {session.current ? t('account.sessions.signOutHere') : t('account.sessions.signOutThere')}
      </Button>
    </Card>
  );
}
