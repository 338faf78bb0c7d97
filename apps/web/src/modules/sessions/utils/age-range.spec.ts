import { createI18n } from '../../../i18n/i18n';
import { ageRangeLabel } from './age-range';

describe('ageRangeLabel', () => {
  const { t } = createI18n('en');

  it.each([
    [0, 6, '0–6 months'],
    [3, 12, '3–12 months'],
    [0, 1, '0–1 month'],
    [6, 36, '6–36 months'],
    [12, 48, '1–4 years'],
    [0, 60, '0–5 years'],
    [-9, -1, 'Pregnancy'],
    [-9, 0, 'Pregnancy'],
    [-6, 12, 'Pregnancy to 12 months'],
    [-9, 36, 'Pregnancy to 3 years'],
    [0, 216, 'All ages'],
  ])('describes %i to %i months as "%s"', (min, max, expected) => {
    expect(ageRangeLabel(min, max, t)).toBe(expected);
  });

  it('uses Polish plural forms', () => {
    const pl = createI18n('pl').t;
    expect(ageRangeLabel(0, 1, pl)).toBe('Od 0 do 1 miesiąca');
    expect(ageRangeLabel(0, 3, pl)).toBe('Od 0 do 3 miesięcy');
    expect(ageRangeLabel(12, 36, pl)).toBe('Od 1 do 3 lat');
    expect(ageRangeLabel(-9, 12, pl)).toBe('Od ciąży do 12 miesięcy');
  });

  it('writes Urdu ranges in Urdu', () => {
    const ur = createI18n('ur').t;
    expect(ageRangeLabel(3, 12, ur)).toBe('3 سے 12 ماہ تک');
    expect(ageRangeLabel(-9, -1, ur)).toBe('دورانِ حمل');
  });
});
