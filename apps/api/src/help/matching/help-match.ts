import {
  describeSlots,
  DistanceBand,
  HelpCategory,
  HelpMatchReasonKind,
  sharedSlots,
} from '@village/shared';

/**
 * How well one help post fits another (an offer for a request, or a request for an offer), with
 * every reason in words. Pure: the service gathers the facts (categories, the distance band between
 * the two area cells, week slots, the languages each side uses, ties) and this weighs them.
 */

/** One side of a possible match, as far as matching may know it. */
export interface MatchSide {
  category: HelpCategory;
  /** Week slot numbers (libs/shared availability.ts); empty when not said. */
  slots: readonly number[];
  /** Languages this side uses: for a person the post's own list (public), for a group also its languages. */
  languages: readonly string[];
}

/**
 * What ties say about the two sides, from the point of view of the post being matched. Matching
 * builds bridges (docs/social-graph.md, "Help matching builds bridges"): people and groups outside
 * the author's circle get a bonus; those already in it get none (said only as information).
 */
export interface MatchTies {
  /** Who wrote the candidate: a person, or a group. */
  candidateAuthor: 'PERSON' | 'GROUP';
  /** The two authors are already tied (any person–person tie). */
  connected: boolean;
  /** They are not, but someone is tied to both. */
  friendOfAFriend: boolean;
  /** The post's author is a member of the group that wrote the candidate. */
  memberOfTheirGroup: boolean;
}

export interface HelpMatchReason {
  kind: HelpMatchReasonKind;
  text: string;
}

export interface MatchScore {
  /** 0 to 1; only for ordering suggestions, never shown as a rating of anyone. */
  score: number;
  reasons: HelpMatchReason[];
}

const CATEGORY_NAMES: Record<HelpCategory, string> = {
  [HelpCategory.FOOD]: 'food',
  [HelpCategory.BABY_ITEMS]: 'baby items and clothes',
  [HelpCategory.EQUIPMENT_LOAN]: 'equipment to borrow',
  [HelpCategory.LIFTS]: 'lifts',
  [HelpCategory.CHILDCARE_SWAP]: 'childcare swaps',
  [HelpCategory.COMPANY]: 'company and befriending',
  [HelpCategory.LANGUAGE_HELP]: 'language help and translation',
  [HelpCategory.FORMS_AND_ADVICE]: 'forms and advice',
  [HelpCategory.COOKING]: 'cooking',
  [HelpCategory.DIY]: 'DIY',
  [HelpCategory.OTHER]: 'other help',
};

/** Categories close enough that one may answer the other. */
const RELATED: readonly (readonly [HelpCategory, HelpCategory])[] = [
  [HelpCategory.BABY_ITEMS, HelpCategory.EQUIPMENT_LOAN],
  [HelpCategory.FOOD, HelpCategory.COOKING],
  [HelpCategory.LANGUAGE_HELP, HelpCategory.FORMS_AND_ADVICE],
  [HelpCategory.COMPANY, HelpCategory.CHILDCARE_SWAP],
];

/** The categories worth suggesting for a post in `category`: its own first, then related ones. */
export function candidateCategories(category: HelpCategory): HelpCategory[] {
  const related = RELATED.filter((pair) => pair.includes(category)).map(([a, b]) =>
    a === category ? b : a,
  );
  return [category, ...related];
}

export const WEIGHTS = {
  sameCategory: 0.35,
  relatedCategory: 0.15,
  distance: {
    [DistanceBand.UNDER_1_KM]: 0.25,
    [DistanceBand.FROM_1_TO_2_KM]: 0.18,
    [DistanceBand.FROM_2_TO_5_KM]: 0.1,
    [DistanceBand.OVER_5_KM]: 0.03,
  },
  /** Times the share of the smaller availability both are free in. */
  availability: 0.15,
  /** A language other than English in common, or only English. */
  language: 0.1,
  englishOnly: 0.05,
  /**
   * Bridging, added to fit and smaller than any step of it that matters: a person the author is
   * not tied to, directly or through anyone; a group the author is not a member of.
   */
  newPersonNearby: 0.1,
  newGroupNearby: 0.1,
  /** Not tied yet, but through someone they both know: half a bridge (it closes a triangle). */
  friendOfAFriend: 0.05,
  /** Bonding gets no weight: the author's circle is already theirs. Said as information only. */
  connected: 0,
  memberOfTheirGroup: 0,
} as const;

