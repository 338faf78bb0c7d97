import type { ReactNode, Ref } from 'react';

export interface FormErrorProps {
  children: ReactNode;
  /** The form moves focus here when it cannot go on, so the message is read at once. */
  ref?: Ref<HTMLDivElement>;
}

/** Why a form could not be sent, as a whole (not one field's problem): announced and focusable. */
export function FormError({ children, ref }: FormErrorProps) {
  return (
    <div ref={ref} className="ui-state ui-state--error ui-form-error" role="alert" tabIndex={-1}>
      {children}
    </div>
  );
}

/**
 * Something worked ("Saved", "Password changed"): announced politely. Keep it mounted and change its
 * text, since screen readers announce changes to a live region more reliably than new ones; empty, it
 * takes no room.
 */
export function Notice({ children }: { children?: ReactNode }) {
  return (
    <div className="ui-notice" role="status">
      {children}
    </div>
  );
}
