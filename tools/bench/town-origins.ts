/** The synthetic town's centre and extent, as `@village/town` places it. */
export const TOWN = { lat: 53.79, lng: -1.75, spanLat: 0.12, spanLng: 0.2 };

/** An endless deterministic series of points spread over the town. */
export function* originSeries(seed = 42): Generator<[number, number]> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (;;)
    yield [TOWN.lat + (next() - 0.5) * TOWN.spanLat, TOWN.lng + (next() - 0.5) * TOWN.spanLng];
}

/** Deterministic origins spread over the town, so every variant answers the same questions. */
export function origins(count: number, seed = 42): [number, number][] {
  const series = originSeries(seed);
  return Array.from({ length: count }, () => series.next().value);
}
