import { CheckboxGroup } from '@village/ui';
import type { ReactNode } from 'react';
import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export interface WeekdaysFieldProps {
  legend: string;
  hint?: ReactNode;
  /** ISO weekdays, 1 = Monday … 7 = Sunday; given back in week order. */
  values: readonly number[];
  onChange: (weekdays: number[]) => void;
}

/** Monday to Sunday as checkboxes under one question, each day named in the page's language. */
export function WeekdaysField({ legend, hint, values, onChange }: WeekdaysFieldProps) {
  const format = useLocaleFormat();
  return (
    <CheckboxGroup
      legend={legend}
      hint={hint}
      options={WEEKDAYS.map((day) => ({ value: String(day), label: format.weekday(day) }))}
      values={values.map(String)}
      onChange={(days) => onChange(days.map(Number))}
    />
  );
}
