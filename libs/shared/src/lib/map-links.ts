/**
 * Where maps come from by default: OpenStreetMap's standard tiles (their usage policy asks for the
 * attribution below and modest use; a busy deployment should point MAP_TILE_URL at its own or a
 * commercial tile service) and OpenStreetMap's directions to a place.
 */
export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_MAP_TILE_ATTRIBUTION = '© OpenStreetMap contributors';
/** `{lat}` and `{lng}` are the place's coordinates; the start is left to the person's device. */
export const DEFAULT_DIRECTIONS_URL =
  'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lng}#map=17/{lat}/{lng}';

/** A directions link to a public place (never a person's home: people have only area cells). */
export function directionsUrl(template: string, latitude: number, longitude: number): string {
  const lat = latitude.toFixed(6);
  const lng = longitude.toFixed(6);
  return template.replaceAll('{lat}', lat).replaceAll('{lng}', lng);
}
