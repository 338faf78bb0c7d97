import type { HouseholdEntity } from '../people/household.entity';
import { lifeStageOf } from '../people/person.model';

/**
 * Coarse life stages for finding parents "at the same stage". Two families match when they share
 * a band (a family with a baby and a toddler is in two). Children of 4 and over are in no band:
 * Village is for parents of 0–3s and expectant parents.
 */
export enum LifeStageBand {
  EXPECTING = 'EXPECTING',
  MONTHS_0_TO_5 = 'MONTHS_0_TO_5',
  MONTHS_6_TO_11 = 'MONTHS_6_TO_11',
  MONTHS_12_TO_23 = 'MONTHS_12_TO_23',
  MONTHS_24_TO_47 = 'MONTHS_24_TO_47',
}

/** The bands of children's ages, youngest first: [band, first month, last month]. */
const AGE_BANDS: readonly (readonly [LifeStageBand, number, number])[] = [
  [LifeStageBand.MONTHS_0_TO_5, 0, 5],
  [LifeStageBand.MONTHS_6_TO_11, 6, 11],
  [LifeStageBand.MONTHS_12_TO_23, 12, 23],
  [LifeStageBand.MONTHS_24_TO_47, 24, 47],
];

const BAND_ORDER = [LifeStageBand.EXPECTING, ...AGE_BANDS.map(([band]) => band)];

export function ageBandOf(ageMonths: number): LifeStageBand | null {
  return AGE_BANDS.find(([, from, to]) => ageMonths >= from && ageMonths <= to)?.[0] ?? null;
}

/** A household's bands, in band order; the same ages as `lifeStageOf` (whole UTC months). */
export function lifeStageBandsOf(
  household: Pick<HouseholdEntity, 'dueMonth' | 'childBirthMonths'> | null,
  now = new Date(),
): LifeStageBand[] {
  const stage = lifeStageOf(household as HouseholdEntity | null, now);
  const bands = new Set<LifeStageBand>();
  if (stage.expecting) bands.add(LifeStageBand.EXPECTING);
  for (const age of stage.childAgesMonths) {
    const band = ageBandOf(age);
    if (band) bands.add(band);
  }
  return BAND_ORDER.filter((band) => bands.has(band));
}

const firstOfMonth = (year: number, monthIndex: number) =>
  new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10);

/**
 * What the database must match for a household to share one of `bands` at `now`: a due month on or
 * after this month (expecting), or a child born in one of the listed first-of-month dates.
 */
export function lifeStageFilter(
  bands: readonly LifeStageBand[],
  now = new Date(),
): { expecting: boolean; dueFrom: string; birthMonths: string[] } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const birthMonths: string[] = [];
  for (const [band, from, to] of AGE_BANDS) {
    if (!bands.includes(band)) continue;
    for (let age = from; age <= to; age++) birthMonths.push(firstOfMonth(year, month - age));
  }
  return {
    expecting: bands.includes(LifeStageBand.EXPECTING),
    dueFrom: firstOfMonth(year, month),
    birthMonths,
  };
}
