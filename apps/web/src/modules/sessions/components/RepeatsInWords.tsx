import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import { readRecurrence } from '../utils/recurrence';

/** The first date's ISO weekday (1 is Monday), from its "YYYY-MM-DD". */
function isoWeekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
}

/** How often a session repeats, in words: "Every other Tuesday", "First Saturday of the month". */
export function RepeatsInWords({ rule, startDate }: { rule: string; startDate: string }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const repeats = readRecurrence(rule, isoWeekday(startDate));
  if (!repeats) return null;
  let text;
  if (repeats.every === 'month')
    text = t(`session.repeat.monthly.${repeats.nth === -1 ? 'last' : repeats.nth}`, {
      day: format.weekday(repeats.weekday),
    });
  else {
    const days = format.list(repeats.weekdays.map((day) => format.weekday(day)));
    if (repeats.interval === 1) text = t('session.repeat.weekly', { days });
    else if (repeats.interval === 2) text = t('session.repeat.fortnightly', { days });
    else text = t('session.repeat.weeks', { count: repeats.interval, days });
  }
  return <p className="session-repeats">{text}</p>;
}
