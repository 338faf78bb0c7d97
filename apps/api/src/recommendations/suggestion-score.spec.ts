import { SuggestionReasonKind } from '@village/shared';
import {
  bySuggestionRank,
  firstOnHerDays,
  reachOfLeastConnected,
  scoreSuggestion,
  SHOW_THRESHOLD,
  type ViewerCircle,
} from './suggestion-score';

const wellConnected: ViewerCircle = { communities: new Set([1, 2]), hasLinkingTie: true };
const isolated: ViewerCircle = { communities: new Set([1]), hasLinkingTie: false };

describe('how a suggested session is scored', () => {
  it('is mostly fit: 0.55 of a perfect fit, nothing more when the circle is hers and she knows no one', () => {
    const { score, reasons } = scoreSuggestion(
      1,
      { communities: new Map([[1, 10]]), knownGoing: [] },
      wellConnected,
    );
    expect(score).toBe(0.55);
    expect(reasons).toEqual([]);
  });

  it('adds 0.075 per known person going, two at most, and names them', () => {
    const circle = new Map([[1, 10]]);
    expect(
      scoreSuggestion(1, { communities: circle, knownGoing: ['Amina'] }, wellConnected),
    ).toEqual({
      score: 0.625,
      reasons: [{ kind: SuggestionReasonKind.PEOPLE_YOU_KNOW_GO, detail: 'Amina' }],
      onHerDay: false,
    });
    // Three known: 0.55 + 2 × 0.075 = 0.7.
    expect(
      scoreSuggestion(1, { communities: circle, knownGoing: ['A', 'B', 'C'] }, wellConnected).score,
    ).toBe(0.7);
  });

  it('adds a quarter of the share of the circle that is new to her, saying so from half new', () => {
    // 6 of 8 in community 3, where she has no ties: 0.55·0.8 + 0.25·0.75 = 0.6275 → 0.628.
    const { score, reasons } = scoreSuggestion(
      0.8,
      {
        communities: new Map([
          [1, 2],
          [3, 6],
        ]),
        knownGoing: [],
      },
      wellConnected,
    );
    expect(score).toBe(0.628);
    expect(reasons).toEqual([{ kind: SuggestionReasonKind.NEW_CIRCLE, detail: '75' }]);
    // 2 of 8 new: weighed (0.44 + 0.0625 = 0.5025 → 0.503) but not given as a reason.
    const mostlyHers = scoreSuggestion(
      0.8,
      {
        communities: new Map([
          [1, 6],
          [3, 2],
        ]),
        knownGoing: [],
      },
      wellConnected,
    );
    expect(mostlyHers).toEqual({ score: 0.503, reasons: [], onHerDay: false });
  });

  it('offers a first tie to an organiser to someone with no linking tie', () => {
    const { score, reasons } = scoreSuggestion(
      0.5,
      { communities: new Map([[1, 4]]), knownGoing: [] },
      isolated,
    );
    expect(score).toBe(0.375); // 0.275 + 0.1
    expect(reasons).toEqual([{ kind: SuggestionReasonKind.MEET_AN_ORGANISER, detail: '' }]);
  });

  it('ranks a new circle above one where her friends already go, at the same fit', () => {
    const friends = scoreSuggestion(
      0.7,
      { communities: new Map([[1, 12]]), knownGoing: ['A', 'B'] },
      wellConnected,
    );
    const bridge = scoreSuggestion(
      0.7,
      { communities: new Map([[5, 12]]), knownGoing: [] },
      wellConnected,
    );
    expect(bridge.score).toBeGreaterThan(friends.score);
  });

  it('shows a good fit to the isolated even where she knows no one', () => {
    const { score } = scoreSuggestion(
      0.6,
      { communities: new Map([[4, 9]]), knownGoing: [] },
      isolated,
    );
    expect(score).toBeGreaterThanOrEqual(SHOW_THRESHOLD);
  });

  it('keeps fit and score within 0 to 1', () => {
    expect(
      scoreSuggestion(3, { communities: new Map([[9, 1]]), knownGoing: ['A', 'B'] }, isolated)
        .score,
    ).toBe(1);
    expect(
      scoreSuggestion(-1, { communities: new Map(), knownGoing: [] }, wellConnected).score,
    ).toBe(0);
  });
});

