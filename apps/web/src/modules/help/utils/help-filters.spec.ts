import { HelpCategory, HelpPostKind } from '../../../gql/graphql';
import { HELP_CATEGORIES, HELP_KINDS, isHelpCategory } from './help-filters';

describe('help board filters', () => {
  it('offer every category and kind the API knows', () => {
    expect([...HELP_CATEGORIES].sort()).toEqual(Object.values(HelpCategory).sort());
    expect([...HELP_KINDS].sort()).toEqual(Object.values(HelpPostKind).sort());
  });

  it('accept only real categories from the address', () => {
    expect(isHelpCategory('LIFTS')).toBe(true);
    expect(isHelpCategory('lifts')).toBe(false);
    expect(isHelpCategory(null)).toBe(false);
  });
});
