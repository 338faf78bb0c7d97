import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { fitView, placeInView } from '../utils/projection';
import { MAP_ASPECT, type MapViewProps } from './map-props';
import { MarkerPin } from './MarkerPin';

/**
 * The map without tiles: markers on a plain background, placed by Web Mercator as any web map
 * places them. What the map is when no tile service is set, while the real map loads, and when it
 * cannot. Each marker is a real button, in the list's order.
 */
export function PlainMap({
  places,
  from,
  selectedId,
  onSelect,
  hintId,
  panelId,
  why,
}: MapViewProps & { why: 'no tiles' | 'map loading' | 'map failed' }) {
  const format = useLocaleFormat();
  const view = fitView([...(from ? [from] : []), ...places], MAP_ASPECT);
  const start = from ? placeInView(from, view) : null;
  return (
    // A map is not mirrored in right-to-left languages: west stays on the left.
    <div className="map-canvas" dir="ltr" data-map="plain" data-why={why}>
      {start ? (
        <span
          className="map-canvas__from"
          style={{ left: `${start.left}%`, top: `${start.top}%` }}
          aria-hidden="true"
        />
      ) : null}
      {places.map((place) => {
        const spot = placeInView(place, view);
        return (
          <button
            key={place.id}
            type="button"
            className="map-canvas__pin"
            style={{ left: `${spot.left}%`, top: `${spot.top}%` }}
            aria-label={place.label}
            aria-describedby={hintId}
            aria-expanded={selectedId === place.id}
            aria-controls={panelId}
            onClick={() => onSelect(place.id)}
          >
            <MarkerPin />
            <span className="map-canvas__count" aria-hidden="true">
              {format.number(place.count)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
