import type { Point } from './projection';

/** One marker: a public place (a space), named for screen readers by what is there. */
export interface MapPlace extends Point {
  id: string;
  name: string;
  /** The marker's accessible name, e.g. "Baby rhyme time and Stay and play, at Westgate Library". */
  label: string;
  /** How many results are there, shown on the marker. */
  count: number;
}

/**
 * Items grouped by the place they happen at, in the order each place first appears (the list's
 * order, so markers are tabbed through as the list reads).
 */
export function groupByPlace<Item, Place extends Point & { id: string }>(
  items: readonly Item[],
  placeOf: (item: Item) => Place,
): { place: Place; items: Item[] }[] {
  const groups = new Map<string, { place: Place; items: Item[] }>();
  for (const item of items) {
    const place = placeOf(item);
    const group = groups.get(place.id) ?? { place, items: [] };
    group.items.push(item);
    groups.set(place.id, group);
  }
  return [...groups.values()];
}
