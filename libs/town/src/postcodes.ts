import { areaCellFor } from '@village/shared';
import { POSTCODE_UNIT_LETTERS, WARDS, wardCentre } from './geography';
import type { TownPostcode, TownSpace } from './model';

/**
 * The town's postcode directory, in the ONS Postcode Directory's form (`pcds`, lat, long), so the
 * demo and the tests can search by postcode with no download. Every ward's centre has one whose
 * inward code starts with 0 (`BD1 0AA` is the town centre, in Kirkgate; the `wardPostcode` of
 * ward n), which no space's postcode does (theirs start 1–9); then each space's own postcode at
 * the space, the first space keeping a postcode two happen to share.
 */
export function generatePostcodes(spaces: readonly TownSpace[]): TownPostcode[] {
  const rows = new Map<string, TownPostcode>();
  const add = (postcode: string, latitude: number, longitude: number) => {
    if (!rows.has(postcode))
      rows.set(postcode, {
        postcode,
        latitude,
        longitude,
        areaCell: areaCellFor(latitude, longitude),
      });
  };
  for (const ward of WARDS) {
    const centre = wardCentre(ward);
    add(wardPostcode(ward.index), centre.latitude, centre.longitude);
  }
  for (const space of spaces) add(space.postcode, space.latitude, space.longitude);
  return [...rows.values()];
}

/** The postcode of ward `index`'s centre: `BD1 0AA` for the town centre. */
export function wardPostcode(index: number): string {
  const ward = WARDS[index];
  if (!ward) throw new Error(`The town has no ward ${index}.`);
  const letters = POSTCODE_UNIT_LETTERS;
  return `${ward.district} 0${letters[index % letters.length]}${letters[Math.floor(index / letters.length) % letters.length]}`;
}
