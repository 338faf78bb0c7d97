import { useState } from 'react';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** State for a "show more" button over a cursor-paginated list. */
export function useLoadMore(
  pageInfo: PageInfo | undefined,
  loadAfter: (cursor: string) => Promise<unknown>,
) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function loadMore(): Promise<void> {
    if (!pageInfo?.endCursor || loading) return;
    setLoading(true);
    setError(null);
    try {
      await loadAfter(pageInfo.endCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }

  return {
    hasMore: Boolean(pageInfo?.hasNextPage && pageInfo.endCursor),
    loading,
    error,
    loadMore,
  };
}
