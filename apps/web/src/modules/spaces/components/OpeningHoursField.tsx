import { Button } from '@village/ui';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import type { OpeningDraft } from '../utils/space-draft';

export interface OpeningHoursFieldProps {
  periods: readonly OpeningDraft[];
  error?: string;
  onChange: (periods: OpeningDraft[]) => void;
  /** Focused when the hours have a problem. */
  ref?: Ref<HTMLFieldSetElement>;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A space's opening hours as rows of day, opens and closes; rows are added and removed with buttons. */
export function OpeningHoursField({ periods, error, onChange, ref }: OpeningHoursFieldProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const update = (index: number, change: Partial<OpeningDraft>) =>
    onChange(periods.map((period, i) => (i === index ? { ...period, ...change } : period)));

  return (
    <fieldset
      ref={ref}
      tabIndex={-1}
      className="ui-choices"
      aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
    >
      <legend className="ui-field__label">{t('stewards.form.openingHours')}</legend>
      <div id={`${id}-hint`} className="ui-field__hint">
        {t('stewards.form.openingHoursHint')}
      </div>
      {error ? (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      ) : null}
      {periods.map((period, index) => {
        const row = index + 1;
        return (
          <div key={index} className="row-with-action">
            <label>
              <span className="ui-field__label">{t('stewards.form.day', { row })}</span>
              <select
                className="ui-field__input"
                value={period.weekday}
                onChange={(event) => update(index, { weekday: event.target.value })}
              >
                {WEEKDAYS.map((weekday) => (
                  <option key={weekday} value={String(weekday)}>
                    {format.weekday(weekday)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="ui-field__label">{t('stewards.form.opens', { row })}</span>
              <input
                className="ui-field__input"
                type="time"
                value={period.opens}
                onChange={(event) => update(index, { opens: event.target.value })}
              />
            </label>
            <label>
              <span className="ui-field__label">{t('stewards.form.closes', { row })}</span>
              <input
                className="ui-field__input"
                type="time"
                value={period.closes}
                onChange={(event) => update(index, { closes: event.target.value })}
              />
            </label>
            <Button
              variant="secondary"
              aria-label={t('stewards.form.removeHours', { row })}
              onClick={() => onChange(periods.filter((_, i) => i !== index))}
            >
              {t('stewards.form.remove')}
            </Button>
          </div>
        );
      })}
      <div className="form__actions">
        <Button
          variant="secondary"
          onClick={() => onChange([...periods, { weekday: '1', opens: '09:00', closes: '17:00' }])}
        >
          {t('stewards.form.addHours')}
        </Button>
      </div>
    </fieldset>
  );
}
