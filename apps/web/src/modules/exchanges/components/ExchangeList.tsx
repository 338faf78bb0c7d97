import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExchangeFieldsFragment } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import type { PageInfo } from '../../pagination/hooks/useLoadMore';
import {
  GroupExchangesQuery,
  HelpPostRespondedSubscription,
  MyExchangesQuery,
} from '../graphql/exchange.graphql';
import { useCatchUpSubscription } from '../../live/hooks/useCatchUpSubscription';
import { otherSideName } from '../utils/exchange-sides';
import { isolate } from '../../locale/utils/format';

const PAGE_SIZE = 20;

function ExchangeItems({ exchanges }: { exchanges: readonly ExchangeFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  return (
    <ul className="exchange-list">
      {exchanges.map((exchange) => (
        <li key={exchange.id} className="exchange-list__item">
          <Link to={`/help/exchanges/${exchange.id}`} className="exchange-list__title">
            <bdi>{exchange.helpPost.title}</bdi>
          </Link>
          <span className={`status status--${exchange.status.toLowerCase()}`}>
            {t(`exchangeStatus.${exchange.status}`)}
          </span>
          <span className="exchange-list__meta">
            {t('exchange.with', { name: isolate(otherSideName(exchange)) })} ·{' '}
            <time dateTime={exchange.createdAt}>{format.date(exchange.createdAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

interface ExchangesResult {
  connection: { edges: { node: ExchangeFieldsFragment }[]; pageInfo: PageInfo } | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => unknown;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
}

/** One list of exchanges in its states: loading, failed, empty, or the items with "Show more". */
function ExchangesContent({ result, empty }: { result: ExchangesResult; empty: string }) {
  const { t } = useTranslation();
  const { connection, loading, error, refetch, fetchMore } = result;
  if (loading && !connection) return <LoadingState label={t('myHelp.loadingExchanges')} />;
  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!connection?.edges.length) return <EmptyState>{empty}</EmptyState>;
  return (
    <>
      <ExchangeItems exchanges={connection.edges.map((edge) => edge.node)} />
      <LoadMore
        pageInfo={connection.pageInfo}
        loadAfter={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}

/** The exchanges about one group's posts, for its organiser: a section per group. */
function GroupExchanges({ group }: { group: { id: string; name: string } }) {
  const { t } = useTranslation();
  const result = useQuery(GroupExchangesQuery, {
    variables: { groupId: group.id, first: PAGE_SIZE },
  });
  const content = (
    <ExchangesContent
      result={{ ...result, connection: result.data?.groupExchanges }}
      empty={t('myHelp.noGroupExchanges')}
    />
  );
  return (
    <section aria-labelledby={`group-exchanges-${group.id}`}>
      <h3 id={`group-exchanges-${group.id}`}>
        {t('myHelp.groupExchanges', { group: isolate(group.name) })}
      </h3>
      {content}
    </section>
  );
}

export interface ExchangeListProps {
  /** Groups I organise: their exchanges are listed too. */
  organising: readonly { id: string; name: string }[];
}

/**
 * Exchanges I am part of (mine, and my groups'), most recently changed first. A response to one of
 * my posts arrives live: the lists ask again.
 */
export function ExchangeList({ organising }: ExchangeListProps) {
  const { t } = useTranslation();
  const result = useQuery(MyExchangesQuery, { variables: { first: PAGE_SIZE } });
  useCatchUpSubscription(HelpPostRespondedSubscription, {
    liveCursor: result.data?.liveCursor,
    variables: {},
    onEvent: (_responded, client) =>
      void client.refetchQueries({ include: [MyExchangesQuery, GroupExchangesQuery] }),
  });

  return (
    <>
      <ExchangesContent
        result={{ ...result, connection: result.data?.myExchanges }}
        empty={t('myHelp.noExchanges')}
      />
      {organising.map((group) => (
        <GroupExchanges key={group.id} group={group} />
      ))}
    </>
  );
}
