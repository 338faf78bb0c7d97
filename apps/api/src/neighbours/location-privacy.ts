import { AREA_CELL_RESOLUTION, DistanceBand, isAreaCell } from '@village/shared';
import { cellToLatLng, greatCircleDistance, gridRing, latLngToCell } from 'h3-js';
import { badInput } from '../graphql/domain-error';

/**
 * Location privacy for finding people (docs/privacy.md, "Location privacy").
 *
 * Homes are kept only as H3 resolution-8 cells: on average 531 m a hexagon edge
 * (`getHexagonEdgeLengthAvg(8, 'm')` = 531.4), about 0.74 km², so about 0.9 km across flats and
 * 1.06 km across corners. A search origin is snapped to its own cell first, and every distance is
 * measured between the two cells' centres and then banded. The answer to a search is therefore a
 * function of (origin cell, person's cell) alone: the same for every home inside a cell and for
 * every search point inside a cell, so no number of searches can place a home more finely than
 * its cell.
 */

/** Bands in the order results are sorted, nearest first. */
export const DISTANCE_BANDS: readonly DistanceBand[] = [
  DistanceBand.UNDER_1_KM,
  DistanceBand.FROM_1_TO_2_KM,
  DistanceBand.FROM_2_TO_5_KM,
  DistanceBand.OVER_5_KM,
];

/** People further than this (centre to centre) are not "nearby" and are not listed at all. */
export const NEARBY_RADIUS_KM = 10;

/** The band of a distance in kilometres: under 1, 1 to 2, 2 to 5, over 5 (lower bounds inclusive). */
export function distanceBand(km: number): DistanceBand {
  if (km < 1) return DistanceBand.UNDER_1_KM;
  if (km < 2) return DistanceBand.FROM_1_TO_2_KM;
  if (km < 5) return DistanceBand.FROM_2_TO_5_KM;
  return DistanceBand.OVER_5_KM;
}

/** Where a search is made from: a point (snapped at once) or an area cell. */
export type SearchOrigin = { latitude: number; longitude: number } | { areaCell: string };

/** The resolution-8 cell of a search origin; the raw point goes no further than this function. */
export function originCellOf(origin: SearchOrigin): string {
  if ('areaCell' in origin) {
    if (!isAreaCell(origin.areaCell))
      throw badInput('near.areaCell must be an area cell id', 'near');
    return origin.areaCell;
  }
  return latLngToCell(origin.latitude, origin.longitude, AREA_CELL_RESOLUTION);
}

/** Kilometres between the centres of two cells. */
export function cellCentreDistanceKm(a: string, b: string): number {
  return greatCircleDistance(cellToLatLng(a), cellToLatLng(b), 'km');
}

/** The band between two cells: what a person in `personCell` is shown as from `originCell`. */
export function bandBetweenCells(originCell: string, personCell: string): DistanceBand {
  return distanceBand(cellCentreDistanceKm(originCell, personCell));
}

/**
 * Every cell whose centre lies within `radiusKm` of the origin cell's centre, with its band's
 * position in DISTANCE_BANDS. Walks out ring by ring until a whole ring lies beyond the radius
 * (about 12 rings, 470 cells, for 10 km), so the database only has to match cells.
 */
export function cellsAround(
  originCell: string,
  radiusKm = NEARBY_RADIUS_KM,
): { cells: string[]; ranks: number[] } {
  const origin = cellToLatLng(originCell);
  const cells = [originCell];
  const ranks = [0];
  for (let k = 1; ; k++) {
    let anyWithin = false;
    for (const cell of gridRing(originCell, k)) {
      const km = greatCircleDistance(origin, cellToLatLng(cell), 'km');
      if (km > radiusKm) continue;
      anyWithin = true;
      cells.push(cell);
      ranks.push(DISTANCE_BANDS.indexOf(distanceBand(km)));
    }
    if (!anyWithin) return { cells, ranks };
  }
}
