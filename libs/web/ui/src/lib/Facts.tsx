import type { ReactNode } from 'react';

export interface Fact {
  term: string;
  details: ReactNode;
  /** Takes a whole row, for long details such as a list of dates. */
  wide?: boolean;
}

/** Label–value pairs (place, ages, cost…) as a description list, each pair kept together. */
export function Facts({ items }: { items: readonly Fact[] }) {
  return (
    <dl className="ui-facts">
      {items.map((item) => (
        <div
          key={item.term}
          className={item.wide ? 'ui-facts__item ui-facts__item--wide' : 'ui-facts__item'}
        >
          <dt>{item.term}</dt>
          <dd>{item.details}</dd>
        </div>
      ))}
    </dl>
  );
}
