import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState, Notice, SelectField } from '@village/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpPostFieldsFragment, HelpPostsQueryVariables } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { isolate } from '../../locale/utils/format';
import { LoadMore } from '../../pagination/components/LoadMore';
import { insertEdge } from '../../pagination/utils/insert-edge';
import { useSearchParam } from '../../routing/hooks/useSearchParam';
import { useCatchUpSubscription } from '../../live/hooks/useCatchUpSubscription';
import { HelpPostsNearSubscription, HelpPostsQuery } from '../graphql/help-posts.query';
import { HelpFormContextQuery } from '../graphql/my-help.graphql';
import {
  HELP_CATEGORIES,
  HELP_KINDS,
  isAreaCellLike,
  isHelpCategory,
  isHelpKind,
} from '../utils/help-filters';
import { HelpPostCard } from './HelpPostCard';

const PAGE_SIZE = 20;

function fitsFilters(post: HelpPostFieldsFragment, variables: HelpPostsQueryVariables): boolean {
  return (
    (!variables.kind || post.kind === variables.kind) &&
    (!variables.category || post.category === variables.category) &&
    (!variables.areaCell || post.areaCell === variables.areaCell)
  );
}

/**
 * Open offers and requests, newest first, filtered by kind, category and area (kept in the URL).
 * New posts in the chosen area (or, without one, in my own rough area and around it) and category
 * appear at the top as they are posted, marked "New" and announced politely. The live stream starts
 * from the cursor read with the first page and resumes from the last one after a reconnect, so
 * nothing posted while the socket was down is lost.
 */
export function HelpBoard() {
  const { t } = useTranslation();
  const [requestedKind, setKind] = useSearchParam('kind');
  const [requestedCategory, setCategory] = useSearchParam('category');
  const [requestedArea, setArea] = useSearchParam('area');
  const kind = isHelpKind(requestedKind) ? requestedKind : null;
  const category = isHelpCategory(requestedCategory) ? requestedCategory : null;
  const area = isAreaCellLike(requestedArea) ? requestedArea : null;
  const variables = { kind, category, areaCell: area, first: PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore } = useQuery(HelpPostsQuery, { variables });
  const myArea = useQuery(HelpFormContextQuery).data?.me?.person.areaCell ?? null;
  const liveArea = area ?? myArea;
  const [arrived, setArrived] = useState<HelpPostFieldsFragment[]>([]);

  useCatchUpSubscription(HelpPostsNearSubscription, {
    liveCursor: data?.liveCursor,
    // Without an area filter: my own area and its neighbours, worked out by the API.
    variables: {
      areaCells: area ? [area] : null,
      categories: category ? [category] : null,
    },
    skip: !liveArea,
    onEvent: ({ helpPost: post }, client) => {
      if (!fitsFilters(post, variables)) return;
      // Catch-up can send a post the page already shows: only one not listed yet is new.
      const listed = insertEdge(
        client.cache,
        { query: HelpPostsQuery, variables },
        'helpPosts',
        { __typename: 'HelpPostEdge', node: post },
        'start',
      );
      if (listed) setArrived((current) => [...current, post]);
    },
  });
  const newIds = new Set(arrived.map((post) => post.id));
  const latest = arrived.at(-1);

  const areaOptions = [{ value: '', label: t('help.anywhere') }];
  if (myArea) areaOptions.push({ value: myArea, label: t('help.myArea') });
  if (area && area !== myArea) areaOptions.push({ value: area, label: t('help.linkedArea') });

  let content;
  if (loading && !data) content = <LoadingState label={t('help.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.helpPosts.edges.length) content = <EmptyState>{t('help.empty')}</EmptyState>;
  else {
    content = (
      <>
        <ul className="card-grid">
          {data.helpPosts.edges.map(({ node }) => (
            <li key={node.id}>
              <HelpPostCard post={node} isNew={newIds.has(node.id)} />
            </li>
          ))}
        </ul>
        <LoadMore
          pageInfo={data.helpPosts.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );
  }

  return (
    <>
      <div className="filters" role="group" aria-label={t('help.filters')}>
        <SelectField
          label={t('help.kindFilter')}
          value={kind ?? ''}
          options={[
            { value: '', label: t('help.allKinds') },
            ...HELP_KINDS.map((value) => ({ value, label: t(`helpKindPlural.${value}`) })),
          ]}
          onChange={setKind}
        />
        <SelectField
          label={t('help.categoryFilter')}
          value={category ?? ''}
          options={[
            { value: '', label: t('help.allCategories') },
            ...HELP_CATEGORIES.map((value) => ({ value, label: t(`helpCategory.${value}`) })),
          ]}
          onChange={setCategory}
        />
        <SelectField
          label={t('help.areaFilter')}
          value={area ?? ''}
          options={areaOptions}
          onChange={setArea}
        />
      </div>
      <p className="help-live">{liveArea ? t('help.liveOn') : t('help.liveOff')}</p>
      <Notice>
        {latest
          ? t('help.arrived', { kind: t(`helpKind.${latest.kind}`), title: isolate(latest.title) })
          : null}
      </Notice>
      {content}
    </>
  );
}
