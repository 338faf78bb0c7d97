import { MEMBERSHIP_WEIGHT_FACTOR, TIE_HALF_LIFE_DAYS, tieWeight } from './tie-weight';

const at = '2026-06-01T00:00:00Z';
const daysBefore = (days: number) => new Date(Date.parse(at) - days * 86_400_000).toISOString();

describe('tieWeight', () => {
  it('halves event evidence every half-life', () => {
    expect(tieWeight(1, at, at, 'CO_ATTENDANCE')).toBe(1);
    expect(tieWeight(0.8, daysBefore(TIE_HALF_LIFE_DAYS), at, 'EXCHANGED_HELP')).toBeCloseTo(
      0.4,
      12,
    );
    expect(
      tieWeight(1, daysBefore(2 * TIE_HALF_LIFE_DAYS), new Date(at), 'INTRODUCED'),
    ).toBeCloseTo(0.25, 12);
    expect(tieWeight(1, daysBefore(60), at, 'NEIGHBOURS')).toBeCloseTo(Math.SQRT1_2, 12);
    expect(tieWeight(1, daysBefore(TIE_HALF_LIFE_DAYS), at, 'SHARED_LANGUAGE')).toBeCloseTo(
      0.5,
      12,
    );
  });

  it('treats evidence from the future as fresh', () => {
    expect(tieWeight(0.6, daysBefore(-30), at, 'CO_ATTENDANCE')).toBe(0.6);
  });

  it('keeps state evidence at full strength however old, membership at its weak factor', () => {
    expect(tieWeight(0.9, daysBefore(3000), at, 'HOUSEHOLD')).toBe(0.9);
    expect(tieWeight(1, daysBefore(3000), at, 'PARTNERSHIP')).toBe(1);
    expect(tieWeight(1, daysBefore(3000), at, 'MEETS_AT')).toBe(1);
    expect(tieWeight(1, daysBefore(3000), at, 'MEMBERSHIP')).toBe(MEMBERSHIP_WEIGHT_FACTOR);
    expect(MEMBERSHIP_WEIGHT_FACTOR).toBe(0.3);
  });

  it('gives 0 for a negative strength and refuses an unreadable date for fading evidence', () => {
    expect(tieWeight(-1, at, at, 'CO_ATTENDANCE')).toBe(0);
    expect(() => tieWeight(1, 'yesterday', at, 'CO_ATTENDANCE')).toThrow(RangeError);
  });
});
