import { useQuery } from '@apollo/client/react';
import { Button, LoadingState } from '@village/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../errors/components/QueryError';
import { PrivacyQuery } from '../../privacy/graphql/privacy.query';
import { consentInForce } from '../../privacy/utils/consents';
import { useRoughArea } from '../../profile/hooks/useRoughArea';
import { NearbyParentsList } from './NearbyParentsList';

/**
 * Finding parents nearby at my stage: who can appear (only those who chose to, and me only if I
 * chose it too), where the search starts (my rough area, or the area around where I am now, worked
 * out on the device), and the results.
 */
export function NearbyParentsFinder() {
  const { t } = useTranslation();
  const resultsHeadingId = useId();
  // My consents, rough area and stage: the privacy page's own query, so the two agree.
  const { data, loading, error, refetch } = useQuery(PrivacyQuery);
  const [hereCell, setHereCell] = useState<string | null>(null);
  const { state: locating, locate } = useRoughArea(setHereCell);

  if (loading && !data) return <LoadingState label={t('nearbyParents.loading')} />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return null;
  const findable = consentInForce(me.consents, 'FINDABLE_BY_NEARBY_PARENTS') !== null;
  const myArea = me.person.areaCell;
  const origin = hereCell ?? myArea;

  const searchHere = (
    <Button variant="secondary" onClick={locate} disabled={locating.status === 'locating'}>
      {t('nearbyParents.searchHere')}
    </Button>
  );
  let from;
  if (hereCell)
    from = (
      <>
        <p>{t('nearbyParents.fromHere')}</p>
        {myArea ? (
          <p className="section-actions">
            <Button variant="secondary" onClick={() => setHereCell(null)}>
              {t('nearbyParents.searchMyArea')}
            </Button>
          </p>
        ) : null}
      </>
    );
  else if (myArea)
    from = (
      <>
        <p>{t('nearbyParents.fromMyArea')}</p>
        <p className="section-actions">{searchHere}</p>
      </>
    );
  else
    from = (
      <>
        <p>
          {t('nearbyParents.noArea')} <Link to="/account">{t('nearbyParents.addArea')}</Link>
        </p>
        <p className="section-actions">{searchHere}</p>
      </>
    );

  return (
    <>
      <div className="page-section page-section--first">
        <p>{t('nearbyParents.who')}</p>
        <p>
          {t(findable ? 'nearbyParents.findable' : 'nearbyParents.notFindable')}{' '}
          <Link to="/privacy">
            {t(findable ? 'nearbyParents.changeChoice' : 'nearbyParents.chooseFindable')}
          </Link>
        </p>
      </div>
      <section className="page-section" aria-labelledby={resultsHeadingId}>
        <h2 id={resultsHeadingId}>{t('nearbyParents.resultsHeading')}</h2>
        {from}
        {locating.status === 'locating' ? (
          <LoadingState label={t('nearbyParents.locating')} />
        ) : null}
        {locating.status === 'failed' ? (
          <p role="alert">{t('nearbyParents.locateFailed')}</p>
        ) : null}
        {origin ? (
          <div className="nearby-parents__results">
            <NearbyParentsList areaCell={origin} />
          </div>
        ) : null}
      </section>
    </>
  );
}
