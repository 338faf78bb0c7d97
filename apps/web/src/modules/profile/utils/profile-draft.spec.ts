import { draftFromPerson, emptyProfileDraft, profileInputFrom } from './profile-draft';

const today = new Date('2026-10-14T12:00:00Z');

describe('profile drafts', () => {
  it('leaves out what a new member did not give', () => {
    expect(profileInputFrom({ ...emptyProfileDraft, displayName: '  Amina ' }, 'create')).toEqual({
      displayName: 'Amina',
      languages: [],
    });
  });

  it('sends the area cell and the life stage when given, without blank child rows', () => {
    expect(
      profileInputFrom(
        {
          displayName: 'Amina',
          languages: ['ur', 'en'],
          areaCell: '881942cce7fffff',
          expecting: true,
          dueMonth: '2027-02',
          childBirthMonths: ['2025-01', ' '],
          suitableWeekdays: [2, 4],
        },
        'create',
      ),
    ).toEqual({
      displayName: 'Amina',
      languages: ['ur', 'en'],
      areaCell: '881942cce7fffff',
      lifeStage: { dueMonth: '2027-02', childBirthMonths: ['2025-01'] },
      suitableWeekdays: [2, 4],
    });
  });

  it('clears the area, the life stage and the days explicitly in an update', () => {
    expect(profileInputFrom({ ...emptyProfileDraft, displayName: 'Amina' }, 'update')).toEqual({
      displayName: 'Amina',
      languages: [],
      areaCell: null,
      lifeStage: null,
      suitableWeekdays: [],
    });
  });

  it('gets the birth months back from the ages the API gives', () => {
    const draft = draftFromPerson(
      {
        __typename: 'Person',
        id: 'p1',
        displayName: 'Amina',
        areaCell: null,
        languages: ['ur'],
        suitableWeekdays: [1, 3],
        lifeStage: { expecting: true, dueMonth: '2027-01', childAgesMonths: [0, 9, 14] },
      } as Parameters<typeof draftFromPerson>[0],
      today,
    );
    expect(draft).toEqual({
      displayName: 'Amina',
      languages: ['ur'],
      areaCell: null,
      expecting: true,
      dueMonth: '2027-01',
      childBirthMonths: ['2026-10', '2026-01', '2025-08'],
      suitableWeekdays: [1, 3],
    });
  });
});
