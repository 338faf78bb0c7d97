import { AccessibilityFeature, dateTimeFormat, GroupKind, type Occurrence } from '@village/shared';

/** Why a session came up: each filter it satisfies, in words a client can show. */
export enum MatchReasonKind {
  NEARBY = 'NEARBY',
  FITS_CHILD_AGE = 'FITS_CHILD_AGE',
  FITS_PREGNANCY = 'FITS_PREGNANCY',
  IN_LANGUAGE = 'IN_LANGUAGE',
  FREE = 'FREE',
  ACCESSIBLE = 'ACCESSIBLE',
  ON_DAY_AND_TIME = 'ON_DAY_AND_TIME',
  GROUP_KIND = 'GROUP_KIND',
  MATCHES_TEXT = 'MATCHES_TEXT',
}

export interface MatchReason {
  kind: MatchReasonKind;
  /** What exactly matched: "ur", "STEP_FREE,BABY_CHANGE", "TU 10:00", "1.2 km". */
  detail: string;
}

/** What the parent asked for, already checked. */
export interface SessionCriteria {
  /** The child's age in months, or the pregnancy as negative months until the due month. */
  ageMonths: number | null;
  expecting: boolean;
  languages: string[];
  freeOnly: boolean;
  accessibility: AccessibilityFeature[];
  groupKinds: GroupKind[];
  text: string | null;
  /** ISO weekdays, 1 = Monday. */
  weekdays: number[];
  /** Minutes after midnight, town time. */
  startsFrom: number | null;
  startsBy: number | null;
}

/** What a candidate session brings (from SQL), with its next dates in the window. */
export interface Candidate {
  distanceMetres: number;
  minAgeMonths: number;
  maxAgeMonths: number;
  languages: string[];
  costPence: number;
  accessibility: AccessibilityFeature[];
  groupKind: GroupKind;
  textMatched: boolean;
  occurrences: Occurrence[];
}

const WALKING_METRES_PER_MINUTE = 80; // 4.8 km/h, a pram's pace
const DETOUR = 1.3; // streets are not straight lines

/** Estimated walking time, in whole minutes, for a straight-line distance. */
export function walkingMinutes(distanceMetres: number): number {
  return Math.max(1, Math.ceil((distanceMetres * DETOUR) / WALKING_METRES_PER_MINUTE));
}

const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Weekday (1–7) and minutes after midnight of an instant, on the town's clock. */
export function townDayAndMinute(
  instant: Date,
  timeZone: string,
): { weekday: number; minute: number } {
  const parts = dateTimeFormat({
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1;
  return { weekday, minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** When a start falls on the town's clock, as reasons give it: "TU 10:00". */
export function dayAndTime(start: Date, timeZone: string): string {
  const { weekday, minute } = townDayAndMinute(start, timeZone);
  const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  return `${WEEKDAY_CODES[weekday - 1]} ${time}`;
}

/** The occurrences that fall on the asked days and times (all of them when none were asked). */
export function occurrencesInWindow(
  occurrences: Occurrence[],
  criteria: Pick<SessionCriteria, 'weekdays' | 'startsFrom' | 'startsBy'>,
  timeZone: string,
): Occurrence[] {
  const asked =
    criteria.weekdays.length > 0 || criteria.startsFrom !== null || criteria.startsBy !== null;
  // The town's clock is read only when days or times were asked for: it is the costly part.
  if (!asked) return occurrences;
  return occurrences.filter(({ start }) => {
    const { weekday, minute } = townDayAndMinute(start, timeZone);
    if (criteria.weekdays.length > 0 && !criteria.weekdays.includes(weekday)) return false;
    if (criteria.startsFrom !== null && minute < criteria.startsFrom) return false;
    if (criteria.startsBy !== null && minute > criteria.startsBy) return false;
    return true;
  });
}

/**
 * Why the session matched, and how well (0–1): every reason is a filter it passes; fit rewards
 * being close, speaking more of the asked languages and suiting the child's age near its middle.
 */
export function explainMatch(
  candidate: Candidate,
  criteria: SessionCriteria,
  timeZone: string,
): { reasons: MatchReason[]; fit: number } {
  const km = (candidate.distanceMetres / 1000).toFixed(1);
  const reasons: MatchReason[] = [{ kind: MatchReasonKind.NEARBY, detail: `${km} km` }];
  let fit = 1 / (1 + candidate.distanceMetres / 1000);
  if (criteria.ageMonths !== null) {
    reasons.push({
      kind: criteria.expecting ? MatchReasonKind.FITS_PREGNANCY : MatchReasonKind.FITS_CHILD_AGE,
      detail: `${candidate.minAgeMonths} to ${candidate.maxAgeMonths} months`,
    });
    const span = Math.max(1, candidate.maxAgeMonths - candidate.minAgeMonths);
    const middle = (candidate.minAgeMonths + candidate.maxAgeMonths) / 2;
    fit += 1 - Math.min(1, Math.abs(criteria.ageMonths - middle) / span);
  }
  const spoken = criteria.languages.filter((code) => candidate.languages.includes(code));
  if (spoken.length > 0) {
    reasons.push({ kind: MatchReasonKind.IN_LANGUAGE, detail: spoken.join(',') });
    fit += spoken.length / criteria.languages.length;
  }
  if (criteria.freeOnly) reasons.push({ kind: MatchReasonKind.FREE, detail: 'free' });
  if (criteria.accessibility.length > 0)
    reasons.push({ kind: MatchReasonKind.ACCESSIBLE, detail: criteria.accessibility.join(',') });
  if (criteria.weekdays.length > 0 || criteria.startsFrom !== null || criteria.startsBy !== null) {
    const first = candidate.occurrences[0];
    if (first)
      reasons.push({
        kind: MatchReasonKind.ON_DAY_AND_TIME,
        detail: dayAndTime(first.start, timeZone),
      });
  }
  if (criteria.groupKinds.length > 0)
    reasons.push({ kind: MatchReasonKind.GROUP_KIND, detail: candidate.groupKind });
  if (criteria.text && candidate.textMatched)
    reasons.push({ kind: MatchReasonKind.MATCHES_TEXT, detail: criteria.text });
  // Four parts at most (distance, age, language, and one), scaled to 0–1.
  return { reasons, fit: Math.round((fit / 3) * 1000) / 1000 };
}
