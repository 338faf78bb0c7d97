import { AccessibilityFeature, GroupKind, SessionSearchSort } from '../../../gql/graphql';
import {
  DEFAULT_FILTERS,
  HERE,
  activeFilterCount,
  STORAGE_KEY,
  filtersToParams,
  hasFilterParams,
  loadStoredFilters,
  parseFilters,
  MINE,
  searchFrom,
  searchPoint,
  storeFilters,
  toSearchVariables,
  type DiscoverFilters,
} from './discover-filters';

const parent: DiscoverFilters = {
  ...DEFAULT_FILTERS,
  near: 'eastmoor',
  withinMetres: 1000,
  childAgeMonths: 8,
  weekdays: [2, 4],
  time: 'morning',
  languages: ['ur', 'en'],
  freeOnly: true,
  accessibility: [AccessibilityFeature.StepFree, AccessibilityFeature.PramSpace],
  groupKinds: [GroupKind.ParentAndBaby],
  text: 'rhyme',
  sort: SessionSearchSort.Fit,
};

describe('discover filters in the URL', () => {
  it('writes nothing for the defaults, so a plain /discover link stays plain', () => {
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('');
    expect(parseFilters(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
  });

  it('round-trips every filter through a short, readable query string', () => {
    const params = filtersToParams(parent);
    expect(params.toString()).toBe(
      'near=eastmoor&within=1000&age=8&days=2%2C4&time=morning&lang=ur%2Cen&free=1' +
        '&access=STEP_FREE%2CPRAM_SPACE&kind=PARENT_AND_BABY&q=rhyme&sort=FIT',
    );
    // Lists come back in their canonical order, whatever order the link had.
    expect(parseFilters(params)).toEqual({
      ...parent,
      languages: ['en', 'ur'],
      accessibility: [AccessibilityFeature.StepFree, AccessibilityFeature.PramSpace],
    });
  });

  it('keeps "nearest" and a due month', () => {
    const expecting = { ...DEFAULT_FILTERS, withinMetres: null, dueMonth: '2026-03' };
    const params = filtersToParams(expecting);
    expect(params.toString()).toBe('within=nearest&due=2026-03');
    expect(parseFilters(params)).toEqual(expecting);
  });

  it('keeps other parameters (the map view) and replaces old filters', () => {
    const params = filtersToParams(
      { ...DEFAULT_FILTERS, freeOnly: true },
      new URLSearchParams('view=map&lang=pl&free=1'),
    );
    expect(params.toString()).toBe('view=map&free=1');
  });

  it('ignores what a hand-edited or old link gets wrong', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'near=paris&within=750&age=99&due=2026-13&days=0,3,8&time=night&lang=xx,pl&access=LIFT&kind=X&sort=RANDOM',
      ),
    );
    expect(filters).toEqual({ ...DEFAULT_FILTERS, weekdays: [3], languages: ['pl'] });
  });

  it('prefers a child age to a due month', () => {
    expect(parseFilters(new URLSearchParams('age=3&due=2026-03'))).toMatchObject({
      childAgeMonths: 3,
      dueMonth: null,
    });
  });

  it('says whether a query string carries filters', () => {
    expect(hasFilterParams(new URLSearchParams('view=map'))).toBe(false);
    expect(hasFilterParams(new URLSearchParams('view=map&free=1'))).toBe(true);
  });
});

describe('remembered filters', () => {
  beforeEach(() => window.localStorage.clear());

  it('remembers the filters for the next visit, but never a position', () => {
    storeFilters({ ...parent, near: HERE });
    const stored = window.localStorage.getItem(STORAGE_KEY) ?? '';
    expect(stored).toContain('near=here');
    expect(stored).not.toMatch(/\d+\.\d+/);
    expect(parseFilters(new URLSearchParams(loadStoredFilters() ?? ''))).toMatchObject({
      near: HERE,
      childAgeMonths: 8,
      freeOnly: true,
    });
  });

  it('has nothing to offer when nothing was remembered, or it was tampered with', () => {
    expect(loadStoredFilters()).toBeNull();
    window.localStorage.setItem(STORAGE_KEY, 'near=somewhere&free=yes');
    expect(loadStoredFilters()).toBe('');
  });

  it('carries on when storage refuses', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    } as unknown as Storage;
    expect(loadStoredFilters(broken)).toBeNull();
    expect(() => storeFilters(parent, broken)).not.toThrow();
  });
});

describe('the search', () => {
  it('searches from a named place, or from the device only once its position is known', () => {
    expect(searchPoint(DEFAULT_FILTERS, null)).toEqual({ latitude: 53.7946, longitude: -1.7564 });
    const here = { latitude: 53.8, longitude: -1.7 };
    expect(searchPoint({ ...DEFAULT_FILTERS, near: HERE }, null)).toBeNull();
    expect(searchPoint({ ...DEFAULT_FILTERS, near: HERE }, here)).toEqual(here);
  });

  it('searches from a typed place first, then my area once my profile is known, else a point', () => {
    const here = { latitude: 53.8, longitude: -1.7 };
    const mine: DiscoverFilters = { ...DEFAULT_FILTERS, near: MINE };
    expect(searchFrom(mine, here, { postcode: 'BD1 0AA' }, 'cell')).toEqual({
      postcode: 'BD1 0AA',
    });
    expect(searchFrom(mine, here, null, '88195d2a27fffff')).toEqual({
      areaCell: '88195d2a27fffff',
    });
    expect(searchFrom(mine, here, null, null)).toBeNull();
    expect(searchFrom(DEFAULT_FILTERS, here, null, 'cell')).toEqual(
      searchPoint(DEFAULT_FILTERS, here),
    );
    expect(toSearchVariables(DEFAULT_FILTERS, { postcode: 'BD1 0AA' }, 20)).toMatchObject({
      point: null,
      areaCell: null,
      postcode: 'BD1 0AA',
      address: null,
    });
  });

  it('turns the filters into sessionSearch variables', () => {
    expect(toSearchVariables(parent, { latitude: 53.78, longitude: -1.71 }, 20)).toEqual({
      areaCell: null,
      postcode: null,
      address: null,
      point: { latitude: 53.78, longitude: -1.71 },
      withinMetres: 1000,
      childAgeMonths: 8,
      dueMonth: null,
      weekdays: [2, 4],
      startsFrom: '06:00',
      startsBy: '11:59',
      languages: ['ur', 'en'],
      freeOnly: true,
      accessibility: ['STEP_FREE', 'PRAM_SPACE'],
      groupKinds: ['PARENT_AND_BABY'],
      text: 'rhyme',
      sort: 'FIT',
      first: 20,
    });
  });
});

describe('the collapsed filters’ summary', () => {
  it('counts nothing for the defaults, wherever the search starts and however it is sorted', () => {
    expect(activeFilterCount({ ...DEFAULT_FILTERS, near: HERE, sort: SessionSearchSort.Fit })).toBe(
      0,
    );
  });

  it('counts each ticked box and each other filter away from its default', () => {
    // Distance, age, 2 days, time, 2 languages, free, 2 access needs, 1 kind, words.
    expect(activeFilterCount(parent)).toBe(12);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, dueMonth: '2026-03' })).toBe(1);
    expect(activeFilterCount({ ...DEFAULT_FILTERS, text: '   ' })).toBe(0);
  });
});
