import { calendarLinks } from './calendar-links';

describe('calendarLinks', () => {
  it('downloads from the site and subscribes over webcal on the same host', () => {
    expect(calendarLinks('/calendar/groups/bumps.ics', { host: 'village.example:8443' })).toEqual({
      download: '/calendar/groups/bumps.ics',
      subscribe: 'webcal://village.example:8443/calendar/groups/bumps.ics',
    });
  });

  it('uses the page’s own address by default', () => {
    expect(calendarLinks('calendar/sessions/s1.ics').subscribe).toBe(
      `webcal://${window.location.host}/calendar/sessions/s1.ics`,
    );
  });
});
