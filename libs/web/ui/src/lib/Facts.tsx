import type { ReactNode } from 'react';

export interface Fact {
  term: string;
  details: ReactNode;
}

/** Label–value pairs (place, ages, cost…) as a description list, each pair kept together. */
export function Facts({ items }: { items: readonly Fact[] }) {
  return (
    <dl className="ui-facts">
      {items.map((item) => (
        <div key={item.term} className="ui-facts__item">
          <dt>{item.term}</dt>
          <dd>{item.details}</dd>
        </div>
      ))}
    </dl>
  );
}
