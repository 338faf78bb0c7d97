import { PartOfDay } from '../../../gql/graphql';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const PARTS_OF_DAY: readonly PartOfDay[] = [
  PartOfDay.Morning,
  PartOfDay.Afternoon,
  PartOfDay.Evening,
];

export interface Slot {
  weekday: number;
  partOfDay: PartOfDay;
}

/** `3-MORNING`: one slot as a string, for checkbox values and sets. */
export const slotKey = ({ weekday, partOfDay }: Slot): string => `${weekday}-${partOfDay}`;

/** Slots in week order (Monday morning first), whatever order they were ticked in. */
export function sortSlots(slots: readonly Slot[]): Slot[] {
  const rank = (slot: Slot) => slot.weekday * 10 + PARTS_OF_DAY.indexOf(slot.partOfDay);
  return [...slots].sort((a, b) => rank(a) - rank(b));
}

/** Each weekday with the parts of it that are free, in week order: "Monday: morning, evening". */
export function slotsByDay(slots: readonly Slot[]): { weekday: number; parts: PartOfDay[] }[] {
  const days = new Map<number, PartOfDay[]>();
  for (const slot of sortSlots(slots)) {
    const parts = days.get(slot.weekday) ?? [];
    parts.push(slot.partOfDay);
    days.set(slot.weekday, parts);
  }
  return [...days].map(([weekday, parts]) => ({ weekday, parts }));
}
