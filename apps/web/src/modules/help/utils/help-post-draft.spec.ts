import { HelpCategory, HelpPostKind, PartOfDay } from '../../../gql/graphql';
import {
  EMPTY_DRAFT,
  helpPostProblems,
  toCreateInput,
  type HelpPostDraft,
} from './help-post-draft';

const valid: HelpPostDraft = {
  ...EMPTY_DRAFT,
  kind: HelpPostKind.Offer,
  category: HelpCategory.BabyItems,
  title: '  Baby clothes 0–6 months ',
  areaCell: '8819429a9dfffff',
};

describe('the help post draft', () => {
  it('asks for a kind, a category, a title and an area, and nothing else', () => {
    expect(helpPostProblems(EMPTY_DRAFT, '2026-11-22')).toEqual({
      kind: 'helpForm.errors.kind',
      category: 'helpForm.errors.category',
      title: 'helpForm.errors.titleShort',
      areaCell: 'helpForm.errors.area',
    });
    expect(helpPostProblems(valid, '2026-11-22')).toEqual({});
  });

  it('checks lengths, the quantity and the expiry as the API does', () => {
    expect(
      helpPostProblems(
        {
          ...valid,
          title: 'x'.repeat(121),
          description: 'x'.repeat(2001),
          availability: 'x'.repeat(301),
          quantity: '1.5',
          expiresOn: '2026-11-21',
        },
        '2026-11-22',
      ),
    ).toEqual({
      title: 'helpForm.errors.titleLong',
      description: 'helpForm.errors.descriptionLong',
      availability: 'helpForm.errors.availabilityLong',
      quantity: 'helpForm.errors.quantity',
      expiresOn: 'helpForm.errors.expiryPast',
    });
    expect(helpPostProblems({ ...valid, quantity: '1001' }, '2026-11-22').quantity).toBe(
      'helpForm.errors.quantity',
    );
    expect(
      helpPostProblems({ ...valid, expiresOn: '2026-11-22', quantity: '3' }, '2026-11-22'),
    ).toEqual({});
  });

  it('becomes the API input: trimmed, a group when chosen, the end of the last day', () => {
    expect(
      toCreateInput({
        ...valid,
        description: ' Washed and folded. ',
        slots: [{ weekday: 2, partOfDay: PartOfDay.Morning }],
        languages: ['en', 'ur'],
        quantity: '3',
        expiresOn: '2026-12-01',
        groupId: 'g1',
      }),
    ).toEqual({
      kind: 'OFFER',
      category: 'BABY_ITEMS',
      title: 'Baby clothes 0–6 months',
      description: 'Washed and folded.',
      availability: '',
      availabilitySlots: [{ weekday: 2, partOfDay: 'MORNING' }],
      languages: ['en', 'ur'],
      quantity: 3,
      expiresAt: '2026-12-01T23:59:00.000Z',
      authorGroupId: 'g1',
      areaCell: '8819429a9dfffff',
    });
    expect(toCreateInput(valid)).toMatchObject({
      quantity: null,
      expiresAt: null,
      authorGroupId: null,
    });
  });
});
