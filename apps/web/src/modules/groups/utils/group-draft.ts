import type { CreateGroupInput, GroupFormFieldsFragment, GroupKind } from '../../../gql/graphql';

/** What the group form holds while someone fills it in. */
export interface GroupDraft {
  kind: GroupKind | '';
  name: string;
  description: string;
  languages: string[];
  website: string;
}

export const GROUP_FIELD_ORDER = ['kind', 'name', 'description', 'languages', 'website'] as const;
export type GroupField = (typeof GROUP_FIELD_ORDER)[number];

export const EMPTY_GROUP: GroupDraft = {
  kind: '',
  name: '',
  description: '',
  languages: ['en'],
  website: '',
};

export function draftOf(group: GroupFormFieldsFragment): GroupDraft {
  return {
    kind: group.kind,
    name: group.name,
    description: group.description,
    languages: [...group.languages],
    website: group.website ?? '',
  };
}

/** Problems the form can see before asking the API, as message keys of the `organise` section. */
export function groupProblems(draft: GroupDraft): Partial<Record<GroupField, string>> {
  const problems: Partial<Record<GroupField, string>> = {};
  if (!draft.kind) problems.kind = 'organise.form.errors.kind';
  const name = draft.name.trim();
  if (name.length < 2 || name.length > 120) problems.name = 'organise.form.errors.name';
  if (!draft.languages.length) problems.languages = 'organise.form.errors.languages';
  const website = draft.website.trim();
  if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website))
    problems.website = 'organise.form.errors.website';
  return problems;
}

/** The API's input for a checked draft (`kind` is set once `groupProblems` found nothing). */
export function toGroupInput(draft: GroupDraft): CreateGroupInput {
  return {
    kind: draft.kind as GroupKind,
    name: draft.name.trim(),
    description: draft.description.trim(),
    languages: draft.languages,
    website: draft.website.trim() || null,
  };
}