describe('the days that suit her', () => {
  const LONDON = 'Europe/London';
  // Monday 23 and Tuesday 24 March 2026 are before the clocks go forward (29 March): GMT.
  const monday = new Date('2026-03-23T10:00:00Z');
  const tuesday = new Date('2026-03-24T10:00:00Z');
  // Tuesday 31 March is after: 09:00 UTC is 10:00 on the town's clock.
  const tuesdayInSummerTime = new Date('2026-03-31T09:00:00Z');

  it('finds the first start on one of her days, on the town’s clock', () => {
    expect(firstOnHerDays([2], [monday, tuesday], LONDON)).toBe('TU 10:00');
    expect(firstOnHerDays([2, 4], [monday, tuesdayInSummerTime], LONDON)).toBe('TU 10:00');
    // 23:30 UTC on Monday 1 June is 00:30 on Tuesday in London (BST).
    expect(firstOnHerDays([2], [new Date('2026-06-01T23:30:00Z')], LONDON)).toBe('TU 00:30');
    expect(firstOnHerDays([1], [new Date('2026-06-01T23:30:00Z')], LONDON)).toBeNull();
  });

  it('is nothing when none of its dates is on her days, or she has not said which days suit her', () => {
    expect(firstOnHerDays([3, 5], [monday, tuesday], LONDON)).toBeNull();
    expect(firstOnHerDays([], [monday, tuesday], LONDON)).toBeNull();
    expect(firstOnHerDays([2], [], LONDON)).toBeNull();
  });

  it('says so first among the reasons, and leaves the score as it was', () => {
    const circle = { communities: new Map([[1, 4]]), knownGoing: ['Amina'] };
    expect(scoreSuggestion(0.8, circle, wellConnected, 'TU 10:00')).toEqual({
      // 0.55 × 0.8 + 0.075 = 0.515, on her day or not.
      score: 0.515,
      reasons: [
        { kind: SuggestionReasonKind.ON_YOUR_DAY, detail: 'TU 10:00' },
        { kind: SuggestionReasonKind.PEOPLE_YOU_KNOW_GO, detail: 'Amina' },
      ],
      onHerDay: true,
    });
    expect(scoreSuggestion(0.8, circle, wellConnected)).toEqual({
      score: 0.515,
      reasons: [{ kind: SuggestionReasonKind.PEOPLE_YOU_KNOW_GO, detail: 'Amina' }],
      onHerDay: false,
    });
  });

  const ranked = (id: string, score: number, onHerDay: boolean, distanceMetres = 500) => ({
    onHerDay,
    score,
    match: { distanceMetres, session: { id } },
  });

  it('puts every session on her days before the rest, each part best first; the rest stay', () => {
    const order = [
      ranked('a', 0.9, false),
      ranked('b', 0.45, true),
      ranked('c', 0.7, false),
      ranked('d', 0.6, true),
    ].sort(bySuggestionRank);
    expect(order.map(({ match }) => match.session.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('without days, orders by score, then the nearer, then by id', () => {
    const order = [
      ranked('c', 0.6, false, 900),
      ranked('b', 0.6, false, 300),
      ranked('a', 0.6, false, 300),
      ranked('d', 0.8, false, 1200),
    ].sort(bySuggestionRank);
    expect(order.map(({ match }) => match.session.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('equity of reach', () => {
  it('compares the least-connected quarter’s share of what was shown with its share of people', () => {
    // 8 people; the quarter with fewest ties is the two with 0 and 1 ties, who were shown 3 + 3 of 16.
    const recipients = [
      { activeTies: 5, shown: 2 },
      { activeTies: 0, shown: 3 },
      { activeTies: 7, shown: 2 },
      { activeTies: 1, shown: 3 },
      { activeTies: 4, shown: 2 },
      { activeTies: 3, shown: 2 },
      { activeTies: 9, shown: 1 },
      { activeTies: 2, shown: 1 },
    ];
    expect(reachOfLeastConnected(recipients)).toEqual({
      shareOfPeople: 0.25,
      shareOfShown: 6 / 16,
    });
  });

  it('breaks ties among equally connected people by the order given, and rounds the quarter up', () => {
    const recipients = [
      { activeTies: 0, shown: 4 },
      { activeTies: 0, shown: 0 },
      { activeTies: 2, shown: 1 },
      { activeTies: 3, shown: 1 },
      { activeTies: 3, shown: 1 },
    ];
    // ceil(5 / 4) = 2: both with no ties, shown 4 of 7.
    expect(reachOfLeastConnected(recipients)).toEqual({ shareOfPeople: 0.4, shareOfShown: 4 / 7 });
  });

  it('is zero for nobody and for nothing shown', () => {
    expect(reachOfLeastConnected([])).toEqual({ shareOfPeople: 0, shareOfShown: 0 });
    expect(reachOfLeastConnected([{ activeTies: 1, shown: 0 }])).toEqual({
      shareOfPeople: 1,
      shareOfShown: 0,
    });
  });
});
