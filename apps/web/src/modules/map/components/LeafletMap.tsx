import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { DEFAULT_MAP_TILE_URL } from '@village/shared';
import { useEffect, useRef, useState } from 'react';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import type { MapViewProps } from './map-props';
import { PIN_PATH } from './MarkerPin';
import '../map.css';

export interface LeafletMapProps extends MapViewProps {
  tileUrl: string;
  tileAttribution: string;
}

/** Without a tile within this long, the map is drawn plain rather than left blank. */
const TILE_PATIENCE_MS = 8_000;
const MARKER_SIZE = 44;
const SVG = 'http://www.w3.org/2000/svg';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The credit Leaflet shows (as HTML): OpenStreetMap's own links to its copyright page. */
function attributionHtml(tileUrl: string, attribution: string): string {
  if (tileUrl === DEFAULT_MAP_TILE_URL)
    return '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
  return escapeHtml(attribution);
}

/** A marker's face, built as elements (no inline styles or scripts: the app's CSP forbids them). */
function markerFace(count: string): HTMLElement {
  const face = document.createElement('span');
  face.className = 'map-marker__face';
  face.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 32');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PIN_PATH);
  svg.append(path);
  const number = document.createElement('span');
  number.className = 'map-canvas__count';
  number.textContent = count;
  face.append(svg, number);
  return face;
}

/**
 * The real map: Leaflet with the configured tiles under the markers. Each marker is focusable
 * (Tab, in the list's order), a button to assistive technology, named by what is there, and opens
 * with Enter or Space as well as a click. When tiles fail (offline, blocked, a test) or none has
 * come after a while, the tile layer goes and the map is the plain background with its markers.
 * Loaded only when a map is shown (it is its own chunk), and never under jsdom.
 */
export default function LeafletMap({
  places,
  from,
  selectedId,
  onSelect,
  hintId,
  panelId,
  tileUrl,
  tileAttribution,
}: LeafletMapProps) {
  const format = useLocaleFormat();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const markers = useRef(new Map<string, HTMLElement>());
  const [plain, setPlain] = useState(false);
  // The latest handler, without re-making the markers when the page re-renders.
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const created = L.map(container.current!, {
      scrollWheelZoom: false,
      attributionControl: true,
      zoomSnap: 0.5,
    });
    created.attributionControl.setPrefix(false);
    const tiles = L.tileLayer(tileUrl, {
      attribution: attributionHtml(tileUrl, tileAttribution),
      maxZoom: 19,
    });
    let loaded = false;
    const fallBack = () => {
      if (loaded || !created.hasLayer(tiles)) return;
      created.removeLayer(tiles);
      setPlain(true);
    };
    tiles.on('tileload', () => (loaded = true));
    tiles.on('tileerror', fallBack);
    const patience = window.setTimeout(fallBack, TILE_PATIENCE_MS);
    tiles.addTo(created);
    layer.current = L.layerGroup().addTo(created);
    map.current = created;
    return () => {
      window.clearTimeout(patience);
      created.remove();
      map.current = null;
    };
  }, [tileUrl, tileAttribution]);

  useEffect(() => {
    const current = map.current;
    const group = layer.current;
    if (!current || !group) return;
    group.clearLayers();
    markers.current.clear();
    // The view first: Leaflet draws a layer (and makes a marker's element) only once it has one.
    const points = [...(from ? [from] : []), ...places].map(
      (point) => [point.latitude, point.longitude] as [number, number],
    );
    if (points.length === 1) current.setView(points[0]!, 16);
    else if (points.length > 1) current.fitBounds(points, { padding: [32, 32], maxZoom: 17 });

    if (from)
      L.circleMarker([from.latitude, from.longitude], {
        radius: 9,
        className: 'map-marker__from',
        interactive: false,
      }).addTo(group);
    for (const place of places) {
      const marker = L.marker([place.latitude, place.longitude], {
        keyboard: true,
        icon: L.divIcon({
          className: 'map-canvas__pin map-marker',
          html: markerFace(format.number(place.count)),
          iconSize: [MARKER_SIZE, MARKER_SIZE],
          iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE],
        }),
      }).addTo(group);
      marker.on('click', () => select.current(place.id));
      const element = marker.getElement();
      if (!element) continue;
      markers.current.set(place.id, element);
      element.setAttribute('aria-label', place.label);
      element.setAttribute('aria-expanded', 'false');
      if (hintId) element.setAttribute('aria-describedby', hintId);
      if (panelId) element.setAttribute('aria-controls', panelId);
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        select.current(place.id);
      });
    }
  }, [places, from, hintId, panelId, format]);

  // Marked in place, so the marker just pressed keeps the focus.
  useEffect(() => {
    for (const [id, element] of markers.current)
      element.setAttribute('aria-expanded', String(id === selectedId));
  }, [selectedId, places]);

  return (
    <div
      ref={container}
      className={
        plain
          ? 'map-canvas map-canvas--leaflet map-canvas--plain'
          : 'map-canvas map-canvas--leaflet'
      }
      dir="ltr"
      data-map={plain ? 'plain' : 'tiles'}
    />
  );
}
