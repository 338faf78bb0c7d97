import { useMutation, useQuery } from '@apollo/client/react';
import { Button, EmptyState, LoadingState, SelectField } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpaceChangeProposalsQuery } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  AcceptSpaceChangeMutation,
  DeclineSpaceChangeMutation,
  GrantStewardshipMutation,
  RevokeStewardshipMutation,
  SpaceChangeProposalsQuery as ProposalsDocument,
  SpaceStewardshipQuery,
  SpaceStewardsQuery,
} from '../graphql/space-stewards.graphql';

const REFETCH = ['SpaceStewards', 'SpaceChangeProposals', 'Space'];

/**
 * A space page's tools: its stewards edit it, manage stewards and decide suggestions; other
 * organisers suggest changes and follow their suggestions. Nothing for anyone else.
 */
export function SpaceStewardship({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data } = useQuery(SpaceStewardshipQuery, {
    variables: { id: spaceId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return null;
  const steward = data.space.viewerIsSteward;
  const organiser = Boolean(data.me?.organising.length);
  if (!steward && !organiser) return null;
  return (
    <section className="page-section participation-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('stewards.heading')}</h2>
      {steward ? (
        <>
          <p>
            <Link className="button-link" to={`/spaces/${spaceId}/edit`}>
              {t('stewards.edit')}
            </Link>
          </p>
          <StewardList spaceId={spaceId} />
          <Proposals spaceId={spaceId} steward />
        </>
      ) : (
        <>
          <p>{t('stewards.notSteward')}</p>
          <p>
            <Link className="button-link" to={`/spaces/${spaceId}/suggest`}>
              {t('stewards.suggest')}
            </Link>
          </p>
          <Proposals spaceId={spaceId} steward={false} />
        </>
      )}
    </section>
  );
}

function StewardList({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SpaceStewardsQuery, {
    variables: { id: spaceId },
  });
  const [candidate, setCandidate] = useState('');
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [grant, granting] = useMutation(GrantStewardshipMutation, options);
  const [revoke, revoking] = useMutation(RevokeStewardshipMutation, options);
  if (!data && loading) return <LoadingState label={t('stewards.loading')} />;
  if (!data) return <QueryError error={error} titled={false} onRetry={() => void refetch()} />;
  const stewards = data.space.stewards ?? [];
  const candidates = data.space.stewardCandidates ?? [];
  return (
    <>
      <h3>{t('stewards.listHeading')}</h3>
      <ul className="stack-list" aria-label={t('stewards.listHeading')}>
        {stewards.map(({ person }) => (
          <li key={person.id} className="row-with-action">
            <span dir="auto">{person.displayName}</span>
            {stewards.length > 1 ? (
              <Button
                variant="secondary"
                aria-label={t('stewards.revokeName', { name: person.displayName })}
                onClick={() =>
                  void revoke({ variables: { spaceId, personId: person.id } }).catch(
                    () => undefined,
                  )
                }
              >
                {t('stewards.revoke')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <ActionError error={revoking.error} />
      <h3>{t('stewards.grantHeading')}</h3>
      {candidates.length ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!candidate) return;
            void grant({ variables: { spaceId, personId: candidate } })
              .then(() => setCandidate(''))
              .catch(() => undefined);
          }}
        >
          <SelectField
            label={t('stewards.candidate')}
            hint={t('stewards.candidateHint')}
            value={candidate}
            options={[
              { value: '', label: t('stewards.chooseCandidate') },
              ...candidates.map((person) => ({ value: person.id, label: person.displayName })),
            ]}
            onChange={setCandidate}
          />
          <div className="form__actions">
            <Button type="submit" aria-disabled={granting.loading || !candidate || undefined}>
              {t('stewards.grant')}
            </Button>
          </div>
          <ActionError error={granting.error} />
        </form>
      ) : (
        <EmptyState>{t('stewards.noCandidates')}</EmptyState>
      )}
    </>
  );
}

type Proposal = SpaceChangeProposalsQuery['spaceChangeProposals'][number];

/** The changed fields of a suggestion, in words. */
function ChangeSummary({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { changes } = proposal;
  const rows: [string, string][] = [];
  if (changes.name != null) rows.push([t('stewards.form.name'), changes.name]);
  if (changes.kind != null) rows.push([t('stewards.form.kind'), t(`spaceKind.${changes.kind}`)]);
  if (changes.address != null) rows.push([t('stewards.form.address'), changes.address]);
  if (changes.postcode != null) rows.push([t('stewards.form.postcode'), changes.postcode]);
  if (changes.latitude != null) rows.push([t('stewards.form.latitude'), String(changes.latitude)]);
  if (changes.longitude != null)
    rows.push([t('stewards.form.longitude'), String(changes.longitude)]);
  if (changes.accessibility != null)
    rows.push([
      t('stewards.form.accessibility'),
      changes.accessibility.map((f) => t(`accessibilityFeature.${f}`)).join(', ') ||
        t('stewards.none'),
    ]);
  if (changes.openingHours != null)
    rows.push([
      t('stewards.form.openingHours'),
      changes.openingHours
        .map((p) => `${format.weekday(p.weekday)} ${p.opens}–${p.closes}`)
        .join(', ') || t('stewards.none'),
    ]);
  return (
    <dl className="change-summary">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd dir="auto">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Proposals({ spaceId, steward }: { spaceId: string; steward: boolean }) {
  const { t } = useTranslation();
  // Suggestions change elsewhere (another page sends one, a steward decides): read afresh on each visit.
  const { data, loading, error, refetch } = useQuery(ProposalsDocument, {
    variables: { spaceId },
    fetchPolicy: 'cache-and-network',
  });
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [accept, accepting] = useMutation(AcceptSpaceChangeMutation, options);
  const [decline, declining] = useMutation(DeclineSpaceChangeMutation, options);
  if (!data && loading) return <LoadingState label={t('stewards.loadingProposals')} />;
  if (!data) return <QueryError error={error} titled={false} onRetry={() => void refetch()} />;
  const shown = steward
    ? data.spaceChangeProposals.filter((p) => p.status === 'PENDING')
    : data.spaceChangeProposals;
  const heading = steward ? t('stewards.pendingHeading') : t('stewards.mineHeading');
  const busy = accepting.loading || declining.loading;
  return (
    <>
      <h3>{heading}</h3>
      {shown.length ? (
        <ul className="stack-list" aria-label={heading}>
          {shown.map((proposal) => {
            const who = proposal.proposer?.displayName ?? '';
            return (
              <li key={proposal.id}>
                {steward ? (
                  <p dir="auto">{t('stewards.suggestedBy', { name: who })}</p>
                ) : (
                  <p>{t(`stewards.status.${proposal.status}`)}</p>
                )}
                <ChangeSummary proposal={proposal} />
                {proposal.note ? <p dir="auto">{proposal.note}</p> : null}
                {!steward && proposal.decisionNote ? (
                  <p dir="auto">{t('stewards.stewardSaid', { note: proposal.decisionNote })}</p>
                ) : null}
                {steward ? (
                  <div className="form__actions">
                    <Button
                      aria-disabled={busy || undefined}
                      aria-label={t('stewards.acceptFrom', { name: who })}
                      onClick={() =>
                        void accept({ variables: { id: proposal.id } }).catch(() => undefined)
                      }
                    >
                      {t('stewards.accept')}
                    </Button>
                    <Button
                      variant="secondary"
                      aria-disabled={busy || undefined}
                      aria-label={t('stewards.declineFrom', { name: who })}
                      onClick={() =>
                        void decline({ variables: { id: proposal.id, note: '' } }).catch(
                          () => undefined,
                        )
                      }
                    >
                      {t('stewards.decline')}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState>{steward ? t('stewards.noPending') : t('stewards.noneMine')}</EmptyState>
      )}
      <ActionError error={accepting.error ?? declining.error} />
    </>
  );
}
