import { Button } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { useLoadMore, type PageInfo } from '../hooks/useLoadMore';

export interface LoadMoreProps {
  pageInfo: PageInfo | undefined;
  loadAfter: (cursor: string) => Promise<unknown>;
}

/** The next page on request: calmer than infinite scroll, and the footer stays reachable. */
export function LoadMore({ pageInfo, loadAfter }: LoadMoreProps) {
  const { t } = useTranslation();
  const { hasMore, loading, error, loadMore } = useLoadMore(pageInfo, loadAfter);
  if (!hasMore) return null;
  return (
    <div className="load-more">
      {error ? <QueryError error={error} onRetry={() => void loadMore()} /> : null}
      {error ? null : (
        <Button
          variant="secondary"
          onClick={() => void loadMore()}
          disabled={loading}
          aria-busy={loading}
        >
          {loading ? t('states.loadingMore') : t('states.loadMore')}
        </Button>
      )}
    </div>
  );
}
