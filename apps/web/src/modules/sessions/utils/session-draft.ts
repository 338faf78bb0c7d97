import {
  buildRule,
  choicesFromRule,
  defaultChoices,
  type RepeatChoices,
} from './recurrence-builder';

/** A session as the form holds it: text as typed, the repeat as builder choices. */
export interface SessionDraft {
  title: string;
  description: string;
  minAgeMonths: string;
  maxAgeMonths: string;
  languages: string[];
  /** Pounds, as typed ("0", "2.50"). */
  cost: string;
  capacity: string;
  durationMinutes: string;
  startDate: string;
  startTime: string;
  repeat: RepeatChoices;
  /** A stored rule the builder cannot show: kept as it is until the organiser picks new choices. */
  keptRule: string | null;
  spaceId: string;
  spaceName: string;
}

export const SESSION_FIELD_ORDER = [
  'title',
  'description',
  'minAgeMonths',
  'maxAgeMonths',
  'cost',
  'capacity',
  'durationMinutes',
  'startDate',
  'startTime',
  'recurrence',
  'spaceId',
] as const;
export type SessionField = (typeof SESSION_FIELD_ORDER)[number];

/** The ages a session may be for, in months; negative months are pregnancy. */
export const AGE_CHOICES = [-9, 0, 3, 6, 12, 18, 24, 36, 48, 60, 96, 132, 216] as const;

export function emptyDraft(startDate: string): SessionDraft {
  return {
    title: '',
    description: '',
    minAgeMonths: '0',
    maxAgeMonths: '60',
    languages: ['en'],
    cost: '0',
    capacity: '',
    durationMinutes: '60',
    startDate,
    startTime: '10:00',
    repeat: defaultChoices(startDate),
    keptRule: null,
    spaceId: '',
    spaceName: '',
  };
}

/** The rule the draft stands for. */
export const ruleOf = (draft: SessionDraft): string => draft.keptRule ?? buildRule(draft.repeat);

const wholeNumber = (text: string) => /^\d+$/.test(text.trim());

/** What is wrong with the draft, as i18n keys by field; the API checks again. */
export function sessionProblems(draft: SessionDraft): Partial<Record<SessionField, string>> {
  const problems: Partial<Record<SessionField, string>> = {};
  if (draft.title.trim().length < 2) problems.title = 'publish.errors.title';
  if (Number(draft.minAgeMonths) > Number(draft.maxAgeMonths))
    problems.maxAgeMonths = 'publish.errors.ages';
  if (!/^\d+(\.\d{1,2})?$/.test(draft.cost.trim())) problems.cost = 'publish.errors.cost';
  if (draft.capacity.trim() && (!wholeNumber(draft.capacity) || Number(draft.capacity) < 1))
    problems.capacity = 'publish.errors.capacity';
  const minutes = Number(draft.durationMinutes);
  if (!wholeNumber(draft.durationMinutes) || minutes < 5 || minutes > 720)
    problems.durationMinutes = 'publish.errors.duration';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) problems.startDate = 'publish.errors.startDate';
  if (!/^\d{2}:\d{2}$/.test(draft.startTime)) problems.startTime = 'publish.errors.startTime';
  if (!draft.keptRule) {
    if (draft.repeat.ends === 'on' && draft.repeat.until < draft.startDate)
      problems.recurrence = 'publish.errors.until';
    if (
      draft.repeat.ends === 'after' &&
      !(wholeNumber(draft.repeat.count) && Number(draft.repeat.count) >= 1)
    )
      problems.recurrence = 'publish.errors.count';
  }
  if (!draft.spaceId) problems.spaceId = 'publish.errors.space';
  return problems;
}

/** The fields both createSession and updateSession take. */
export function toSessionInput(draft: SessionDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    minAgeMonths: Number(draft.minAgeMonths),
    maxAgeMonths: Number(draft.maxAgeMonths),
    languages: draft.languages,
    costPence: Math.round(Number(draft.cost) * 100),
    capacity: draft.capacity.trim() ? Number(draft.capacity) : null,
    durationMinutes: Number(draft.durationMinutes),
    startDate: draft.startDate,
    startTime: draft.startTime,
    recurrence: ruleOf(draft),
    spaceId: draft.spaceId,
  };
}

/** The API's input fields, by the form field that shows their problems. */
export const API_FIELDS: Record<string, SessionField> = {
  title: 'title',
  description: 'description',
  minAgeMonths: 'minAgeMonths',
  maxAgeMonths: 'maxAgeMonths',
  costPence: 'cost',
  capacity: 'capacity',
  durationMinutes: 'durationMinutes',
  startDate: 'startDate',
  startTime: 'startTime',
  recurrence: 'recurrence',
  spaceId: 'spaceId',
};

/** A stored session as the form's draft. */
export function draftOfSession(session: {
  title: string;
  description: string;
  recurrence: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  languages: string[];
  costPence: number;
  capacity?: number | null;
  space: { id: string; name: string };
}): SessionDraft {
  const choices = choicesFromRule(session.recurrence, session.startDate);
  return {
    title: session.title,
    description: session.description,
    minAgeMonths: String(session.minAgeMonths),
    maxAgeMonths: String(session.maxAgeMonths),
    languages: session.languages,
    cost: (session.costPence / 100).toFixed(session.costPence % 100 ? 2 : 0),
    capacity: session.capacity == null ? '' : String(session.capacity),
    durationMinutes: String(session.durationMinutes),
    startDate: session.startDate,
    startTime: session.startTime.slice(0, 5),
    repeat: choices ?? defaultChoices(session.startDate),
    keptRule: choices ? null : session.recurrence,
    spaceId: session.space.id,
    spaceName: session.space.name,
  };
}
