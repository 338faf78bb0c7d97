import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFor } from '../../../i18n/languages';
import * as format from '../utils/format';

/** The formatters, bound to the language currently chosen. */
export function useLocaleFormat() {
  const { t, i18n } = useTranslation();
  const locale = languageFor(i18n.resolvedLanguage ?? i18n.language).intlLocale;
  return useMemo(() => {
    // Names Intl does not know (British Sign Language) are translated by us.
    const ownLanguageNames: Record<string, string> = t('languageNames', { returnObjects: true });
    return {
      locale,
      day: (iso: string) => format.formatDay(iso, locale),
      shortDay: (dayKey: string) => format.formatShortDay(dayKey, locale),
      date: (iso: string) => format.formatDate(iso, locale),
      dayAndTimeRange: (startIso: string, endIso: string) =>
        format.formatDayAndTimeRange(startIso, endIso, locale),
      timeRange: (startIso: string, endIso: string) =>
        format.formatTimeRange(startIso, endIso, locale),
      weekday: (isoWeekday: number) => format.weekdayName(isoWeekday, locale),
      clockTime: (hhmm: string) => format.formatClockTime(hhmm, locale),
      cost: (pence: number) =>
        pence === 0 ? t('session.free') : format.formatPence(pence, locale),
      languageName: (code: string) =>
        ownLanguageNames[code] ?? format.intlLanguageName(code, locale) ?? code,
      list: (items: readonly string[]) => format.formatList(items, locale),
      dateTime: (iso: string) => format.formatDateTime(iso, locale),
      time: (iso: string) => format.formatTime(iso, locale),
      month: (yyyyMm: string) => format.formatMonth(yyyyMm, locale),
      age: (months: number) => format.formatAge(months, locale),
      distance: (metres: number) => format.formatDistance(metres, locale),
      minutes: (minutes: number) => format.formatMinutes(minutes, locale),
      number: (value: number) => new Intl.NumberFormat(locale).format(value),
    };
  }, [locale, t]);
}
