import { slugify } from './groups.service';

describe('slugify', () => {
  it('makes readable ASCII slugs from names in any script or accent', () => {
    expect(slugify('Little Stars Stay & Play')).toBe('little-stars-stay-play');
    expect(slugify('Żłobek Łódź – Rodzice')).toBe('zlobek-lodz-rodzice');
    expect(slugify('  --Café  Crème-- ')).toBe('cafe-creme');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('مسجد')).toBe('group');
  });
});
