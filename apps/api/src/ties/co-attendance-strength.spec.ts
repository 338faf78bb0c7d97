import { coAttendanceStrength } from './co-attendance-strength';

describe('how shared dates strengthen a co-attendance tie', () => {
  it('starts at 0.5 at three dates and closes 40% of the gap to 1 with each further one', () => {
    expect(coAttendanceStrength(3)).toBeCloseTo(0.5);
    expect(coAttendanceStrength(4)).toBeCloseTo(0.7);
    expect(coAttendanceStrength(5)).toBeCloseTo(0.82);
    expect(coAttendanceStrength(60)).toBeLessThanOrEqual(1);
    expect(coAttendanceStrength(60)).toBeGreaterThan(0.99);
  });
});
