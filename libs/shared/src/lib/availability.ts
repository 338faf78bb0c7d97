/**
 * When someone is free, as slots of a week: an ISO weekday (1 Monday … 7 Sunday) and a part of the
 * day. Stored as slot numbers 0–20 so that two posts' overlap is a set intersection.
 */
export enum PartOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}

export interface AvailabilitySlot {
  /** ISO weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  partOfDay: PartOfDay;
}

const PARTS: readonly PartOfDay[] = [PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const SLOTS_PER_WEEK = WEEKDAYS.length * PARTS.length;

export function slotNumber({ weekday, partOfDay }: AvailabilitySlot): number {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7)
    throw new RangeError(`weekday must be 1 to 7, not ${weekday}`);
  return (weekday - 1) * PARTS.length + PARTS.indexOf(partOfDay);
}

export function slotOf(slot: number): AvailabilitySlot {
  if (!Number.isInteger(slot) || slot < 0 || slot >= SLOTS_PER_WEEK)
    throw new RangeError(`slot must be 0 to ${SLOTS_PER_WEEK - 1}, not ${slot}`);
  return { weekday: Math.floor(slot / PARTS.length) + 1, partOfDay: PARTS[slot % PARTS.length]! };
}

/** Slot numbers, once each, in week order. */
export function slotNumbers(slots: readonly AvailabilitySlot[]): number[] {
  return [...new Set(slots.map(slotNumber))].sort((a, b) => a - b);
}

/** The slots both are free in, in week order. */
export function sharedSlots(a: readonly number[], b: readonly number[]): number[] {
  const other = new Set(b);
  return [...new Set(a)].filter((slot) => other.has(slot)).sort((x, y) => x - y);
}

/** "Tuesday morning, Thursday evening": English text for reasons and logs (the web translates). */
export function describeSlots(slots: readonly number[]): string {
  return slots
    .map(slotOf)
    .map(({ weekday, partOfDay }) => `${WEEKDAYS[weekday - 1]} ${partOfDay.toLowerCase()}`)
    .join(', ');
}
