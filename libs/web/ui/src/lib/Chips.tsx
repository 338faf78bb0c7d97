import type { ReactNode } from 'react';

export interface Chip {
  key: string;
  text: string;
  /** A decorative picture beside the words; hidden from assistive technology (the words say it). */
  icon?: ReactNode;
}

export interface ChipListProps {
  /** Names the list for screen readers, e.g. "Why it matches". */
  label: string;
  items: readonly Chip[];
  tone?: 'neutral' | 'calm' | 'outline';
}

/** Short labelled facts (reasons, features) as a wrapping row of pills, each with optional icon. */
export function ChipList({ label, items, tone = 'neutral' }: ChipListProps) {
  return (
    <ul className={`ui-tags ui-tags--${tone} ui-chips`} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className="ui-tag ui-chip">
          {item.icon ? (
            <span className="ui-chip__icon" aria-hidden="true">
              {item.icon}
            </span>
          ) : null}
          <span>{item.text}</span>
        </li>
      ))}
    </ul>
  );
}
