/**
 * Map tiles are optional: without a tile server the map is markers on a plain background. Set
 * VITE_MAP_TILE_URL at build time (e.g. `https://tile.example.org/{z}/{x}/{y}.png`) to draw tiles
 * under the markers, and VITE_MAP_TILE_ATTRIBUTION to credit their source.
 */
export const MAP_TILE_URL: string | null = import.meta.env['VITE_MAP_TILE_URL'] || null;
export const MAP_TILE_ATTRIBUTION: string | null =
  import.meta.env['VITE_MAP_TILE_ATTRIBUTION'] || null;
