import type { AccountQuery, ProfileInput } from '../../../gql/graphql';
import {
  checkBirthMonth,
  checkDisplayName,
  checkDueMonth,
  monthOf,
  type ValidationKey,
} from '../../forms/utils/validation';

/** What the profile part of a form holds while someone fills it in. */
export interface ProfileDraft {
  displayName: string;
  languages: string[];
  /** Worked out on the device from a position that is then forgotten; null when not given. */
  areaCell: string | null;
  expecting: boolean;
  /** "YYYY-MM", used only while `expecting`. */
  dueMonth: string;
  /** "YYYY-MM" each; blank rows are left out. */
  childBirthMonths: string[];
  /** ISO weekdays that suit her for sessions, in week order; none means any day. */
  suitableWeekdays: number[];
}

export const emptyProfileDraft: ProfileDraft = {
  displayName: '',
  languages: [],
  areaCell: null,
  expecting: false,
  dueMonth: '',
  childBirthMonths: [],
  suitableWeekdays: [],
};

/** Field names as the form knows them: each child's month is its own field, for its own error. */
export type ProfileField = 'displayName' | 'dueMonth' | `child${number}`;

export const childField = (index: number): ProfileField => `child${index}`;

/** What the profile fields need from their form's useFormErrors: messages, focus and clearing. */
export interface ProfileFieldsProps {
  draft: ProfileDraft;
  onChange: (changes: Partial<ProfileDraft>) => void;
  errors: Partial<Record<ProfileField, string>>;
  register: (field: ProfileField) => (element: HTMLInputElement | null) => void;
  clear: (field: ProfileField) => void;
}

/** In page order. */
export function profileFields(draft: ProfileDraft): ProfileField[] {
  return [
    'displayName',
    'dueMonth',
    ...draft.childBirthMonths.map((_, index) => childField(index)),
  ];
}

export function checkProfile(
  draft: ProfileDraft,
  today: Date,
): Partial<Record<ProfileField, ValidationKey | null>> {
  const problems: Partial<Record<ProfileField, ValidationKey | null>> = {
    displayName: checkDisplayName(draft.displayName),
    dueMonth: draft.expecting ? checkDueMonth(draft.dueMonth, today) : null,
  };
  draft.childBirthMonths.forEach((month, index) => {
    problems[childField(index)] = month.trim() ? checkBirthMonth(month.trim(), today) : null;
  });
  return problems;
}

/**
 * The API's profile input. Creating an account leaves out what was not given (no answer is an answer
 * too); an update sends every field, with null to clear the area or the life stage.
 */
export function profileInputFrom(draft: ProfileDraft, mode: 'create' | 'update'): ProfileInput {
  const childBirthMonths = draft.childBirthMonths.map((month) => month.trim()).filter(Boolean);
  const lifeStage =
    draft.expecting || childBirthMonths.length > 0
      ? { dueMonth: draft.expecting ? draft.dueMonth : null, childBirthMonths }
      : null;
  const input: ProfileInput = {
    displayName: draft.displayName.trim(),
    languages: draft.languages,
  };
  if (mode === 'update')
    return {
      ...input,
      areaCell: draft.areaCell,
      lifeStage,
      suitableWeekdays: draft.suitableWeekdays,
    };
  return {
    ...input,
    ...(draft.suitableWeekdays.length ? { suitableWeekdays: draft.suitableWeekdays } : {}),
    ...(draft.areaCell ? { areaCell: draft.areaCell } : {}),
    ...(lifeStage ? { lifeStage } : {}),
  };
}

type Person = NonNullable<AccountQuery['me']>['person'];

/** "YYYY-MM", `count` months before `month`. */
function monthsBefore(month: string, count: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + monthNumber - 1 - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * A draft of the profile as it is now. The API gives children's ages in whole months, counted from
 * their birth month in UTC, so the birth months come back exactly.
 */
export function draftFromPerson(person: Person, today: Date): ProfileDraft {
  const thisMonth = monthOf(today);
  return {
    displayName: person.displayName,
    languages: person.languages ?? [],
    areaCell: person.areaCell ?? null,
    expecting: person.lifeStage?.expecting ?? false,
    dueMonth: person.lifeStage?.dueMonth ?? '',
    childBirthMonths: (person.lifeStage?.childAgesMonths ?? []).map((age) =>
      monthsBefore(thisMonth, age),
    ),
    suitableWeekdays: person.suitableWeekdays ?? [],
  };
}
