import type { ReactNode } from 'react';

/** First focusable element on every page: lets keyboard users jump past the header. */
export function SkipLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="ui-skip-link" href={href}>
      {children}
    </a>
  );
}
