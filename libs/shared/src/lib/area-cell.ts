import { getResolution, gridDisk, isValidCell, latLngToCell } from 'h3-js';
import { AREA_CELL_RESOLUTION } from './domain';

/** The coarse area cell (H3 resolution 8) containing a point: the only form in which we keep a home. */
export function areaCellFor(latitude: number, longitude: number): string {
  return latLngToCell(latitude, longitude, AREA_CELL_RESOLUTION);
}

export function isAreaCell(value: string): boolean {
  return isValidCell(value) && getResolution(value) === AREA_CELL_RESOLUTION;
}

/** A cell and its six neighbours (about 5 km² around it): "my area" for live help posts. */
export function areaCellsAround(cell: string): string[] {
  return gridDisk(cell, 1);
}
