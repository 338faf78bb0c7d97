import { EmptyState, LoadingState, Notice } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { LoadMore } from '../../pagination/components/LoadMore';
import type { SessionSearch } from '../hooks/useSessionSearch';
import type { SearchFrom } from '../utils/discover-filters';
import { placeProblem } from '../utils/place-problem';
import { DiscoverMap } from './DiscoverMap';
import { ResultCard } from './ResultCard';

export type DiscoverView = 'list' | 'map';

export interface DiscoverResultsProps {
  search: SessionSearch;
  /** Where the search is from; null while the device's position (or my profile) is not known. */
  from: SearchFrom | null;

  /** The heading's id: "Skip to results" moves the focus to it. */
  headingId: string;
  view: DiscoverView;
  onViewChange: (view: DiscoverView) => void;
}

/** The sessions that fit, as a list (the main view) or on a map, a page at a time. */
export function DiscoverResults({
  search,
  from,
  headingId,
  view,
  onViewChange,
}: DiscoverResultsProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore, connection, results } = search;
  const problem = placeProblem(error);
  const near = connection?.origin.label;

  let content;
  if (!from) content = <Notice>{t('discover.needLocation')}</Notice>;
  else if (loading && !data) content = <LoadingState label={t('discover.loading')} />;
  else if (problem) content = <Notice>{t(`where.problem.${problem}`)}</Notice>;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!results.length) content = <EmptyState>{t('discover.empty')}</EmptyState>;
  else {
    content = (
      <>
        {view === 'map' ? (
          <DiscoverMap results={results} from={connection?.origin ?? null} />
        ) : (
          <ul className="stack-list">
            {results.map((result) => (
              <li key={result.session.id}>
                <ResultCard result={result} />
              </li>
            ))}
          </ul>
        )}
        <LoadMore
          pageInfo={connection?.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );
  }

  return (
    <section className="page-section discover-results" aria-labelledby={headingId}>
      <div className="discover-results__bar">
        <h2 id={headingId} tabIndex={-1}>
          {/* Isolated, so a postcode reads left to right inside an Urdu heading. */}
          {near
            ? t('where.resultsNear', { place: `\u2068${near}\u2069` })
            : t('discover.resultsHeading')}
        </h2>
        <div className="view-toggle" role="group" aria-label={t('discover.view')}>
          {(['list', 'map'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="view-toggle__option"
              aria-pressed={view === option}
              onClick={() => onViewChange(option)}
            >
              {t(`discover.views.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <p role="status" className="discover-results__count">
        {from && data && !loading
          ? connection?.pageInfo.hasNextPage
            ? t('discover.countMore', { count: results.length })
            : t('discover.count', { count: results.length })
          : ''}
      </p>
      {content}
    </section>
  );
}
