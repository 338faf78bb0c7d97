import { AREA_CELL_RESOLUTION, DistanceBand, areaCellFor } from '@village/shared';
import {
  cellToBoundary,
  cellToLatLng,
  getHexagonEdgeLengthAvg,
  greatCircleDistance,
  gridDisk,
  gridRing,
} from 'h3-js';
import { DomainError } from '../graphql/domain-error';
import {
  bandBetweenCells,
  cellCentreDistanceKm,
  cellsAround,
  DISTANCE_BANDS,
  distanceBand,
  NEARBY_RADIUS_KM,
  originCellOf,
} from './location-privacy';

/** A home area in the reference town. */
const CELL = areaCellFor(53.79, -1.75);

/** A point `fraction` of the way from the cell's centre to its `vertex`-th corner. */
function towardsCorner(cell: string, vertex: number, fraction: number) {
  const [lat, lng] = cellToLatLng(cell);
  const [vLat, vLng] = cellToBoundary(cell)[vertex]!;
  return { latitude: lat + (vLat - lat) * fraction, longitude: lng + (vLng - lng) * fraction };
}

describe('distance bands', () => {
  it('bands distances under 1 km, 1 to 2, 2 to 5 and over 5, lower bounds inclusive', () => {
    expect([0, 0.999, 1, 1.999, 2, 4.999, 5, 40].map(distanceBand)).toEqual([
      DistanceBand.UNDER_1_KM,
      DistanceBand.UNDER_1_KM,
      DistanceBand.FROM_1_TO_2_KM,
      DistanceBand.FROM_1_TO_2_KM,
      DistanceBand.FROM_2_TO_5_KM,
      DistanceBand.FROM_2_TO_5_KM,
      DistanceBand.OVER_5_KM,
      DistanceBand.OVER_5_KM,
    ]);
  });
});

describe('area cells', () => {
  it('are resolution-8 hexagons with 531 m edges on average, at least 500 m across', () => {
    expect(AREA_CELL_RESOLUTION).toBe(8);
    expect(getHexagonEdgeLengthAvg(8, 'm')).toBeCloseTo(531.4, 1);
    // Across a hexagon between opposite sides is the distance to a neighbour's centre.
    for (const neighbour of gridRing(CELL, 1)) {
      expect(cellCentreDistanceKm(CELL, neighbour)).toBeGreaterThan(0.8);
    }
  });
});

describe('snapping the search origin', () => {
  it('turns any point into its area cell, so every point in a cell searches alike', () => {
    const points = [0, 1, 2, 3, 4, 5].map((vertex) => towardsCorner(CELL, vertex, 0.95));
    expect(new Set(points.map(originCellOf))).toEqual(new Set([CELL]));
    const [lat, lng] = cellToLatLng(CELL);
    expect(originCellOf({ latitude: lat, longitude: lng })).toBe(CELL);
  });

  it('takes an area cell as it is and refuses anything else', () => {
    expect(originCellOf({ areaCell: CELL })).toBe(CELL);
    expect(() => originCellOf({ areaCell: '8819429a9dffff0' })).toThrow(DomainError);
    expect(() => originCellOf({ areaCell: gridDisk(CELL, 0)[0]!.replace(/^88/, '87') })).toThrow(
      DomainError,
    );
  });

  it('measures between cell centres, so a home at a corner is as far as one at the centre', () => {
    const homeA = towardsCorner(CELL, 0, 0.9);
    const homeB = towardsCorner(CELL, 3, 0.9);
    expect(
      greatCircleDistance(
        [homeA.latitude, homeA.longitude],
        [homeB.latitude, homeB.longitude],
        'm',
      ),
    ).toBeGreaterThan(850);
    for (const origin of gridDisk(CELL, 8)) {
      expect(bandBetweenCells(origin, originCellOf(homeA))).toBe(
        bandBetweenCells(origin, originCellOf(homeB)),
      );
    }
  });
});

describe('cellsAround', () => {
  const { cells, ranks } = cellsAround(CELL);
  const rankOf = new Map(cells.map((cell, i) => [cell, ranks[i]!]));

  it('lists every cell within the radius, with its band, and nothing further', () => {
    const expected = gridDisk(CELL, 20).filter(
      (cell) => cellCentreDistanceKm(CELL, cell) <= NEARBY_RADIUS_KM,
    );
    expect(new Set(cells)).toEqual(new Set(expected));
    expect(cells).toHaveLength(new Set(cells).size);
    for (const cell of expected) {
      expect(DISTANCE_BANDS[rankOf.get(cell)!]).toBe(bandBetweenCells(CELL, cell));
    }
  });

  it('puts the origin cell and its neighbours under 1 km and the next ring at 1 to 2 km', () => {
    expect(rankOf.get(CELL)).toBe(0);
    for (const cell of gridRing(CELL, 1)) expect(rankOf.get(cell)).toBe(0);
    for (const cell of gridRing(CELL, 2)) expect(rankOf.get(cell)).toBe(1);
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2, 3]));
  });
});
