import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState } from '@village/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../account/hooks/useViewer';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  OrganiserPanelQuery,
  RemoveOrganiserMutation,
  RevokeInvitationMutation,
} from '../graphql/organise.graphql';
import { sessionsByNextDate } from '../utils/sessions-by-next-date';
import { AskThenConfirm } from './AskThenConfirm';
import { InviteCoOrganiser } from './InviteCoOrganiser';

export interface OrganiserPanelProps {
  group: { id: string; slug: string; name: string };
  /** Organiser tools of other modules (a "New session" link…), one line each in GroupPage. */
  children?: ReactNode;
}

const AFTER_CHANGE = ['OrganiserPanel', 'Group'];

/** One part of the panel, with its own heading. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="page-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function RemoveOrganiser({
  groupId,
  person,
  self,
  groupName,
}: {
  groupId: string;
  person: { id: string; displayName: string };
  self: boolean;
  groupName: string;
}) {
  const { t } = useTranslation();
  const [remove, { loading, error }] = useMutation(RemoveOrganiserMutation, {
    refetchQueries: AFTER_CHANGE,
    awaitRefetchQueries: true,
  });
  return (
    <AskThenConfirm
      label={
        self
          ? t('organise.panel.stepDown')
          : t('organise.panel.remove', { name: person.displayName })
      }
      question={
        self
          ? t('organise.panel.stepDownQuestion', { group: groupName })
          : t('organise.panel.removeQuestion', { name: person.displayName })
      }
      confirmLabel={self ? t('organise.panel.stepDownConfirm') : t('organise.panel.removeConfirm')}
      cancelLabel={t('organise.panel.keep')}
      onConfirm={() => remove({ variables: { groupId, personId: person.id } })}
      busy={loading}
      error={error}
      variant="secondary"
    >
      <p>{self ? t('organise.panel.stepDownExplained') : t('organise.panel.removeExplained')}</p>
    </AskThenConfirm>
  );
}

function RevokeInvitation({ id }: { id: string }) {
  const { t } = useTranslation();
  const [revoke, { loading, error }] = useMutation(RevokeInvitationMutation, {
    refetchQueries: ['OrganiserPanel'],
  });
  return (
    <>
      <Button
        variant="secondary"
        aria-busy={loading || undefined}
        onClick={() => void revoke({ variables: { id } }).catch(() => undefined)}
      >
        {t('organise.panel.withdraw')}
      </Button>
      <ActionError error={error} />
    </>
  );
}

/**
 * What only a group's organisers see on its page: a way to edit it, co-organisers and invitations,
 * the members who chose to be visible to organisers (and how many others), and each session's next
 * date. Other modules' organiser tools come in as children.
 */
export function OrganiserPanel({ group, children }: OrganiserPanelProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(OrganiserPanelQuery, {
    variables: { id: group.id },
  });

  let content;
  if (loading && !data) content = <LoadingState label={t('organise.panel.loading')} />;
  else if (!data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else {
    const { organisers, openInvitations, sessions, memberCount } = data.group;
    const visible = data.groupMembers.edges.map((edge) => edge.node);
    // Organisers know each other: the rest are members neither listed nor organising.
    const known = new Set([...visible, ...(organisers ?? [])].map((person) => person.id));
    const others = Math.max(0, memberCount - known.size);
    content = (
      <>
        <Part title={t('organise.panel.sessions')}>
          {sessions.length ? (
            <ul className="stack-list">
              {sessionsByNextDate(sessions).map((session) => (
                <li key={session.id}>
                  <Link to={`/sessions/${session.id}`}>{session.title}</Link>
                  {': '}
                  {session.nextOccurrences[0]
                    ? t('organise.panel.nextDate', {
                        date: format.dateTime(session.nextOccurrences[0]),
                      })
                    : t('organise.panel.noNextDate')}
                  {session.occurrences[0]
                    ? ` · ${t('organise.panel.numbers', {
                        going: session.occurrences[0].goingCount,
                        waiting: session.occurrences[0].waitingCount,
                      })}`
                    : null}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('organise.panel.noSessions')}</EmptyState>
          )}
        </Part>
        <Part title={t('organise.panel.members')}>
          <p>{t('organise.panel.membersExplained')}</p>
          {visible.length ? (
            <ul className="stack-list" aria-label={t('organise.panel.visibleMembers')}>
              {visible.map((person) => (
                <li key={person.id} dir="auto">
                  {person.displayName}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t('organise.panel.noVisibleMembers')}</EmptyState>
          )}
          {data.groupMembers.pageInfo.hasNextPage ? (
            <p>{t('organise.panel.firstVisible', { count: visible.length, total: memberCount })}</p>
          ) : others > 0 ? (
            <p>{t('organise.panel.privateMembers', { count: others })}</p>
          ) : null}
        </Part>
        <Part title={t('organise.panel.organisers')}>
          <ul className="stack-list">
            {(organisers ?? []).map((person) => (
              <li key={person.id}>
                <span dir="auto">{person.displayName}</span>
                {person.id === viewer?.person.id ? ` ${t('organise.panel.you')}` : null}{' '}
                <RemoveOrganiser
                  groupId={group.id}
                  groupName={group.name}
                  person={person}
                  self={person.id === viewer?.person.id}
                />
              </li>
            ))}
          </ul>
        </Part>
        <Part title={t('organise.panel.invite')}>
          <InviteCoOrganiser groupId={group.id} />
          {openInvitations?.length ? (
            <ul className="stack-list" aria-label={t('organise.panel.openInvitations')}>
              {openInvitations.map((invitation) => (
                <li key={invitation.id}>
                  {t('organise.panel.invitation', {
                    made: format.date(invitation.createdAt),
                    until: format.date(invitation.expiresAt),
                  })}{' '}
                  <RevokeInvitation id={invitation.id} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('organise.panel.noInvitations')}</p>
          )}
        </Part>
      </>
    );
  }

  return (
    <section className="page-section organiser-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organise.panel.heading')}</h2>
      <p className="section-actions">
        <Link className="button-link" to={`/groups/${group.slug}/edit`}>
          {t('organise.panel.edit')}
        </Link>
      </p>
      {children}
      {content}
    </section>
  );
}
