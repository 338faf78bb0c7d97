import { getResolution, isValidCell, latLngToCell } from 'h3-js';
import { AREA_CELL_RESOLUTION } from './domain';

/** The coarse area cell (H3 resolution 8) containing a point: the only form in which we keep a home. */
export function areaCellFor(latitude: number, longitude: number): string {
  return latLngToCell(latitude, longitude, AREA_CELL_RESOLUTION);
}

export function isAreaCell(value: string): boolean {
  return isValidCell(value) && getResolution(value) === AREA_CELL_RESOLUTION;
}
