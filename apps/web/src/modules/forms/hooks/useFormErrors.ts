import { useEffect, useState, type ReactNode } from 'react';

type Focusable = { focus: () => void } | null;

const FORM = Symbol('the whole form');

/**
 * Errors of a form's fields, and focus on the first of them after each failed attempt, so keyboard
 * and screen reader users land on what needs fixing (its message is read with it, through
 * aria-describedby). `order` is the fields' order on the page. A problem with the form as a whole
 * (the API refused it) goes in `formError`, shown in a FormError that gets the focus instead.
 */
export function useFormErrors<Field extends string>(order: readonly Field[]) {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<ReactNode>(null);
  // A new object on every failed attempt, so the same field is focused again on a second try.
  const [focusRequest, setFocusRequest] = useState<{ field: Field | typeof FORM } | null>(null);
  // The controls, filled in by ref callbacks after render. Kept in state rather than a ref because
  // the callbacks that fill it are handed out during render.
  const [elements] = useState(() => new Map<Field | typeof FORM, Focusable>());

  useEffect(() => {
    if (focusRequest) elements.get(focusRequest.field)?.focus();
  }, [focusRequest]);

  return {
    errors,
    formError,
    /** Shows these errors (replacing the last ones) and focuses the first; true when there are any. */
    report(next: Partial<Record<Field, string | null | undefined>>): boolean {
      setFormError(null);
      const shown: Partial<Record<Field, string>> = {};
      for (const field of order) {
        const message = next[field];
        if (message) shown[field] = message;
      }
      setErrors(shown);
      const first = order.find((field) => shown[field]);
      if (first) setFocusRequest({ field: first });
      return first !== undefined;
    },
    /** Shows why the form as a whole failed (null hides it) and focuses the message. */
    reportForm(message: ReactNode): void {
      setFormError(message);
      if (message) setFocusRequest({ field: FORM });
    },
    /** The ref for the FormError element. */
    attachFormError(element: Focusable): void {
      elements.set(FORM, element);
    },
    /** Forgets one field's error, e.g. once the person changes it. */
    clear(field: Field): void {
      setErrors((current) => {
        if (!current[field]) return current;
        const rest = { ...current };
        delete rest[field];
        return rest;
      });
    },
    /** A ref callback that lets the hook focus this field's control. */
    register(field: Field) {
      return (element: Focusable) => {
        elements.set(field, element);
      };
    },
  };
}
