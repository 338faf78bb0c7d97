import { Button } from '@village/ui';
import { useId, type ReactNode, type RefObject } from 'react';
import { ActionError } from '../../errors/components/ActionError';

export interface ConfirmStepProps {
  /** The question, which names the group: "Withdraw this post?", "Remove it?"… */
  question: string;
  /** Shows the question as a heading too (otherwise it is only the group's name). */
  showQuestion?: boolean;
  /**
   * What takes the focus when the step opens (see useFocusOnToggle): the heading when the question
   * is shown, otherwise the group itself, which screen readers then announce by its question.
   */
  focusRef?: RefObject<HTMLElement | null>;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirmed action is under way. */
  busy?: boolean;
  /** Why the confirmed action failed, said under the buttons. */
  error?: unknown;
  /** What saying yes does, in plain words (and anything to fill in first). */
  children: ReactNode;
}

/** The second step of "ask, then confirm": what it does, then a danger button and a way back. */
export function ConfirmStep({
  question,
  showQuestion = false,
  focusRef,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy,
  error,
  children,
}: ConfirmStepProps) {
  const questionId = useId();
  return (
    <div
      className="confirm"
      role="group"
      aria-label={showQuestion ? undefined : question}
      aria-labelledby={showQuestion ? questionId : undefined}
      ref={showQuestion ? undefined : (focusRef as RefObject<HTMLDivElement | null> | undefined)}
      tabIndex={!showQuestion && focusRef ? -1 : undefined}
    >
      {showQuestion ? (
        <h3
          id={questionId}
          ref={focusRef as RefObject<HTMLHeadingElement | null> | undefined}
          tabIndex={-1}
        >
          {question}
        </h3>
      ) : null}
      {children}
      <div className="section-actions">
        <Button variant="danger" aria-busy={busy || undefined} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
      <ActionError error={error} />
    </div>
  );
}
