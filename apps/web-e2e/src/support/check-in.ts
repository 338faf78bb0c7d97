import { dateTimeFormat, localDateOf, TOWN_TIME_ZONE } from '@village/shared';

/** The town's local date and time (HH:MM) of an instant. */
export function townDateTime(instant: Date): { date: string; time: string } {
  const time = dateTimeFormat({
    timeZone: TOWN_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return { date: localDateOf(instant, TOWN_TIME_ZONE), time: time.format(instant) };
}
