import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';

export interface FieldFrameProps {
  label: string;
  /** Help shown under the label, before anything goes wrong. */
  hint?: ReactNode;
  /** What is wrong, in words; the control is then marked invalid and described by it. */
  error?: string | null;
  className?: string;
  children: (control: {
    id: string;
    'aria-describedby': string | undefined;
    'aria-invalid': true | undefined;
  }) => ReactNode;
}

/** Ids for a control's hint and error, and the `aria-describedby` naming them (error first). */
function useDescriptions(hint: ReactNode, error: string | null | undefined) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** The hint and the error under a question, with the ids `useDescriptions` gave them. */
function Descriptions({
  hint,
  error,
  hintId,
  errorId,
}: {
  hint: ReactNode;
  error: string | null | undefined;
  hintId: string | undefined;
  errorId: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <div id={hintId} className="ui-field__hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="ui-field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Label, hint and error around one control, tied to it with for/id and aria-describedby. */
export function FieldFrame({ label, hint, error, className, children }: FieldFrameProps) {
  const { id, hintId, errorId, describedBy } = useDescriptions(hint, error);
  const classes = ['ui-field', error ? 'ui-field--invalid' : null, className];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <label className="ui-field__label" htmlFor={id}>
        {label}
      </label>
      <Descriptions hint={hint} error={error} hintId={hintId} errorId={errorId} />
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}

type FrameProps = Omit<FieldFrameProps, 'children'>;

export interface TextFieldProps
  extends FrameProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  ref?: Ref<HTMLInputElement>;
  inputClassName?: string;
}

/** A text input (email, password, month…) with its visible label, hint and error. */
/** Emails, passwords and YYYY-MM months are written left to right, even on a right-to-left page. */
const LEFT_TO_RIGHT_TYPES = new Set(['email', 'password', 'month', 'tel', 'url']);

export function TextField({
  label,
  hint,
  error,
  className,
  inputClassName,
  ref,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          ref={ref}
          type={type}
          dir={LEFT_TO_RIGHT_TYPES.has(type) ? 'ltr' : undefined}
          className={['ui-field__input', inputClassName].filter(Boolean).join(' ')}
          {...input}
          {...control}
        />
      )}
    </FieldFrame>
  );
}

export interface TextAreaFieldProps
  extends FrameProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  ref?: Ref<HTMLTextAreaElement>;
}

/** Several lines of the person's own words, with its visible label, hint and error. */
export function TextAreaField({
  label,
  hint,
  error,
  className,
  ref,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea ref={ref} rows={rows} className="ui-field__input" {...textarea} {...control} />
      )}
    </FieldFrame>
  );
}

export interface CheckboxOption {
  value: string;
  label: ReactNode;
}

export interface CheckboxGroupProps {
  legend: string;
  hint?: ReactNode;
  options: readonly CheckboxOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  className?: string;
}

/** Several independent choices under one question: a fieldset, so the question is read with each. */
export function CheckboxGroup({
  legend,
  hint,
  options,
  values,
  onChange,
  className,
}: CheckboxGroupProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange(
      checked
        ? options.map((o) => o.value).filter((v) => v === value || values.includes(v))
        : values.filter((v) => v !== value),
    );
  return (
    <fieldset
      className={['ui-choices', className].filter(Boolean).join(' ')}
      aria-describedby={hintId}
    >
      <legend className="ui-field__label">{legend}</legend>
      {hint ? (
        <div id={hintId} className="ui-field__hint">
          {hint}
        </div>
      ) : null}
      <div className="ui-choices__options">
        {options.map((option) => (
          <label key={option.value} className="ui-choice">
            <input
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface RadioGroupProps {
  legend: string;
  hint?: ReactNode;
  /** What is wrong, in words; read with the question. */
  error?: string | null;
  options: readonly CheckboxOption[];
  /** The chosen value; empty when nothing is chosen yet. */
  value: string;
  onChange: (value: string) => void;
  className?: string;
  /** Given the first option, so a form can move the focus here when the question needs an answer. */
  ref?: Ref<HTMLInputElement>;
}

/** One choice among a few, all visible: a fieldset of real radio buttons (arrow keys move between them). */
export function RadioGroup({
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  className,
  ref,
}: RadioGroupProps) {
  const { id, hintId, errorId, describedBy } = useDescriptions(hint, error);
  const classes = ['ui-choices', error ? 'ui-field--invalid' : null, className];
  return (
    <fieldset className={classes.filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend className="ui-field__label">{legend}</legend>
      <Descriptions hint={hint} error={error} hintId={hintId} errorId={errorId} />
      <div className="ui-choices__options">
        {options.map((option, index) => (
          <label key={option.value} className="ui-choice">
            <input
              ref={index === 0 ? ref : undefined}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
