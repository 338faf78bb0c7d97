export interface TagListProps {
  /** Names the list for screen readers, e.g. "Accessibility". */
  label: string;
  items: readonly string[];
  tone?: 'neutral' | 'calm';
}

export function TagList({ label, items, tone = 'neutral' }: TagListProps) {
  return (
    <ul className={`ui-tags ui-tags--${tone}`} aria-label={label}>
      {items.map((item) => (
        <li key={item} className="ui-tag">
          {item}
        </li>
      ))}
    </ul>
  );
}
