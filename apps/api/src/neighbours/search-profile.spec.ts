import { SEARCH_PROFILE_CHANGES_PER_DAY, searchProfileAt } from './search-profile';

const now = new Date('2026-12-07T10:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const live = { languages: ['ur', 'en'], dueMonth: null, childBirthMonths: ['2026-09-01'] };

describe('searchProfileAt', () => {
  it('takes the first copy from the profile, not counting it as a change', () => {
    expect(searchProfileAt(null, live, now)).toEqual({
      profile: { ...live, takenAt: now, changedAt: [] },
      renewed: true,
    });
  });

  it('keeps the copy while the profile is the same, in any order', () => {
    const stored = { ...live, takenAt: hoursAgo(30), changedAt: [] };
    expect(searchProfileAt(stored, { ...live, languages: ['en', 'ur'] }, now)).toEqual({
      profile: stored,
      renewed: false,
    });
  });

  it(`renews it after a change ${SEARCH_PROFILE_CHANGES_PER_DAY} times a day, then keeps it for a day`, () => {
    const changed = { ...live, languages: ['pl'] };
    const once = { ...live, takenAt: hoursAgo(2), changedAt: [hoursAgo(2)] };
    expect(searchProfileAt(once, changed, now)).toEqual({
      profile: { ...changed, takenAt: now, changedAt: [hoursAgo(2), now] },
      renewed: true,
    });
    const twice = { ...live, takenAt: hoursAgo(1), changedAt: [hoursAgo(23), hoursAgo(1)] };
    expect(searchProfileAt(twice, changed, now)).toEqual({ profile: twice, renewed: false });
    const dayOld = { ...twice, changedAt: [hoursAgo(25), hoursAgo(1)] };
    expect(searchProfileAt(dayOld, changed, now)).toEqual({
      profile: { ...changed, takenAt: now, changedAt: [hoursAgo(1), now] },
      renewed: true,
    });
  });
});
