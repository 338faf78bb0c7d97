import { ageBandOf, LifeStageBand, lifeStageBandsOf, lifeStageFilter } from './life-stage-band';

const now = new Date('2026-11-22T10:00:00Z');
const household = (dueMonth: string | null, ...childBirthMonths: string[]) => ({
  dueMonth,
  childBirthMonths,
});

/** First day of the month `monthsAgo` months before November 2026. */
function monthAgo(monthsAgo: number): string {
  return new Date(Date.UTC(2026, 10 - monthsAgo, 1)).toISOString().slice(0, 10);
}

describe('life-stage bands', () => {
  it('bands children by whole months: 0–5, 6–11, 12–23, 24–47, and none from 4 years', () => {
    expect([0, 5, 6, 11, 12, 23, 24, 47, 48, -1].map(ageBandOf)).toEqual([
      LifeStageBand.MONTHS_0_TO_5,
      LifeStageBand.MONTHS_0_TO_5,
      LifeStageBand.MONTHS_6_TO_11,
      LifeStageBand.MONTHS_6_TO_11,
      LifeStageBand.MONTHS_12_TO_23,
      LifeStageBand.MONTHS_12_TO_23,
      LifeStageBand.MONTHS_24_TO_47,
      LifeStageBand.MONTHS_24_TO_47,
      null,
      null,
    ]);
  });

  it('counts a household as expecting until the end of its due month', () => {
    expect(lifeStageBandsOf(household('2026-11-01'), now)).toEqual([LifeStageBand.EXPECTING]);
    expect(lifeStageBandsOf(household('2027-04-01'), now)).toEqual([LifeStageBand.EXPECTING]);
    expect(lifeStageBandsOf(household('2026-10-01'), now)).toEqual([]);
    expect(lifeStageBandsOf(null, now)).toEqual([]);
  });

  it('puts a family with a baby on the way and a toddler in both bands', () => {
    expect(lifeStageBandsOf(household('2027-02-01', monthAgo(14)), now)).toEqual([
      LifeStageBand.EXPECTING,
      LifeStageBand.MONTHS_12_TO_23,
    ]);
    expect(lifeStageBandsOf(household(null, monthAgo(60)), now)).toEqual([]);
  });
});

describe('lifeStageFilter', () => {
  it('lists the birth months of the chosen bands and the first due month still expecting', () => {
    const filter = lifeStageFilter([LifeStageBand.MONTHS_0_TO_5], now);
    expect(filter).toEqual({
      expecting: false,
      dueFrom: '2026-11-01',
      birthMonths: [0, 1, 2, 3, 4, 5].map(monthAgo),
    });
    expect(lifeStageFilter([LifeStageBand.EXPECTING], now)).toEqual({
      expecting: true,
      dueFrom: '2026-11-01',
      birthMonths: [],
    });
  });

  it('matches a birth month exactly when the child is in one of the bands', () => {
    const bands = [LifeStageBand.MONTHS_6_TO_11, LifeStageBand.MONTHS_24_TO_47];
    const { birthMonths } = lifeStageFilter(bands, now);
    for (let age = -3; age < 60; age++) {
      const month = monthAgo(age);
      const inBands = lifeStageBandsOf(household(null, month), now).some((band) =>
        bands.includes(band),
      );
      expect([age, birthMonths.includes(month)]).toEqual([age, inBands]);
    }
  });
});
