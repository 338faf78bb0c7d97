import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useMapSettings } from '../hooks/useMapSettings';
import type { MapViewProps } from './map-props';
import { PlainMap } from './PlainMap';

// Leaflet is its own chunk, fetched only when a map is shown with tiles.
const LeafletMap = lazy(() => import('./LeafletMap'));

/** Shows the plain map if the real one cannot load (its chunk failed on a bad connection). */
class PlainOnError extends Component<
  { plain: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.plain : this.props.children;
  }
}

/**
 * Places on a map: the configured tiles with Leaflet, or markers on a plain background when no
 * tile service is set, while the map loads, or when it cannot. Markers are keyboard-usable either
 * way; a list stays the main view wherever this is used.
 */
export function PlacesMap(props: MapViewProps) {
  const { tileUrl, tileAttribution } = useMapSettings();
  if (!tileUrl) return <PlainMap {...props} why="no tiles" />;
  return (
    <PlainOnError plain={<PlainMap {...props} why="map failed" />}>
      <Suspense fallback={<PlainMap {...props} why="map loading" />}>
        <LeafletMap {...props} tileUrl={tileUrl} tileAttribution={tileAttribution} />
      </Suspense>
    </PlainOnError>
  );
}
