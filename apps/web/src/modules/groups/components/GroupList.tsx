import { useQuery } from '@apollo/client/react';
import { EmptyState, LoadingState, SelectField } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../errors/components/QueryError';
import { LoadMore } from '../../pagination/components/LoadMore';
import { useSearchParam } from '../../routing/hooks/useSearchParam';
import { GroupsQuery } from '../graphql/groups.query';
import { GROUP_KINDS, isGroupKind } from '../utils/group-kinds';
import { GroupCard } from './GroupCard';
import { StartGroupLink } from './StartGroupLink';

const PAGE_SIZE = 20;

/** All the town's groups, filtered by kind; the filter lives in the URL so Back and sharing keep it. */
export function GroupList() {
  const { t } = useTranslation();
  const headingId = useId();
  const [requestedKind, setKind] = useSearchParam('kind');
  const kind = isGroupKind(requestedKind) ? requestedKind : null;
  const { data, loading, error, refetch, fetchMore } = useQuery(GroupsQuery, {
    variables: { kind, first: PAGE_SIZE },
  });

  const options = [
    { value: '', label: t('home.groups.allKinds') },
    ...GROUP_KINDS.map((value) => ({ value, label: t(`groupKind.${value}`) })),
  ];

  let content;
  if (loading && !data) content = <LoadingState label={t('home.groups.loading')} />;
  else if (error && !data) content = <QueryError error={error} onRetry={() => void refetch()} />;
  else if (!data?.groups.edges.length) content = <EmptyState>{t('home.groups.empty')}</EmptyState>;
  else {
    content = (
      <>
        <ul className="card-grid">
          {data.groups.edges.map(({ node }) => (
            <li key={node.id}>
              <GroupCard group={node} />
            </li>
          ))}
        </ul>
        <LoadMore
          pageInfo={data.groups.pageInfo}
          loadAfter={(after) => fetchMore({ variables: { after } })}
        />
      </>
    );
  }

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.groups.heading')}</h2>
      <StartGroupLink />
      <div className="filters">
        <SelectField
          label={t('home.groups.filterLabel')}
          value={kind ?? ''}
          options={options}
          onChange={setKind}
        />
      </div>
      {content}
    </section>
  );
}
