import { DistanceBand, HelpCategory, HelpMatchReasonKind } from '@village/shared';
import { candidateCategories, MatchSide, MatchTies, scoreMatch } from './help-match';

/** Ties unknown (a post by a group): fit alone, so the fit cases below read as plain sums. */
const NO_TIES = null;
const person = (ties: Partial<MatchTies> = {}): MatchTies => ({
  candidateAuthor: 'PERSON',
  connected: false,
  friendOfAFriend: false,
  memberOfTheirGroup: false,
  ...ties,
});
const group = (memberOfTheirGroup: boolean): MatchTies => ({
  ...person(),
  candidateAuthor: 'GROUP',
  memberOfTheirGroup,
});
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

  describe('building bridges', () => {
    // The same fit for everyone below: same category (0.35), 1 to 2 km (0.18), both free on
    // Tuesday morning (0.15), both speak Urdu (0.10) = 0.78. Only the tie differs.
    const tuesdayMorning = 3;
    const fitting = side({ slots: [tuesdayMorning], languages: ['ur'] });
    const score = (ties: MatchTies | null) =>
      scoreMatch(fitting, fitting, DistanceBand.FROM_1_TO_2_KM, ties);

    it('ranks a stranger nearby above a friend of a friend, above an existing friend, at the same fit', () => {
      const stranger = score(person());
      const friendOfFriend = score(person({ friendOfAFriend: true }));
      const friend = score(person({ connected: true, friendOfAFriend: true }));
      expect(friend.score).toBe(0.78);
      expect(friendOfFriend.score).toBe(0.83);
      expect(stranger.score).toBe(0.88);
      expect(stranger.reasons.at(-1)).toEqual({
        kind: HelpMatchReasonKind.NEW_PERSON_NEARBY,
        text: 'Someone new nearby: you are not connected yet',
      });
      expect(friendOfFriend.reasons.at(-1)).toEqual({
        kind: HelpMatchReasonKind.FRIEND_OF_A_FRIEND,
        text: 'Someone you know knows them too',
      });
    });

    it('gives an existing friend no extra weight, and says they are known only as information', () => {
      const friend = score(person({ connected: true, friendOfAFriend: true }));
      expect(friend.score).toBe(score(NO_TIES).score);
      expect(kinds(friend)).toContain(HelpMatchReasonKind.ALREADY_CONNECTED);
      expect(kinds(friend)).not.toContain(HelpMatchReasonKind.FRIEND_OF_A_FRIEND);
      expect(kinds(friend)).not.toContain(HelpMatchReasonKind.NEW_PERSON_NEARBY);
    });

    it('ranks a group I am not in above my own group at the same fit', () => {
      const newGroup = score(group(false));
      const myGroup = score(group(true));
      expect(myGroup.score).toBe(0.78);
      expect(newGroup.score).toBe(0.88);
      expect(newGroup.reasons.at(-1)).toEqual({
        kind: HelpMatchReasonKind.NEW_GROUP_NEARBY,
        text: 'A group nearby you are not part of yet',
      });
      expect(myGroup.reasons.at(-1)).toEqual({
        kind: HelpMatchReasonKind.GROUP_MEMBER,
        text: 'You are a member of their group',
      });
    });

    it('keeps fit first: a stranger in a related category stays below a friend in the same one', () => {
      const loan = side({ category: HelpCategory.EQUIPMENT_LOAN, slots: [tuesdayMorning] });
      const strangerRelated = scoreMatch(
        fitting,
        { ...loan, languages: ['ur'] },
        DistanceBand.FROM_1_TO_2_KM,
        person(),
      );
      // 0.15 + 0.18 + 0.15 + 0.10 + 0.10 = 0.68 < 0.78
      expect(strangerRelated.score).toBe(0.68);
      expect(strangerRelated.score).toBeLessThan(score(person({ connected: true })).score);
    });

    it('calls nobody new or known when the author’s circle is not known (a post by a group)', () => {
      const unknown = score(NO_TIES);
      expect(unknown.score).toBe(0.78);
      expect(kinds(unknown)).toEqual([
        HelpMatchReasonKind.SAME_CATEGORY,
        HelpMatchReasonKind.NEARBY,
        HelpMatchReasonKind.AVAILABILITY_OVERLAP,
        HelpMatchReasonKind.SHARED_LANGUAGE,
      ]);
    });
  });

  it('adds the bridge on top of a full fit and stays within 1', () => {
    const all = side({ slots: [0, 1], languages: ['ur'] });
    const result = scoreMatch(all, all, DistanceBand.UNDER_1_KM, person());
    expect(result.score).toBe(0.95);
    expect(kinds(result)).toEqual([
      HelpMatchReasonKind.SAME_CATEGORY,
      HelpMatchReasonKind.NEARBY,
      HelpMatchReasonKind.AVAILABILITY_OVERLAP,
      HelpMatchReasonKind.SHARED_LANGUAGE,
      HelpMatchReasonKind.NEW_PERSON_NEARBY,
    ]);
  });
});
