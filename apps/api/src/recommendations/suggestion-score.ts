import { SuggestionReasonKind } from '@village/shared';

/**
 * How Village ranks a session it suggests to a parent: mostly by fit (discovery's closeness, age
 * and language), then by what it would do for her ties. Ranking on social proof alone would keep
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
  /** Names for PEOPLE_YOU_KNOW_GO; the share of people new to her, as a percentage, for NEW_CIRCLE. */
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
}

export function scoreSuggestion(
  fit: number,
  candidate: CandidateCircle,
  viewer: ViewerCircle,
): SuggestionScore {
  const reasons: SuggestionReason[] = [];
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
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, reasons };
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