const DISTANCE_TEXT: Record<DistanceBand, string> = {
  [DistanceBand.UNDER_1_KM]: 'Under 1 km away',
  [DistanceBand.FROM_1_TO_2_KM]: '1 to 2 km away',
  [DistanceBand.FROM_2_TO_5_KM]: '2 to 5 km away',
  [DistanceBand.OVER_5_KM]: 'Over 5 km away',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

export function scoreMatch(
  post: MatchSide,
  candidate: MatchSide,
  distance: DistanceBand,
  /** Null when the author's circle is not known (a post by a group): no bonus, no tie reasons. */
  ties: MatchTies | null,
): MatchScore {
  const reasons: HelpMatchReason[] = [];
  let score = 0;

  if (post.category === candidate.category) {
    score += WEIGHTS.sameCategory;
    reasons.push({
      kind: HelpMatchReasonKind.SAME_CATEGORY,
      text: `Both about ${CATEGORY_NAMES[post.category]}`,
    });
  } else if (candidateCategories(post.category).includes(candidate.category)) {
    score += WEIGHTS.relatedCategory;
    reasons.push({
      kind: HelpMatchReasonKind.RELATED_CATEGORY,
      text: `${capitalise(CATEGORY_NAMES[candidate.category])} is close to ${CATEGORY_NAMES[post.category]}`,
    });
  } else {
    return { score: 0, reasons: [] };
  }

  score += WEIGHTS.distance[distance];
  reasons.push({ kind: HelpMatchReasonKind.NEARBY, text: DISTANCE_TEXT[distance] });

  const both = sharedSlots(post.slots, candidate.slots);
  if (both.length > 0) {
    const smaller = Math.min(new Set(post.slots).size, new Set(candidate.slots).size);
    score += WEIGHTS.availability * (both.length / smaller);
    reasons.push({
      kind: HelpMatchReasonKind.AVAILABILITY_OVERLAP,
      text: `Both free ${describeSlots(both)}`,
    });
  }

  const languages = [...new Set(post.languages)].filter((code) =>
    candidate.languages.includes(code),
  );
  if (languages.length > 0) {
    score += languages.some((code) => code !== 'en') ? WEIGHTS.language : WEIGHTS.englishOnly;
    const names = languages.map((code) => languageNames.of(code) ?? code);
    reasons.push({
      kind: HelpMatchReasonKind.SHARED_LANGUAGE,
      text: `You both speak ${names.join(' and ')}`,
    });
  }

  if (ties) {
    const bridge = bridgeOf(ties);
    score += bridge.weight;
    reasons.push(...bridge.reasons);
  }
  return { score: Math.round(Math.min(score, 1) * 1000) / 1000, reasons };
}

/** How much of a bridge the candidate is, and what to say about it. */
function bridgeOf(ties: MatchTies): { weight: number; reasons: HelpMatchReason[] } {
  if (ties.candidateAuthor === 'GROUP')
    return ties.memberOfTheirGroup
      ? {
          weight: WEIGHTS.memberOfTheirGroup,
          reasons: [
            { kind: HelpMatchReasonKind.GROUP_MEMBER, text: 'You are a member of their group' },
          ],
        }
      : {
          weight: WEIGHTS.newGroupNearby,
          reasons: [
            {
              kind: HelpMatchReasonKind.NEW_GROUP_NEARBY,
              text: 'A group nearby you are not part of yet',
            },
          ],
        };
  if (ties.connected)
    return {
      weight: WEIGHTS.connected,
      reasons: [
        { kind: HelpMatchReasonKind.ALREADY_CONNECTED, text: 'You already know each other' },
      ],
    };
  if (ties.friendOfAFriend)
    return {
      weight: WEIGHTS.friendOfAFriend,
      reasons: [
        { kind: HelpMatchReasonKind.FRIEND_OF_A_FRIEND, text: 'Someone you know knows them too' },
      ],
    };
  return {
    weight: WEIGHTS.newPersonNearby,
    reasons: [
      {
        kind: HelpMatchReasonKind.NEW_PERSON_NEARBY,
        text: 'Someone new nearby: you are not connected yet',
      },
    ],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
