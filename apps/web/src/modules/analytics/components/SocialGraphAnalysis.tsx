import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, EmptyState, Facts, LoadingState, Notice } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialGraphRunFieldsFragment } from '../../../gql/graphql';
import { ActionError } from '../../errors/components/ActionError';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  SocialGraphAnalysisChangedSubscription,
  SocialGraphAnalysisQuery,
  StartSocialGraphAnalysisMutation,
} from '../graphql/analytics.graphql';

const ENDED = ['COMPLETE', 'FAILED'];

/** A run's live progress: a labelled progress bar and what it is doing. */
function RunProgress({ run }: { run: SocialGraphRunFieldsFragment }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const labelId = useId();
  return (
    <div className="social-graph__progress">
      <p id={labelId}>
        {t(`socialGraph.phase.${run.phase}`)}
        {run.phaseTotal > 0
          ? ` ${t('socialGraph.ofTotal', {
              done: format.number(run.phaseDone),
              total: format.number(run.phaseTotal),
            })}`
          : null}
      </p>
      <progress aria-labelledby={labelId} max={100} value={run.percent}>
        {run.percent}%
      </progress>
    </div>
  );
}

/**
 * The admin page's content: the newest complete snapshot's town figures, starting a run, its live
 * progress, and the latest runs.
 */
export function SocialGraphAnalysis() {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const headingId = useId();
  const historyId = useId();
  const { data, loading, error, refetch } = useQuery(SocialGraphAnalysisQuery);
  const [start, started] = useMutation(StartSocialGraphAnalysisMutation);
  // Runs change in the cache by id as the workers report; a run that ends brings new figures.
  useSubscription(SocialGraphAnalysisChangedSubscription, {
    onData: ({ data: event }) => {
      const run = event.data?.socialGraphAnalysisChanged;
      if (run && ENDED.includes(run.status)) void refetch();
    },
  });
  const runs = data?.socialGraphAnalyses ?? [];

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState label={t('socialGraph.loading')} />;

  const latest = data?.socialGraphAnalysis ?? null;
  const active = runs.find((run) => !ENDED.includes(run.status)) ?? null;
  const share = (value: number) => `${format.number(Math.round(value * 100))}%`;

  return (
    <>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('socialGraph.latest')}</h2>
        {latest?.town ? (
          <Card>
            <p>{t('socialGraph.asOf', { when: format.dateTime(latest.at ?? latest.createdAt) })}</p>
            <Facts
              items={[
                { term: t('socialGraph.people'), details: format.number(latest.town.people) },
                { term: t('socialGraph.groups'), details: format.number(latest.groupCount ?? 0) },
                { term: t('socialGraph.ties'), details: format.number(latest.tieCount ?? 0) },
                {
                  term: t('socialGraph.communities'),
                  details: format.number(latest.communities ?? 0),
                },
                {
                  term: t('socialGraph.withoutActiveTie'),
                  details: share(latest.town.shareWithoutActiveTie),
                },
                {
                  term: t('socialGraph.medianActiveTies'),
                  details: format.number(latest.town.medianActiveTies),
                },
                {
                  term: t('socialGraph.withBridgingTie'),
                  details: share(latest.town.shareWithBridgingTie),
                },
                {
                  term: t('socialGraph.withLinkingTie'),
                  details: share(latest.town.shareWithLinkingTie),
                },
                {
                  term: t('socialGraph.householdsIsolated'),
                  details: t('socialGraph.householdsOf', {
                    count: latest.households?.isolated ?? 0,
                    total: format.number(latest.households?.households ?? 0),
                    share: share(latest.town.shareOfHouseholdsIsolated),
                  }),
                },
                {
                  term: t('socialGraph.areasShown'),
                  details: format.number(latest.areas.length),
                },
              ]}
            />
          </Card>
        ) : (
          <EmptyState>{t('socialGraph.none')}</EmptyState>
        )}
      </section>

      <section aria-label={t('socialGraph.run')}>
        {active ? (
          <RunProgress run={active} />
        ) : (
          <Button disabled={started.loading} onClick={() => void start().then(() => refetch())}>
            {started.loading ? t('socialGraph.starting') : t('socialGraph.start')}
          </Button>
        )}
        <ActionError error={started.error} />
        <Notice>{t('socialGraph.privacy')}</Notice>
      </section>

      <section aria-labelledby={historyId}>
        <h2 id={historyId}>{t('socialGraph.history')}</h2>
        {runs.length === 0 ? (
          <EmptyState>{t('socialGraph.noRuns')}</EmptyState>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('socialGraph.started')}</th>
                <th scope="col">{t('socialGraph.how')}</th>
                <th scope="col">{t('socialGraph.state')}</th>
                <th scope="col">{t('socialGraph.people')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>{format.dateTime(run.createdAt)}</td>
                  <td>{t(`socialGraph.trigger.${run.trigger}`)}</td>
                  <td>
                    {t(`socialGraph.status.${run.status}`)}
                    {ENDED.includes(run.status) ? null : ` (${run.percent}%)`}
                    {run.status === 'FAILED' && run.error ? `: ${run.error}` : null}
                  </td>
                  <td>
                    {run.peopleCount === null || run.peopleCount === undefined
                      ? '–'
                      : format.number(run.peopleCount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
