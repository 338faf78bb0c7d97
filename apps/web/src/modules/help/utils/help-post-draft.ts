import type { CreateHelpPostInput } from '../../../gql/graphql';
import { HelpCategory, HelpPostKind } from '../../../gql/graphql';
import type { Slot } from './availability';

/** The post form's fields, as typed. */
export interface HelpPostDraft {
  kind: HelpPostKind | '';
  category: HelpCategory | '';
  title: string;
  description: string;
  availability: string;
  slots: Slot[];
  languages: string[];
  quantity: string;
  /** `YYYY-MM-DD`, the last day the post is open; empty for no end. */
  expiresOn: string;
  /** A group I organise, or empty to post as myself. */
  groupId: string;
  areaCell: string | null;
}

export const EMPTY_DRAFT: HelpPostDraft = {
  kind: '',
  category: '',
  title: '',
  description: '',
  availability: '',
  slots: [],
  languages: [],
  quantity: '',
  expiresOn: '',
  groupId: '',
  areaCell: null,
};

export type HelpPostField =
  | 'kind'
  | 'category'
  | 'title'
  | 'description'
  | 'availability'
  | 'quantity'
  | 'expiresOn'
  | 'areaCell';

export const HELP_POST_FIELD_ORDER: readonly HelpPostField[] = [
  'kind',
  'category',
  'title',
  'description',
  'availability',
  'quantity',
  'expiresOn',
  'areaCell',
];

/** What is wrong with each field, as a translation key (the API's rules, checked before sending). */
export type HelpPostProblems = Partial<Record<HelpPostField, `helpForm.errors.${string}`>>;

/** The checks the API makes (help-post.input.ts), worded for people. `today` is `YYYY-MM-DD`. */
export function helpPostProblems(draft: HelpPostDraft, today: string): HelpPostProblems {
  const problems: HelpPostProblems = {};
  if (!draft.kind) problems.kind = 'helpForm.errors.kind';
  if (!draft.category) problems.category = 'helpForm.errors.category';
  const title = draft.title.trim();
  if (title.length < 3) problems.title = 'helpForm.errors.titleShort';
  else if (title.length > 120) problems.title = 'helpForm.errors.titleLong';
  if (draft.description.length > 2000) problems.description = 'helpForm.errors.descriptionLong';
  if (draft.availability.length > 300) problems.availability = 'helpForm.errors.availabilityLong';
  if (draft.quantity.trim() !== '') {
    const quantity = Number(draft.quantity);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1000)
      problems.quantity = 'helpForm.errors.quantity';
  }
  if (draft.expiresOn) {
    const last = Date.parse(`${draft.expiresOn}T00:00:00Z`);
    const first = Date.parse(`${today}T00:00:00Z`);
    if (Number.isNaN(last)) problems.expiresOn = 'helpForm.errors.expiryInvalid';
    else if (last < first) problems.expiresOn = 'helpForm.errors.expiryPast';
  }
  if (!draft.areaCell) problems.areaCell = 'helpForm.errors.area';
  return problems;
}

/**
 * The mutation's input from a valid draft. The expiry is the end of its last day in the town
 * (23:59 in London, near enough: 23:59 UTC is never earlier than the day the person chose).
 */
export function toCreateInput(draft: HelpPostDraft): CreateHelpPostInput {
  return {
    kind: draft.kind as HelpPostKind,
    category: draft.category as HelpCategory,
    title: draft.title.trim(),
    description: draft.description.trim(),
    availability: draft.availability.trim(),
    availabilitySlots: draft.slots.map(({ weekday, partOfDay }) => ({ weekday, partOfDay })),
    languages: draft.languages,
    quantity: draft.quantity.trim() === '' ? null : Number(draft.quantity),
    expiresAt: draft.expiresOn ? `${draft.expiresOn}T23:59:00.000Z` : null,
    authorGroupId: draft.groupId || null,
    areaCell: draft.areaCell!,
  };
}
