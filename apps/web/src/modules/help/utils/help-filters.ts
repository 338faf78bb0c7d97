import { HelpCategory, HelpPostKind } from '../../../gql/graphql';

export const HELP_KINDS: readonly HelpPostKind[] = [HelpPostKind.Offer, HelpPostKind.Request];

/** Filter order: the everyday needs of new parents first, "something else" last. */
export const HELP_CATEGORIES: readonly HelpCategory[] = [
  HelpCategory.BabyItems,
  HelpCategory.Company,
  HelpCategory.Food,
  HelpCategory.Lifts,
  HelpCategory.ChildcareSwap,
  HelpCategory.EquipmentLoan,
  HelpCategory.FormsAndAdvice,
  HelpCategory.LanguageHelp,
  HelpCategory.Cooking,
  HelpCategory.Diy,
  HelpCategory.Other,
];

export function isHelpKind(value: string | null): value is HelpPostKind {
  return HELP_KINDS.some((kind) => kind === value);
}

export function isHelpCategory(value: string | null): value is HelpCategory {
  return HELP_CATEGORIES.some((category) => category === value);
}

/**
 * An H3 resolution-8 cell as written in an address (`8819429a9dfffff`). Checked by shape only, so
 * the board does not load h3-js for it; the API checks it properly and refuses anything else.
 */
export function isAreaCellLike(value: string | null): value is string {
  return value !== null && /^88[0-9a-f]{13}$/.test(value);
}
