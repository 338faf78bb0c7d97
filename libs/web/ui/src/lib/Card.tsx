import type { ReactNode } from 'react';

export interface CardProps {
  children: ReactNode;
  className?: string;
  /** Id of the card's heading, which then names the card for assistive technology. */
  labelledBy?: string;
}

/** A self-contained item in a list: a group, a session, a help post. */
export function Card({ children, className, labelledBy }: CardProps) {
  return (
    <article
      className={['ui-card', className].filter(Boolean).join(' ')}
      aria-labelledby={labelledBy}
    >
      {children}
    </article>
  );
}
