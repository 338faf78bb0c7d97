import { useState, type ChangeEvent } from 'react';
import { useFormErrors } from './useFormErrors';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** What `bind` gives a TextField or TextAreaField. */
export interface TextFieldBinding {
  ref: (element: TextControl | null) => void;
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<TextControl>) => void;
}

/**
 * Text fields' values with their errors (useFormErrors): `bind(name)` gives a TextField everything it
 * needs (value, error, focus ref) and forgets the field's error as soon as the person changes it.
 * `order` is every field's order on the page, for focusing the first error; it may name fields whose
 * values live elsewhere (`Other`, such as a profile draft's), which then use `register` and `clear`.
 */
export function useFormFields<Field extends string, Other extends string = never>(
  initial: Record<Field, string>,
  order: readonly (Field | Other)[] = Object.keys(initial) as Field[],
) {
  const [values, setValues] = useState(initial);
  const form = useFormErrors<Field | Other>(order);
  const { clear, register } = form;
  return {
    ...form,
    values,
    /** Empties the fields again (after a password was changed, say). */
    reset: () => setValues(initial),
    bind: (field: Field): TextFieldBinding => ({
      ref: register(field),
      value: values[field],
      error: form.errors[field],
      onChange: (event: ChangeEvent<TextControl>) => {
        const value = event.target.value;
        setValues((current) => ({ ...current, [field]: value }));
        clear(field);
      },
    }),
  };
}
