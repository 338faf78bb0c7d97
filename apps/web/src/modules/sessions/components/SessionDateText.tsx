import { useLocaleFormat } from '../../locale/hooks/useLocaleFormat';

export interface SessionDateTextProps {
  date: { startsAt: string; endsAt: string; cancelled: boolean };
}

/** "Tuesday 19 January, 10:00–11:30" in the reader's language; struck through when called off. */
export function SessionDateText({ date }: SessionDateTextProps) {
  const format = useLocaleFormat();
  const text = (
    <time dateTime={date.startsAt}>{format.dayAndTimeRange(date.startsAt, date.endsAt)}</time>
  );
  return date.cancelled ? <s>{text}</s> : text;
}
