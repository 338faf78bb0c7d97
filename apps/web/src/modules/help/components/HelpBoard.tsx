import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState, SelectField } from '@village/ui';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { LoadMore } from '../../pagination/components/LoadMore';
import { useSearchParam } from '../../routing/hooks/useSearchParam';
import { HelpPostsQuery } from '../graphql/help-posts.query';
import { HELP_CATEGORIES, HELP_KINDS, isHelpCategory, isHelpKind } from '../utils/help-filters';
import { HelpPostCard } from './HelpPostCard';

const PAGE_SIZE = 20;

/** Open offers and requests, newest first, filtered by kind and category (kept in the URL). */
export function HelpBoard() {
  const { t } = useTranslation();
  const [requestedKind, setKind] = useSearchParam('kind');
  const [requestedCategory, setCategory] = useSearchParam('category');
  const kind = isHelpKind(requestedKind) ? requestedKind : null;
  const category = isHelpCategory(requestedCategory) ? requestedCategory : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(HelpPostsQuery, {
    variables: { kind, category, first: PAGE_SIZE },
  });

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
              <HelpPostCard post={node} />
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
      </div>
      {content}
    </>
  );
}
