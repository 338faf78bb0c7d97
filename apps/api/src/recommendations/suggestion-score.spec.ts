import { SuggestionReasonKind } from '@village/shared';
import {
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
    expect(mostlyHers).toEqual({ score: 0.503, reasons: [] });
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
