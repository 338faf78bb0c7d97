import { changedFields, EMPTY_SPACE, spaceProblems, type SpaceDraft } from './space-draft';

const hall: SpaceDraft = {
  name: 'Oak Hall',
  kind: 'COMMUNITY_CENTRE',
  address: '1 Oak Road',
  postcode: 'NS1 2AB',
  latitude: '53.79',
  longitude: '-1.75',
  accessibility: ['STEP_FREE'],
  openingHours: [{ weekday: '2', opens: '09:00', closes: '12:00' }],
};

describe('space drafts', () => {
  it('sends only the fields an edit or suggestion changes', () => {
    expect(changedFields(hall, { ...hall, postcode: ' NS1 3CD ', accessibility: [] })).toEqual({
      postcode: 'NS1 3CD',
      accessibility: [],
    });
    expect(changedFields(hall, { ...hall, name: ' Oak Hall ' })).toEqual({});
  });

  it('names each problem by its field', () => {
    expect(spaceProblems(EMPTY_SPACE)).toEqual({
      name: 'stewards.errors.name',
      kind: 'stewards.errors.kind',
      latitude: 'stewards.errors.latitude',
      longitude: 'stewards.errors.longitude',
    });
    expect(spaceProblems({ ...hall, latitude: '91', longitude: 'east' })).toEqual({
      latitude: 'stewards.errors.latitude',
      longitude: 'stewards.errors.longitude',
    });
    expect(spaceProblems(hall)).toEqual({});
  });
});

describe('opening hours in a draft', () => {
  const base: SpaceDraft = {
    ...EMPTY_SPACE,
    name: 'Hall',
    kind: 'CAFE',
    latitude: '1',
    longitude: '1',
  };

  it('refuses times that are not HH:MM, and rows that close before they open', () => {
    expect(
      spaceProblems({ ...base, openingHours: [{ weekday: '1', opens: '9', closes: '17:00' }] }),
    ).toEqual({ openingHours: 'stewards.errors.hoursTime' });
    expect(
      spaceProblems({ ...base, openingHours: [{ weekday: '1', opens: '17:00', closes: '09:00' }] }),
    ).toEqual({ openingHours: 'stewards.errors.hoursOrder' });
  });

  it('sends the hours with numeric weekdays when they change', () => {
    const after = { ...base, openingHours: [{ weekday: '3', opens: '10:00', closes: '12:30' }] };
    expect(changedFields(base, after)).toEqual({
      openingHours: [{ weekday: 3, opens: '10:00', closes: '12:30' }],
    });
  });
});
