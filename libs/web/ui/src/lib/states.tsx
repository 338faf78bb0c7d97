import type { ReactNode } from 'react';
import { Button } from './Button';

/** Announced politely by screen readers, so waiting is not silent. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="ui-state ui-state--loading" role="status">
      <span className="ui-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="ui-state ui-state--empty">{children}</p>;
}

export interface ErrorStateProps {
  /** Left out when a heading nearby already says it. */
  title?: string;
  /** Written for people: the server's human message or our own, never a stack trace. */
  message: string;
  retryLabel?: string;
  onRetry?: () => void;
}

export function ErrorState({ title, message, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <div className="ui-state ui-state--error" role="alert">
      {title ? <p className="ui-state__title">{title}</p> : null}
      <p>{message}</p>
      {onRetry && retryLabel ? (
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}
