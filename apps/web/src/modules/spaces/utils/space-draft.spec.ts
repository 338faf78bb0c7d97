import { changedFields, EMPTY_SPACE, spaceProblems, type SpaceDraft } from './space-draft';

const hall: SpaceDraft = {
  name: 'Oak Hall',
  kind: 'COMMUNITY_CENTRE',
  address: '1 Oak Road',
  postcode: 'NS1 2AB',
  latitude: '53.79',
  longitude: '-1.75',
  accessibility: ['STEP_FREE'],
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
