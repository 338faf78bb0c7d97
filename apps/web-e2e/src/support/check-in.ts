import { localDateTimeOf, TOWN_TIME_ZONE } from '@village/shared';

/** The town's local date and time (HH:MM) of an instant. */
export const townDateTime = (instant: Date) => localDateTimeOf(instant, TOWN_TIME_ZONE);
