import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSearchResultDetailsFragment } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { PlacesMap } from '../../map/components/PlacesMap';
import { groupByPlace, type MapPlace } from '../../map/utils/places';
import type { Point } from '../../map/utils/projection';

type Result = SessionSearchResultDetailsFragment;

export interface DiscoverMapProps {
  results: readonly Result[];
  /** Where the search is from: drawn as a ring, not a button. */
  from: Point | null;
}

/**
 * The results on a map (`modules/map`): one marker per place, named by its sessions, in the list's
 * order, so the map works by keyboard and screen reader; choosing one lists its sessions below.
 * The list stays the main view.
 */
export function DiscoverMap({ results, from }: DiscoverMapProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const panelId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState<string | null>(null);

  const groups = useMemo(() => groupByPlace(results, (result) => result.session.space), [results]);
  const places = useMemo<MapPlace[]>(
    () =>
      groups.map(({ place, items }) => ({
        id: place.id,
        name: place.name,
        latitude: place.latitude,
        longitude: place.longitude,
        count: items.length,
        label: t('discover.markerLabel', {
          sessions: format.list(items.map((result) => result.session.title)),
          place: place.name,
        }),
      })),
    [groups, t, format],
  );
  const selected = groups.find(({ place }) => place.id === chosen);

  return (
    <div className="discover-map">
      <p id={hintId} className="discover-map__hint">
        {t('discover.mapHint')}
      </p>
      <PlacesMap
        places={places}
        from={from}
        selectedId={chosen}
        onSelect={(id) => setChosen((current) => (current === id ? null : id))}
        hintId={hintId}
        panelId={panelId}
      />
      <p className="discover-map__legend">
        <span className="discover-map__legend-from" aria-hidden="true" />
        {t('discover.mapFrom')}
      </p>
      <div id={panelId} className="discover-map__panel" aria-live="polite">
        {selected ? (
          <section aria-label={selected.place.name}>
            <h3 className="card-title" dir="auto">
              {selected.place.name}
            </h3>
            <ul className="plain-list discover-map__sessions">
              {selected.items.map((result) => (
                <li key={result.session.id}>
                  <Link to={`/sessions/${result.session.id}`} dir="auto">
                    {result.session.title}
                  </Link>{' '}
                  <span className="card-meta">
                    {t('discover.distanceAndWalk', {
                      distance: format.distance(result.distanceMetres),
                      walk: format.minutes(result.walkingMinutes),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
