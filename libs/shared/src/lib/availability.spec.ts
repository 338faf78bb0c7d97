import {
  describeSlots,
  PartOfDay,
  sharedSlots,
  SLOTS_PER_WEEK,
  slotNumber,
  slotNumbers,
  slotOf,
} from './availability';

describe('availability slots', () => {
  it('numbers every weekday and part of the day once, Monday morning first', () => {
    const all = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
      Object.values(PartOfDay).map((partOfDay) => slotNumber({ weekday, partOfDay })),
    );
    expect(all).toEqual([...Array(SLOTS_PER_WEEK).keys()]);
    expect(slotNumber({ weekday: 1, partOfDay: PartOfDay.MORNING })).toBe(0);
    expect(slotNumber({ weekday: 7, partOfDay: PartOfDay.EVENING })).toBe(20);
  });

  it('turns a number back into the slot it came from', () => {
    for (let n = 0; n < SLOTS_PER_WEEK; n++) expect(slotNumber(slotOf(n))).toBe(n);
    expect(slotOf(4)).toEqual({ weekday: 2, partOfDay: PartOfDay.AFTERNOON });
  });

  it('refuses weekdays and numbers outside the week', () => {
    expect(() => slotNumber({ weekday: 0, partOfDay: PartOfDay.MORNING })).toThrow(RangeError);
    expect(() => slotNumber({ weekday: 8, partOfDay: PartOfDay.MORNING })).toThrow(RangeError);
    expect(() => slotOf(21)).toThrow(RangeError);
  });

  it('keeps each slot once, in week order', () => {
    const tuesdayMorning = { weekday: 2, partOfDay: PartOfDay.MORNING };
    const mondayEvening = { weekday: 1, partOfDay: PartOfDay.EVENING };
    expect(slotNumbers([tuesdayMorning, mondayEvening, tuesdayMorning])).toEqual([2, 3]);
  });

  it('finds the slots two people share and says them in words', () => {
    expect(sharedSlots([3, 4, 9, 9], [9, 4, 20])).toEqual([4, 9]);
    expect(sharedSlots([0], [])).toEqual([]);
    expect(describeSlots([4, 9])).toBe('Tuesday afternoon, Thursday morning');
  });
});
