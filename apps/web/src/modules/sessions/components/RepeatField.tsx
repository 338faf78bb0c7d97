import { nextOccurrences, recurrenceRuleProblem, TOWN_TIME_ZONE } from '@village/shared';
import { RadioGroup, SelectField, TextField } from '@village/ui';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';
import {
  firstDateFor,
  type MonthWeek,
  type RepeatChoices,
  type RepeatEnds,
  type RepeatFrequency,
} from '../utils/recurrence-builder';
import { NextDates } from './NextDates';
import { RepeatsInWords } from './RepeatsInWords';

const FREQUENCIES: RepeatFrequency[] = ['weekly', 'fortnightly', 'monthly'];
const ENDS: RepeatEnds[] = ['never', 'on', 'after'];
const WEEKS: MonthWeek[] = [1, 2, 3, 4, -1];
const PREVIEW = 5;

export interface RepeatFieldProps {
  choices: RepeatChoices;
  /** A stored rule the builder cannot show, kept until new choices are made. */
  keptRule: string | null;
  rule: string;
  startDate: string;
  startTime: string;
  durationMinutes: number;
  onChange: (choices: RepeatChoices) => void;
  error?: string;
  ref?: Ref<HTMLInputElement>;
  /** When the preview starts (now, unless a test says). */
  now?: Date;
}

/**
 * The recurrence builder: weekly, fortnightly or monthly on the nth weekday, ending never, on a
 * date or after a number of times; the rule in words and the next dates, worked out here with the
 * same rules the API uses (libs/shared).
 */
export function RepeatField({
  choices,
  keptRule,
  rule,
  startDate,
  startTime,
  durationMinutes,
  onChange,
  error,
  ref,
  now = new Date(),
}: RepeatFieldProps) {
  const { t } = useTranslation();
  const format = useLocaleFormat();
  const set = (change: Partial<RepeatChoices>) => onChange({ ...choices, ...change });
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: format.weekday(day),
  }));
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(startDate);
  const validTime = /^\d{2}:\d{2}$/.test(startTime);
  const preview =
    validDate && validTime && !recurrenceRuleProblem(rule)
      ? nextOccurrences(
          {
            rule,
            startDate,
            startTime,
            durationMinutes: durationMinutes || 60,
            timeZone: TOWN_TIME_ZONE,
          },
          now,
          PREVIEW,
        ).map((o) => o.start.toISOString())
      : [];
  const moved = validDate && !keptRule ? firstDateFor(choices, startDate) !== startDate : false;

  return (
    <fieldset className="ui-choices repeat-field">
      <legend>{t('publish.repeat.legend')}</legend>
      {keptRule ? (
        <p className="field-hint">{t('publish.repeat.kept', { rule: keptRule })}</p>
      ) : null}
      <RadioGroup
        ref={ref}
        legend={t('publish.repeat.how')}
        error={error}
        options={FREQUENCIES.map((value) => ({ value, label: t(`publish.repeat.${value}`) }))}
        value={keptRule ? '' : choices.frequency}
        onChange={(value) => set({ frequency: value as RepeatFrequency })}
      />
      {choices.frequency === 'monthly' ? (
        <SelectField
          label={t('publish.repeat.whichWeek')}
          value={String(choices.nth)}
          options={WEEKS.map((nth) => ({
            value: String(nth),
            label: t(`publish.repeat.week.${nth === -1 ? 'last' : nth}`),
          }))}
          onChange={(value) => set({ nth: Number(value) as MonthWeek })}
        />
      ) : null}
      <SelectField
        label={t('publish.repeat.weekday')}
        value={String(choices.weekday)}
        options={weekdays}
        onChange={(value) => set({ weekday: Number(value) })}
      />
      <RadioGroup
        legend={t('publish.repeat.ends')}
        options={ENDS.map((value) => ({ value, label: t(`publish.repeat.endsOptions.${value}`) }))}
        value={choices.ends}
        onChange={(value) => set({ ends: value as RepeatEnds })}
      />
      {choices.ends === 'on' ? (
        <TextField
          label={t('publish.repeat.until')}
          type="date"
          min={startDate}
          inputClassName="ui-field__input--short"
          value={choices.until}
          onChange={(event) => set({ until: event.target.value })}
        />
      ) : null}
      {choices.ends === 'after' ? (
        <TextField
          label={t('publish.repeat.count')}
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          inputClassName="ui-field__input--short"
          value={choices.count}
          onChange={(event) => set({ count: event.target.value })}
        />
      ) : null}
      <section
        className="repeat-preview"
        aria-live="polite"
        aria-labelledby="repeat-preview-heading"
      >
        <h3 id="repeat-preview-heading">{t('publish.repeat.preview')}</h3>
        {validDate ? <RepeatsInWords rule={rule} startDate={startDate} /> : null}
        {moved ? <p className="field-hint">{t('publish.repeat.firstDateMoves')}</p> : null}
        <NextDates starts={preview} durationMinutes={durationMinutes || 60} />
      </section>
    </fieldset>
  );
}
