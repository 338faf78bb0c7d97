import { skipToken, useQuery } from '@apollo/client/react';
import { SessionSearchQuery } from '../graphql/session-search.query';
import {
  toSearchVariables,
  type DiscoverFilters,
  type SearchFrom,
} from '../utils/discover-filters';

const PAGE_SIZE = 20;

/** How the search stands: still asking, or answered with sessions or without (or not asked). */
export type SearchOutcome = 'pending' | 'results' | 'none';

/**
 * The sessions that fit the filters from `from`, a page at a time (none is asked for until the
 * device's position is known). The page and the filters both follow how it stands.
 */
export function useSessionSearch(filters: DiscoverFilters, from: SearchFrom | null) {
  const query = useQuery(
    SessionSearchQuery,
    from ? { variables: toSearchVariables(filters, from, PAGE_SIZE) } : skipToken,
  );
  const connection = query.data?.sessionSearch;
  const results = connection?.edges.map((edge) => edge.node) ?? [];
  const outcome: SearchOutcome =
    from && query.loading && !query.data ? 'pending' : results.length ? 'results' : 'none';
  return { ...query, connection, results, outcome };
}

export type SessionSearch = ReturnType<typeof useSessionSearch>;
