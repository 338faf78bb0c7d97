import { DistanceBand, HelpCategory, HelpMatchReasonKind } from '@village/shared';
import { candidateCategories, MatchSide, MatchTies, scoreMatch } from './help-match';

const NO_TIES: MatchTies = { connected: false, friendOfAFriend: false, memberOfTheirGroup: false };
const side = (overrides: Partial<MatchSide> = {}): MatchSide => ({
  category: HelpCategory.BABY_ITEMS,
  slots: [],
  languages: [],
  ...overrides,
});
const kinds = (result: { reasons: { kind: HelpMatchReasonKind }[] }) =>
  result.reasons.map((reason) => reason.kind);

describe('scoring a help match', () => {
  it('scores the same category and distance, and says both', () => {
    const result = scoreMatch(side(), side(), DistanceBand.UNDER_1_KM, NO_TIES);
    expect(result).toEqual({
      score: 0.6,
      reasons: [
        { kind: HelpMatchReasonKind.SAME_CATEGORY, text: 'Both about baby items and clothes' },
        { kind: HelpMatchReasonKind.NEARBY, text: 'Under 1 km away' },
      ],
    });
  });

  it('ranks nearer above further, all else equal', () => {
    const bands = [
      DistanceBand.UNDER_1_KM,
      DistanceBand.FROM_1_TO_2_KM,
      DistanceBand.FROM_2_TO_5_KM,
      DistanceBand.OVER_5_KM,
    ];
    const scores = bands.map((band) => scoreMatch(side(), side(), band, NO_TIES).score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(4);
  });

  it('counts a related category for less than the same one, and an unrelated one not at all', () => {
    const loan = side({ category: HelpCategory.EQUIPMENT_LOAN });
    const related = scoreMatch(side(), loan, DistanceBand.UNDER_1_KM, NO_TIES);
    expect(related.score).toBe(0.4);
    expect(related.reasons[0]).toEqual({
      kind: HelpMatchReasonKind.RELATED_CATEGORY,
      text: 'Equipment to borrow is close to baby items and clothes',
    });
    const lifts = side({ category: HelpCategory.LIFTS });
    expect(scoreMatch(side(), lifts, DistanceBand.UNDER_1_KM, NO_TIES)).toEqual({
      score: 0,
      reasons: [],
    });
    expect(candidateCategories(HelpCategory.COOKING)).toEqual([
      HelpCategory.COOKING,
      HelpCategory.FOOD,
    ]);
    expect(candidateCategories(HelpCategory.OTHER)).toEqual([HelpCategory.OTHER]);
  });

  it('adds availability by the share of the smaller week both are free in', () => {
    const tuesdayMorning = 3;
    const thursdayEvening = 11;
    const full = scoreMatch(
      side({ slots: [tuesdayMorning] }),
      side({ slots: [tuesdayMorning, thursdayEvening] }),
      DistanceBand.OVER_5_KM,
      NO_TIES,
    );
    expect(full.score).toBeCloseTo(0.35 + 0.03 + 0.15);
    expect(full.reasons).toContainEqual({
      kind: HelpMatchReasonKind.AVAILABILITY_OVERLAP,
      text: 'Both free Tuesday morning',
    });
    const half = scoreMatch(
      side({ slots: [tuesdayMorning, 0] }),
      side({ slots: [tuesdayMorning, thursdayEvening] }),
      DistanceBand.OVER_5_KM,
      NO_TIES,
    );
    expect(half.score).toBeCloseTo(0.35 + 0.03 + 0.075);
    const none = scoreMatch(
      side({ slots: [0] }),
      side({ slots: [1] }),
      DistanceBand.OVER_5_KM,
      NO_TIES,
    );
    expect(kinds(none)).not.toContain(HelpMatchReasonKind.AVAILABILITY_OVERLAP);
  });

  it('values a shared language other than English above English alone, naming them', () => {
    const urdu = scoreMatch(
      side({ languages: ['en', 'ur'] }),
      side({ languages: ['ur', 'en'] }),
      DistanceBand.OVER_5_KM,
      NO_TIES,
    );
    expect(urdu.reasons).toContainEqual({
      kind: HelpMatchReasonKind.SHARED_LANGUAGE,
      text: 'You both speak English and Urdu',
    });
    const english = scoreMatch(
      side({ languages: ['en', 'pl'] }),
      side({ languages: ['en', 'ur'] }),
      DistanceBand.OVER_5_KM,
      NO_TIES,
    );
    expect(urdu.score - english.score).toBeCloseTo(0.05);
    expect(english.reasons.at(-1)!.text).toBe('You both speak English');
  });

  it('warms to people already known, and to friends of friends a little less', () => {
    const score = (ties: Partial<MatchTies>) =>
      scoreMatch(side(), side(), DistanceBand.OVER_5_KM, { ...NO_TIES, ...ties });
    const known = score({ connected: true, friendOfAFriend: true });
    const friendOfFriend = score({ friendOfAFriend: true });
    const member = score({ memberOfTheirGroup: true });
    expect(known.score).toBeGreaterThan(friendOfFriend.score);
    expect(friendOfFriend.score).toBeGreaterThan(score({}).score);
    expect(kinds(known)).toContain(HelpMatchReasonKind.ALREADY_CONNECTED);
    expect(kinds(known)).not.toContain(HelpMatchReasonKind.FRIEND_OF_A_FRIEND);
    expect(friendOfFriend.reasons.at(-1)).toEqual({
      kind: HelpMatchReasonKind.FRIEND_OF_A_FRIEND,
      text: 'Someone you know knows them too',
    });
    expect(kinds(member)).toContain(HelpMatchReasonKind.GROUP_MEMBER);
  });

  it('never scores above 1 when everything fits', () => {
    const all = side({ slots: [0, 1], languages: ['ur'] });
    const result = scoreMatch(all, all, DistanceBand.UNDER_1_KM, {
      connected: true,
      friendOfAFriend: false,
      memberOfTheirGroup: true,
    });
    expect(result.score).toBe(1);
    expect(kinds(result)).toEqual([
      HelpMatchReasonKind.SAME_CATEGORY,
      HelpMatchReasonKind.NEARBY,
      HelpMatchReasonKind.AVAILABILITY_OVERLAP,
      HelpMatchReasonKind.SHARED_LANGUAGE,
      HelpMatchReasonKind.ALREADY_CONNECTED,
      HelpMatchReasonKind.GROUP_MEMBER,
    ]);
  });
});
