/** Where the public iCalendar feeds live, relative to the site (the API serves them). */
export const CALENDAR_PREFIX = '/calendar';

export const sessionCalendarPath = (sessionId: string): string =>
  `${CALENDAR_PREFIX}/sessions/${sessionId}.ics`;

export const groupCalendarPath = (slug: string): string =>
  `${CALENDAR_PREFIX}/groups/${encodeURIComponent(slug)}.ics`;

/** A member's private feed of saved sessions; the token is the only key. */
export const privateCalendarPath = (token: string): string => `${CALENDAR_PREFIX}/me/${token}.ics`;
