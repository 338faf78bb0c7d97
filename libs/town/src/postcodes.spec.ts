import { areaCellFor, normalisePostcode } from '@village/shared';
import { generateTown } from './generate';
import { TOWN_CENTRE } from './geography';
import { wardPostcode } from './postcodes';

describe('the town’s postcodes', () => {
  const town = generateTown('S', 1);

  it('are UK postcodes as the ONS writes them, each once', () => {
    for (const row of town.postcodes) expect(normalisePostcode(row.postcode)).toBe(row.postcode);
    expect(new Set(town.postcodes.map((row) => row.postcode)).size).toBe(town.postcodes.length);
  });

  it('give the town centre BD1 0AA and every ward centre its own', () => {
    expect(wardPostcode(0)).toBe('BD1 0AA');
    const centre = town.postcodes.find((row) => row.postcode === 'BD1 0AA');
    expect(centre).toEqual({
      postcode: 'BD1 0AA',
      ...TOWN_CENTRE,
      areaCell: areaCellFor(TOWN_CENTRE.latitude, TOWN_CENTRE.longitude),
    });
    expect(town.postcodes.filter((row) => / 0/.test(row.postcode)).length).toBe(30);
  });

  it('include every space’s postcode, so a space can be found by its own', () => {
    const known = new Set(town.postcodes.map((row) => row.postcode));
    for (const space of town.spaces) expect(known.has(space.postcode)).toBe(true);
  });
});
