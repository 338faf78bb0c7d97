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
