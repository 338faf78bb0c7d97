import type { ReactNode } from 'react';

/** A self-contained item in a list: a group, a session, a help post. */
export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <article className={['ui-card', className].filter(Boolean).join(' ')}>{children}</article>;
}
