/** Where to get a public calendar feed: the file to download, and the same feed to subscribe to. */
export interface CalendarLinks {
  /** Same-origin path of the .ics file (the API's `icalUrl`). */
  download: string;
  /** `webcal://` address a calendar app subscribes to, so it keeps up with changes. */
  subscribe: string;
}

/** Builds both links from the feed's path and where the page is served from. */
export function calendarLinks(
  icalUrl: string,
  location: Pick<Location, 'host'> = window.location,
): CalendarLinks {
  const path = icalUrl.startsWith('/') ? icalUrl : `/${icalUrl}`;
  return { download: path, subscribe: `webcal://${location.host}${path}` };
}
