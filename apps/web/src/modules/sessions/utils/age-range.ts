import type { TFunction } from 'i18next';

/** The API's upper bound for ages: 18 years. */
const OLDEST_MONTHS = 216;

/**
 * Who a session is for, in words: "Pregnancy", "Pregnancy to 12 months", "3–12 months", "1–4 years".
 * Negative months are pregnancy (months until due). Whole-year ranges from two years up read as years;
 * anything else stays in months, as parents count a baby's age.
 */
export function ageRangeLabel(minMonths: number, maxMonths: number, t: TFunction): string {
  if (maxMonths <= 0) return t('age.pregnancy');
  if (minMonths <= 0 && maxMonths >= OLDEST_MONTHS) return t('age.allAges');
  const inYears =
    maxMonths >= 24 && maxMonths % 12 === 0 && (minMonths < 0 || minMonths % 12 === 0);
  if (minMonths < 0) {
    return inYears
      ? t('age.pregnancyToYears', { count: maxMonths / 12 })
      : t('age.pregnancyToMonths', { count: maxMonths });
  }
  return inYears
    ? t('age.yearsRange', { min: minMonths / 12, count: maxMonths / 12 })
    : t('age.monthsRange', { min: minMonths, count: maxMonths });
}
