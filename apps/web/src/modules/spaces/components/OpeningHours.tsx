import { EmptyState } from '@village/ui';
import { useTranslation } from 'react-i18next';
import type { SpaceQuery } from '../../../gql/graphql';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

type OpeningPeriod = SpaceQuery['space']['openingHours'][number];

/** A week of opening hours as a table: days in order, a day's periods together ("9:00–12:00, 13:00–17:00"). */
export function OpeningHours({ periods }: { periods: readonly OpeningPeriod[] }) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  if (!periods.length) return <EmptyState>{t('space.noOpeningHours')}</EmptyState>;

  const days = [...new Set(periods.map((period) => period.weekday))].sort((a, b) => a - b);
  return (
    <table className="hours-table">
      <thead>
        <tr>
          <th scope="col">{t('space.day')}</th>
          <th scope="col">{t('space.hours')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((weekday) => (
          <tr key={weekday}>
            <th scope="row">{format.weekday(weekday)}</th>
            <td>
              {format.list(
                periods
                  .filter((period) => period.weekday === weekday)
                  .sort((a, b) => a.opens.localeCompare(b.opens))
                  .map(
                    (period) =>
                      `${format.clockTime(period.opens)}–${format.clockTime(period.closes)}`,
                  ),
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
