import { SuggestionReasonKind } from '@village/shared';
import { dayAndTime, townDayAndMinute } from '../discovery/session-match';

/**
 * How Village ranks a session it suggests to a parent: sessions on a day that suits her first (when
 * she said which days do), then mostly by fit (discovery's closeness, age and language), then by
 * what it would do for her ties. Ranking on social proof alone would keep
 * sending people where their friends already are, so the well connected would get the best-looking
 * suggestions and the isolated the fewest. Bridging value (a circle where she has no ties yet, a
 * first tie to an organiser) weighs more than social proof, so the least connected are not left
 * out. Pure: the service gathers the facts from the latest social-graph snapshot.
 */

/** Where the viewer already has ties, from the latest snapshot. */
export interface ViewerCircle {
  /** Communities (Louvain, latest snapshot) of her own and of the people she has active ties with. */
  communities: ReadonlySet<number>;
  /** She has an active tie to an organiser or a vetted worker. */
  hasLinkingTie: boolean;
}

/** Who a candidate session would bring her among, from the same snapshot. */
export interface CandidateCircle {
  /** Communities of the people going to it or belonging to its group, with how many of each. */
  communities: ReadonlyMap<number, number>;
  /** People she has an active tie with who go and let their connections see it: names to show. */
  knownGoing: readonly string[];
}

export interface SuggestionReason {
  kind: SuggestionReasonKind;
  /**
   * Names for PEOPLE_YOU_KNOW_GO; the share of people new to her, as a percentage, for NEW_CIRCLE;
   * the first start on one of her days, "TU 10:00", for ON_YOUR_DAY.
   */
  detail: string;
}

export const SUGGESTION_WEIGHTS = {
  /** Discovery's fit (0–1) is most of the score. */
  fit: 0.55,
  /** Per person she knows who goes, counting two at most. */
  knownGoing: 0.075,
  /** Times the share of the circle in communities where she has no ties. */
  newCircle: 0.25,
  /** For someone with no linking tie, a session run by organisers (they all are). */
  meetAnOrganiser: 0.1,
} as const;

/** A NEW_CIRCLE reason is given when at least this share of the circle is new to her. */
export const NEW_CIRCLE_REASON_SHARE = 0.5;

/** Suggestions scoring below this are not shown: a weak suggestion is worse than none. */
export const SHOW_THRESHOLD = 0.4;

export interface SuggestionScore {
  /** 0 to 1, only for ordering; never shown as a rating. */
  score: number;
  reasons: SuggestionReason[];
  /** It meets on a day she said suits her: it goes before every session that does not. */
  onHerDay: boolean;
}

/**
 * The first of a session's coming starts that falls on a day that suits her, as "TU 10:00" on the
 * town's clock. Null when none does, and null for everything when she has not said which days suit
 * her: then any day does, and no session is set above another for its day.
 */
export function firstOnHerDays(
  herDays: readonly number[],
  starts: readonly Date[],
  timeZone: string,
): string | null {
  if (herDays.length === 0) return null;
  const start = starts.find((at) => herDays.includes(townDayAndMinute(at, timeZone).weekday));
  return start ? dayAndTime(start, timeZone) : null;
}

/**
 * `onHerDay` is `firstOnHerDays`'s answer: a session on one of her days says so first among its
 * reasons. The day does not change the score: it sets the session's place before (or after) the
 * others, and a session on another day is never hidden for it, since her days may change.
 */
export function scoreSuggestion(
  fit: number,
  candidate: CandidateCircle,
  viewer: ViewerCircle,
  onHerDay: string | null = null,
): SuggestionScore {
  const reasons: SuggestionReason[] = [];
  if (onHerDay !== null) reasons.push({ kind: SuggestionReasonKind.ON_YOUR_DAY, detail: onHerDay });
  let score = SUGGESTION_WEIGHTS.fit * Math.min(1, Math.max(0, fit));

  if (candidate.knownGoing.length > 0) {
    score += SUGGESTION_WEIGHTS.knownGoing * Math.min(2, candidate.knownGoing.length);
    reasons.push({
      kind: SuggestionReasonKind.PEOPLE_YOU_KNOW_GO,
      detail: candidate.knownGoing.join(', '),
    });
  }

  let people = 0;
  let newToHer = 0;
  for (const [community, count] of candidate.communities) {
    people += count;
    if (!viewer.communities.has(community)) newToHer += count;
  }
  if (people > 0) {
    const share = newToHer / people;
    score += SUGGESTION_WEIGHTS.newCircle * share;
    if (share >= NEW_CIRCLE_REASON_SHARE)
      reasons.push({
        kind: SuggestionReasonKind.NEW_CIRCLE,
        detail: String(Math.round(share * 100)),
      });
  }

  if (!viewer.hasLinkingTie) {
    score += SUGGESTION_WEIGHTS.meetAnOrganiser;
    reasons.push({ kind: SuggestionReasonKind.MEET_AN_ORGANISER, detail: '' });
  }
  return {
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    reasons,
    onHerDay: onHerDay !== null,
  };
}

/** A scored candidate as the ranking reads it. */
export interface RankedSuggestion {
  onHerDay: boolean;
  score: number;
  match: { distanceMetres: number; session: { id: string } };
}

/**
 * Best first: sessions on a day that suits her before the rest, then by score, then the nearer,
 * then by id so the order is the same every time.
 */
export function bySuggestionRank(a: RankedSuggestion, b: RankedSuggestion): number {
  return (
    Number(b.onHerDay) - Number(a.onHerDay) ||
    b.score - a.score ||
    a.match.distanceMetres - b.match.distanceMetres ||
    a.match.session.id.localeCompare(b.match.session.id)
  );
}

/**
 * Equity of reach: of everything shown, the share that went to the least-connected quarter of the
 * people (fewest active ties; ties among equals broken by the order given), beside that quarter's
 * share of the people. Reach is fair when the first is at least the second.
 */
export function reachOfLeastConnected(
  recipients: readonly { activeTies: number; shown: number }[],
): { shareOfPeople: number; shareOfShown: number } {
  if (recipients.length === 0) return { shareOfPeople: 0, shareOfShown: 0 };
  const order = recipients
    .map((recipient, index) => ({ ...recipient, index }))
    .sort((a, b) => a.activeTies - b.activeTies || a.index - b.index);
  const quarter = Math.ceil(order.length / 4);
  const total = order.reduce((sum, { shown }) => sum + shown, 0);
  const theirs = order.slice(0, quarter).reduce((sum, { shown }) => sum + shown, 0);
  return {
    shareOfPeople: quarter / order.length,
    shareOfShown: total === 0 ? 0 : theirs / total,
  };
}
