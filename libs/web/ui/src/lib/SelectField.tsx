import type { Ref } from 'react';
import { FieldFrame, type FieldFrameProps } from './fields';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: readonly SelectOption[];
}

export interface SelectFieldProps extends Omit<FieldFrameProps, 'children'> {
  value: string;
  options: readonly SelectOption[];
  /** Further options under headings (<optgroup>), after the plain ones. */
  groups?: readonly SelectOptionGroup[];
  onChange: (value: string) => void;
  ref?: Ref<HTMLSelectElement>;
}

const renderOptions = (options: readonly SelectOption[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/** A native <select> with its visible label: the most robust control on phones and with screen readers. */
export function SelectField({
  label,
  hint,
  error,
  className,
  value,
  options,
  groups = [],
  onChange,
  ref,
}: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select
          ref={ref}
          className="ui-field__select"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...control}
        >
          {renderOptions(options)}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {renderOptions(group.options)}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
