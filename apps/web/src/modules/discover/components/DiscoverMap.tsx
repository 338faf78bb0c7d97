import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionSearchResultDetailsFragment } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import type { Point } from '../utils/discover-filters';
import { MAP_TILE_ATTRIBUTION, MAP_TILE_URL } from '../utils/map-config';
import { fitView, placeInView, tilesForView } from '../utils/projection';

type Result = SessionSearchResultDetailsFragment;
type Space = Result['session']['space'];

export interface DiscoverMapProps {
  results: readonly Result[];
  /** Where the search is from: drawn as a ring, not a button. */
  from: Point;
}

/** Width ÷ height of the map; the stylesheet gives the box the same ratio. */
const ASPECT = 4 / 3;

/**
 * The results as pins on a map. It needs no tile server: without one the pins sit on a plain
 * background, placed by Web Mercator like any web map; with VITE_MAP_TILE_URL tiles are drawn under
 * them. Each place is a real button named by its sessions, in the list's order, so the map works by
 * keyboard and screen reader; the list stays the main view.
 */
export function DiscoverMap({ results, from }: DiscoverMapProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const panelId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState<string | null>(null);

  const places = new Map<string, { space: Space; results: Result[] }>();
  for (const result of results) {
    const { space } = result.session;
    const place = places.get(space.id) ?? { space, results: [] };
    place.results.push(result);
    places.set(space.id, place);
  }
  const view = fitView([from, ...[...places.values()].map(({ space }) => space)], ASPECT);
  const tiles = MAP_TILE_URL ? tilesForView(MAP_TILE_URL, view) : [];
  const start = placeInView(from, view);
  const selected = chosen ? places.get(chosen) : undefined;

  return (
    <div className="discover-map">
      <p id={hintId} className="discover-map__hint">
        {t('discover.mapHint')}
      </p>
      {/* A map is not mirrored in right-to-left languages: west stays on the left. */}
      <div className={tiles.length ? 'map-canvas map-canvas--tiles' : 'map-canvas'} dir="ltr">
        {tiles.map((tile) => (
          <img
            key={tile.key}
            className="map-canvas__tile"
            src={tile.url}
            alt=""
            draggable={false}
            style={{
              left: `${tile.left}%`,
              top: `${tile.top}%`,
              width: `${tile.width}%`,
              height: `${tile.height}%`,
            }}
          />
        ))}
        <span
          className="map-canvas__from"
          style={{ left: `${start.left}%`, top: `${start.top}%` }}
          aria-hidden="true"
        />
        {[...places.values()].map(({ space, results: here }) => {
          const spot = placeInView(space, view);
          const name = t('discover.markerLabel', {
            sessions: format.list(here.map((result) => result.session.title)),
            place: space.name,
          });
          return (
            <button
              key={space.id}
              type="button"
              className="map-canvas__pin"
              style={{ left: `${spot.left}%`, top: `${spot.top}%` }}
              aria-label={name}
              aria-describedby={hintId}
              aria-expanded={chosen === space.id}
              aria-controls={panelId}
              onClick={() => setChosen(chosen === space.id ? null : space.id)}
            >
              <svg viewBox="0 0 24 32" aria-hidden="true" focusable="false">
                <path d="M12 1C6 1 1.5 5.5 1.5 11.5 1.5 19 12 31 12 31s10.5-12 10.5-19.5C22.5 5.5 18 1 12 1z" />
              </svg>
              <span className="map-canvas__count" aria-hidden="true">
                {format.number(here.length)}
              </span>
            </button>
          );
        })}
        {MAP_TILE_ATTRIBUTION && tiles.length ? (
          <small className="map-canvas__attribution">{MAP_TILE_ATTRIBUTION}</small>
        ) : null}
      </div>
      <p className="discover-map__legend">
        <span className="discover-map__legend-from" aria-hidden="true" />
        {t('discover.mapFrom')}
      </p>
      <div id={panelId} className="discover-map__panel" aria-live="polite">
        {selected ? (
          <section aria-label={selected.space.name}>
            <h3 className="card-title" dir="auto">
              {selected.space.name}
            </h3>
            <ul className="plain-list discover-map__sessions">
              {selected.results.map((result) => (
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
