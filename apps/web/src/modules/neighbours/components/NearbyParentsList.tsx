import { useQuery } from '@apollo/client/react';
import { Card, EmptyState, ErrorState, Facts, LoadingState } from '@village/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NearbyParentsQuery as NearbyParentsResult } from '../../../gql/graphql';
import { QueryError } from '../../errors/components/QueryError';
import { errorCode, errorDetail, errorField } from '../../errors/utils/graphql-error';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { LoadMore } from '../../pagination/components/LoadMore';
import { NearbyParentsQuery } from '../graphql/nearby-parents.query';

const PAGE_SIZE = 20;

type NearbyParent = NearbyParentsResult['nearbyParents']['edges'][number]['node'];

/** One parent: a name, how far in a band, whether we share a language. Nothing else is known. */
function NearbyParentCard({ parent }: { parent: NearbyParent }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Card labelledBy={headingId}>
      <h3 id={headingId} className="card-title">
        <bdi>{parent.person.displayName}</bdi>
      </h3>
      <Facts
        items={[
          { term: t('nearbyParents.distance'), details: t(`distanceBand.${parent.distance}`) },
          {
            term: t('nearbyParents.languages'),
            details: t(
              parent.sharesALanguage
                ? 'nearbyParents.sharesALanguage'
                : 'nearbyParents.noSharedLanguage',
            ),
          },
        ]}
      />
    </Card>
  );
}

/**
 * Why the search was refused, in words that say what to do: too many new places in an hour (the
 * API's guard against working out where someone lives), or no life stage to compare by.
 */
function NearbyParentsError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (errorCode(error) === 'RATE_LIMITED') {
    const seconds = Number(errorDetail(error, 'retryAfterSeconds'));
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 60;
    return <ErrorState message={t('nearbyParents.rateLimited', { minutes })} />;
  }
  if (errorCode(error) === 'BAD_USER_INPUT' && errorField(error) === 'lifeStage')
    return (
      <div className="ui-state ui-state--error" role="alert">
        <p>{t('nearbyParents.noLifeStage')}</p>
        <p>
          <Link to="/account">{t('nearbyParents.changeProfile')}</Link>
        </p>
      </div>
    );
  return <QueryError error={error} onRetry={onRetry} />;
}

/** Parents near one area cell at my stage who chose to be findable, nearest band first, paged. */
export function NearbyParentsList({ areaCell }: { areaCell: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(NearbyParentsQuery, {
    variables: { near: { areaCell }, first: PAGE_SIZE },
  });
  if (loading && !data) return <LoadingState label={t('nearbyParents.searching')} />;
  if (error && !data) return <NearbyParentsError error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { edges, pageInfo, profileAsOf } = data.nearbyParents;
  return (
    <>
      {edges.length ? (
        <ul className="card-grid">
          {edges.map(({ node }) => (
            <li key={node.person.id}>
              <NearbyParentCard parent={node} />
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{t('nearbyParents.empty')}</EmptyState>
      )}
      <p>{t('nearbyParents.profileAsOf', { when: format.dateTime(profileAsOf) })}</p>
      <LoadMore pageInfo={pageInfo} loadAfter={(after) => fetchMore({ variables: { after } })} />
    </>
  );
}
