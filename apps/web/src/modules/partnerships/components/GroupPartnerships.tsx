import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState, TextAreaField, TextField } from '@village/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import {
  AcceptPartnershipMutation,
  DeclinePartnershipMutation,
  EndPartnershipMutation,
  GroupPartnershipsQuery,
  PartnerSearchQuery,
  PendingPartnershipsQuery,
  ProposePartnershipMutation,
} from '../graphql/partnerships.graphql';

interface GroupRef {
  id: string;
  name: string;
}

/** The other group of a partnership, seen from `groupId`. */
const partnerOf = (groupId: string, p: { fromGroup: GroupRef; toGroup: GroupRef }) =>
  p.fromGroup.id === groupId ? p.toGroup : p.fromGroup;

/** After any change, both lists of this group (and the other group's, when it is open) are read again. */
const REFETCH = ['GroupPartnerships', 'PendingPartnerships'];

/**
 * A group page's "Partner groups" panel: the groups it partners with, public; for its organisers,
 * proposals waiting (accept or decline those received, withdraw those sent), ending a partnership,
 * and proposing one to a group found by name.
 */
export function GroupPartnerships({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(GroupPartnershipsQuery, {
    variables: { id: groupId },
    fetchPolicy: 'cache-and-network',
  });
  const organiser = Boolean(data?.me?.organising.some((group) => group.id === groupId));
  const [endPartnership, ending] = useMutation(EndPartnershipMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });

  let body;
  if (!data && loading) body = <LoadingState label={t('partnerships.loading')} />;
  else if (!data) body = <QueryError error={error} titled={false} onRetry={() => void refetch()} />;
  else
    body = (
      <>
        {data.group.partnerships.length ? (
          <ul className="stack-list" aria-label={t('partnerships.activeList')}>
            {data.group.partnerships.map((partnership) => {
              const partner = partnerOf(groupId, partnership);
              return (
                <li key={partnership.id} className="row-with-action">
                  <Link to={`/groups/${partner.id}`} dir="auto">
                    {partner.name}
                  </Link>
                  {organiser ? (
                    <Button
                      variant="secondary"
                      aria-label={t('partnerships.endWith', { name: partner.name })}
                      onClick={() => {
                        if (window.confirm(t('partnerships.confirmEnd', { name: partner.name })))
                          void endPartnership({ variables: { id: partnership.id } }).catch(
                            () => undefined,
                          );
                      }}
                    >
                      {t('partnerships.end')}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <EmptyState>{t('partnerships.none')}</EmptyState>
        )}
        <ActionError error={ending.error} />
        {organiser ? (
          <>
            <PendingPartnerships groupId={groupId} />
            <ProposePartnership groupId={groupId} />
          </>
        ) : null}
      </>
    );

  return (
    <section className="page-section participation-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('partnerships.heading')}</h2>
      {body}
    </section>
  );
}

function PendingPartnerships({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  // Proposals arrive from other groups: read afresh on each visit.
  const { data, loading, error, refetch } = useQuery(PendingPartnershipsQuery, {
    variables: { id: groupId },
    fetchPolicy: 'cache-and-network',
  });
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [accept, accepting] = useMutation(AcceptPartnershipMutation, options);
  const [decline, declining] = useMutation(DeclinePartnershipMutation, options);
  const [withdraw, withdrawing] = useMutation(EndPartnershipMutation, options);
  const busy = accepting.loading || declining.loading || withdrawing.loading;

  if (!data && loading) return <LoadingState label={t('partnerships.loadingPending')} />;
  if (!data) return <QueryError error={error} titled={false} onRetry={() => void refetch()} />;
  const pending = data.group.pendingPartnerships ?? [];
  const received = pending.filter((p) => p.toGroup.id === groupId);
  const sent = pending.filter((p) => p.fromGroup.id === groupId);
  const act = (run: () => Promise<unknown>) => () => void run().catch(() => undefined);

  return (
    <>
      <h3>{t('partnerships.received')}</h3>
      {received.length ? (
        <ul className="stack-list">
          {received.map((p) => (
            <li key={p.id}>
              <p>
                <Link to={`/groups/${p.fromGroup.id}`} dir="auto">
                  {p.fromGroup.name}
                </Link>
              </p>
              {p.note ? <p dir="auto">{p.note}</p> : null}
              <div className="form__actions">
                <Button
                  aria-disabled={busy || undefined}
                  aria-label={t('partnerships.acceptFrom', { name: p.fromGroup.name })}
                  onClick={act(() => accept({ variables: { id: p.id } }))}
                >
                  {t('partnerships.accept')}
                </Button>
                <Button
                  variant="secondary"
                  aria-disabled={busy || undefined}
                  aria-label={t('partnerships.declineFrom', { name: p.fromGroup.name })}
                  onClick={act(() => decline({ variables: { id: p.id } }))}
                >
                  {t('partnerships.decline')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('partnerships.noneReceived')}</EmptyState>
      )}
      <h3>{t('partnerships.sent')}</h3>
      {sent.length ? (
        <ul className="stack-list">
          {sent.map((p) => (
            <li key={p.id} className="row-with-action">
              <Link to={`/groups/${p.toGroup.id}`} dir="auto">
                {p.toGroup.name}
              </Link>
              <Button
                variant="secondary"
                aria-disabled={busy || undefined}
                aria-label={t('partnerships.withdrawTo', { name: p.toGroup.name })}
                onClick={act(() => withdraw({ variables: { id: p.id } }))}
              >
                {t('partnerships.withdraw')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('partnerships.noneSent')}</EmptyState>
      )}
      <ActionError error={accepting.error ?? declining.error ?? withdrawing.error} />
    </>
  );
}

function ProposePartnership({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<GroupRef | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [search, searched] = useLazyQuery(PartnerSearchQuery);
  const [propose, proposing] = useMutation(ProposePartnershipMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const results = (searched.data?.groups.edges ?? [])
    .map((edge) => edge.node)
    .filter((group) => group.id !== groupId);

  function find(event: FormEvent) {
    event.preventDefault();
    setChosen(null);
    if (text.trim()) void search({ variables: { text: text.trim() } });
  }

  async function send() {
    if (!chosen) return;
    try {
      await propose({ variables: { from: groupId, to: chosen.id, note: note.trim() } });
      setSentTo(chosen.name);
      setChosen(null);
      setNote('');
    } catch {
      // Shown by ActionError below.
    }
  }

  return (
    <>
      <h3>{t('partnerships.proposeHeading')}</h3>
      {sentTo ? <p role="status">{t('partnerships.proposed', { name: sentTo })}</p> : null}
      <form className="form" role="search" onSubmit={find}>
        <TextField
          label={t('partnerships.searchLabel')}
          hint={t('partnerships.searchHint')}
          value={text}
          dir="auto"
          onChange={(event) => setText(event.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary">
            {t('partnerships.search')}
          </Button>
        </div>
      </form>
      {searched.loading ? <LoadingState label={t('partnerships.searching')} /> : null}
      {searched.error ? <ActionError error={searched.error} /> : null}
      {searched.called && !searched.loading && !searched.error ? (
        results.length ? (
          <ul className="stack-list" aria-label={t('partnerships.results')}>
            {results.map((group) => (
              <li key={group.id} className="row-with-action">
                <span dir="auto">{group.name}</span>
                <Button
                  variant={chosen?.id === group.id ? 'primary' : 'secondary'}
                  aria-pressed={chosen?.id === group.id}
                  aria-label={t('partnerships.choose', { name: group.name })}
                  onClick={() => setChosen(group)}
                >
                  {t('partnerships.chooseShort')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('partnerships.noResults')}</EmptyState>
        )
      ) : null}
      {chosen ? (
        <div className="form">
          <TextAreaField
            label={t('partnerships.noteLabel', { name: chosen.name })}
            hint={t('partnerships.noteHint')}
            rows={3}
            maxLength={500}
            dir="auto"
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="form__actions">
            <Button aria-disabled={proposing.loading || undefined} onClick={() => void send()}>
              {t('partnerships.propose', { name: chosen.name })}
            </Button>
          </div>
        </div>
      ) : null}
      <ActionError error={proposing.error} />
    </>
  );
}
