import { DEFAULT_FILTERS } from './discover-filters';
import { profileStart, usesProfile } from './profile-start';

const person = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Person' as const,
  id: 'p1',
  areaCell: '88195d2a27fffff',
  languages: ['ur', 'en', 'xx'],
  suitableWeekdays: [],
  lifeStage: {
    __typename: 'LifeStage' as const,
    expecting: false,
    dueMonth: null,
    childAgesMonths: [8, 40],
  },
  ...overrides,
});

describe('profileStart', () => {
  it('starts from the youngest child, the languages sessions use, and my area', () => {
    expect(profileStart(person())).toEqual({
      childAgeMonths: 8,
      dueMonth: null,
      languages: ['en', 'ur'],
      near: 'mine',
    });
  });

  it('starts from the due month when there is no child under five', () => {
    const start = profileStart(
      person({
        areaCell: null,
        languages: [],
        lifeStage: { expecting: true, dueMonth: '2027-03', childAgesMonths: [] },
      }),
    );
    expect(start).toEqual({ childAgeMonths: null, dueMonth: '2027-03', languages: [] });
  });

  it('starts from the days that suit her, when she said', () => {
    expect(profileStart(person({ suitableWeekdays: [2, 4] }))).toEqual({
      childAgeMonths: 8,
      dueMonth: null,
      languages: ['en', 'ur'],
      near: 'mine',
      weekdays: [2, 4],
    });
    expect(
      profileStart(
        person({
          areaCell: null,
          languages: [],
          suitableWeekdays: [6],
          lifeStage: { expecting: false, dueMonth: null, childAgesMonths: [] },
        }),
      ),
    ).toEqual({ childAgeMonths: null, dueMonth: null, languages: [], weekdays: [6] });
  });

  it('gives nothing for nobody signed in, or a profile with nothing to go on', () => {
    expect(profileStart(null)).toBeNull();
    expect(
      profileStart(
        person({
          areaCell: null,
          languages: [],
          lifeStage: { expecting: false, dueMonth: null, childAgesMonths: [] },
        }),
      ),
    ).toBeNull();
  });
});

describe('usesProfile', () => {
  const start = profileStart(person())!;
  it('holds while the search says what the profile said, and not once she changes it', () => {
    const filters = { ...DEFAULT_FILTERS, ...start };
    expect(usesProfile(filters, start)).toBe(true);
    expect(usesProfile({ ...filters, freeOnly: true }, start)).toBe(true);
    expect(usesProfile({ ...filters, childAgeMonths: 20 }, start)).toBe(false);
    expect(usesProfile({ ...filters, near: 'centre' }, start)).toBe(false);
    expect(usesProfile(filters, null)).toBe(false);
  });

  it('holds while the days are hers, and not once she changes them', () => {
    const withDays = profileStart(person({ suitableWeekdays: [2, 4] }))!;
    const filters = { ...DEFAULT_FILTERS, ...withDays };
    expect(usesProfile(filters, withDays)).toBe(true);
    expect(usesProfile({ ...filters, weekdays: [2] }, withDays)).toBe(false);
    expect(usesProfile({ ...filters, weekdays: [] }, withDays)).toBe(false);
  });
});
