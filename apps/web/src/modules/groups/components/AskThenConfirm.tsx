import { Button } from '@village/ui';
import { useRef, useState, type ReactNode } from 'react';
import { ConfirmStep } from '../../forms/components/ConfirmStep';
import { useFocusOnToggle } from '../../forms/hooks/useFocusOnToggle';

export interface AskThenConfirmProps {
  /** The first button, e.g. "Archive this group". */
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The action; the step closes when it succeeds and shows its refusal when it fails. */
  onConfirm: () => Promise<unknown>;
  busy?: boolean;
  error?: unknown;
  variant?: 'secondary' | 'danger';
  /** What saying yes does, in plain words. */
  children: ReactNode;
}

/** A button that asks first: what it does, then a second explicit press (or a way back). */
export function AskThenConfirm({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  busy,
  error,
  variant = 'secondary',
  children,
}: AskThenConfirmProps) {
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const into = useRef<HTMLDivElement>(null);
  useFocusOnToggle(asking, into, start);
  if (!asking)
    return (
      <Button ref={start} variant={variant} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  return (
    <ConfirmStep
      question={question}
      focusRef={into}
      confirmLabel={confirmLabel}
      cancelLabel={cancelLabel}
      onConfirm={() =>
        void onConfirm().then(
          () => setAsking(false),
          () => undefined,
        )
      }
      onCancel={() => setAsking(false)}
      busy={busy}
      error={error}
    >
      {children}
    </ConfirmStep>
  );
}
