import { occurrencesBetween } from '@village/shared';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scheduleOf } from '../src/sessions/sessions.service';
import { parseFeed } from '../src/calendar/testing';
import { SessionEntity } from '../src/sessions/session.entity';
import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const FROM = new Date('2026-09-01T00:00:00Z');
const TO = new Date('2027-09-01T00:00:00Z');
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('public iCalendar feeds of sessions and groups', () => {
  let api: TestApi;
  let organiser: Member;
  let webDist: string;
  let group: { id: string; slug: string; icalUrl: string };
  let tuesdays: { id: string; icalUrl: string };
  let saturdays: { id: string };

  beforeAll(async () => {
    // Served like production, with the web app answering unknown paths, to prove feeds are not swallowed.
    webDist = await mkdtemp(join(tmpdir(), 'village-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Village</title>');
    api = await startTestApi({ webDist });
    organiser = await api.signUp('Organiser O.');
    const created = await createGroup(organiser, {
      name: 'Bumps and Babies',
      description: 'Parents-to-be and babies up to a year.',
    });
    const space = await createSpace(organiser);
    tuesdays = (await createSession(organiser, {
      groupId: created.id,
      spaceId: space.id,
      title: 'Baby massage',
      description: 'Bring a towel.',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      startDate: '2026-09-01',
      startTime: '10:00',
      durationMinutes: 60,
    })) as unknown as { id: string; icalUrl: string };
    saturdays = await createSession(organiser, {
      groupId: created.id,
      spaceId: space.id,
      title: 'Dads’ breakfast',
      recurrence: 'FREQ=MONTHLY;BYDAY=1SA',
      startDate: '2026-09-05',
      startTime: '09:30',
    });
    // Cancelled dates are not editable through GraphQL yet.
    await api.dataSource.query(`UPDATE session SET cancelled_dates = $2 WHERE id = $1`, [
      tuesdays.id,
      ['2026-10-27', '2026-12-29', '2027-03-30'],
    ]);
    const result = await api.gql(
      graphql(`
        query CalendarsGroup($id: ID!, $session: ID!) {
          group(id: $id) {
            id
            slug
            icalUrl
          }
          session(id: $session) {
            id
            icalUrl
          }
        }
      `),
      { id: created.id, session: tuesdays.id },
    );
    expect(result.errors).toBeUndefined();
    group = result.data!['group'];
    tuesdays = result.data!['session'];
  });
  afterAll(async () => {
    await api?.close();
    await rm(webDist, { recursive: true, force: true });
  });

  const fetchFeed = (path: string) => fetch(`${api.url}${path}`);
  /** What libs/shared expands for the stored session over the same window. */
  const villageStarts = async (id: string) => {
    const row = await api.dataSource.getRepository(SessionEntity).findOneByOrFail({ id });
    return iso(occurrencesBetween(scheduleOf(row), FROM, TO, 1000).map((o) => o.start));
  };

  it('gives sessions and groups their feed addresses through GraphQL, to anyone', () => {
    expect(tuesdays.icalUrl).toBe(`/calendar/sessions/${tuesdays.id}.ics`);
    expect(group.icalUrl).toBe(`/calendar/groups/${group.slug}.ics`);
  });

  it('serves a session feed as an inline text/calendar file that can be cached', async () => {
    const response = await fetchFeed(tuesdays.icalUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="session-${tuesdays.id}.ics"`,
    );
    // The security headers still apply.
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await response.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('X-WR-CALNAME:Baby massage');
  });

  it('keeps a Tuesday 10:00 session at 10:00 London time across the October and March clock changes, without its cancelled dates', async () => {
    const ics = await (await fetchFeed(tuesdays.icalUrl)).text();
    const { calendar, events } = parseFeed(ics, FROM, TO);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/London',
    );
    expect(events).toHaveLength(1);
    const starts = iso(events[0]!.starts);

    expect(starts).toContain('2026-10-20T09:00:00.000Z'); // BST, before 25 October
    expect(starts).toContain('2026-11-03T10:00:00.000Z'); // GMT after it
    expect(starts).toContain('2027-03-23T10:00:00.000Z'); // GMT, before 28 March
    expect(starts).toContain('2027-04-06T09:00:00.000Z'); // BST again after it
    for (const cancelled of ['2026-10-27', '2026-12-29', '2027-03-30'])
      expect(starts.filter((start) => start.startsWith(cancelled))).toEqual([]);
    for (const start of events[0]!.starts) {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(start);
      expect(local).toBe('Tue 10:00');
    }
    expect(starts).toEqual(await villageStarts(tuesdays.id));
  });

  it('describes the session with its place, position and page', async () => {
    const ics = await (await fetchFeed(tuesdays.icalUrl)).text();
    const { event } = parseFeed(ics, FROM, TO).events[0]!;
    expect(event.uid).toBe(`session-${tuesdays.id}@village`);
    expect(event.summary).toBe('Baby massage');
    expect(event.description).toBe('Bring a towel.\n\nRun by Bumps and Babies.');
    expect(event.location).toBe('Westgate Children’s Centre, 12 Westgate, BD1 2AB');
    expect(event.duration.toSeconds()).toBe(3600);
    expect(event.component.getFirstProperty('geo')?.getValues()).toEqual([[53.7946, -1.7564]]);
    expect(event.component.getFirstPropertyValue('url')).toMatch(
      new RegExp(`^http://.+/groups/${group.id}$`),
    );
    expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });

  it("serves a group's feed with all its sessions, each as Village expands it", async () => {
    const response = await fetchFeed(group.icalUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="${group.slug}.ics"`,
    );
    const ics = await response.text();
    const { calendar, events } = parseFeed(ics, FROM, TO);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bumps and Babies');
    expect(events.map((event) => event.summary)).toEqual(['Baby massage', 'Dads’ breakfast']);
    for (const [event, id] of [
      [events[0]!, tuesdays.id],
      [events[1]!, saturdays.id],
    ] as const) {
      expect(event.uid).toBe(`session-${id}@village`);
      expect(iso(event.starts)).toEqual(await villageStarts(id));
    }
    expect(iso(events[1]!.starts).slice(0, 3)).toEqual([
      '2026-09-05T08:30:00.000Z',
      '2026-10-03T08:30:00.000Z',
      '2026-11-07T09:30:00.000Z',
    ]);
  });

  it('gives an empty calendar for a group with no sessions', async () => {
    const quiet = await createGroup(organiser, { name: 'Quiet Group' });
    const { data } = await api.gql(
      graphql(`
        query CalendarsGroup2($id: ID!) {
          group(id: $id) {
            icalUrl
          }
        }
      `),
      {
        id: quiet.id,
      },
    );
    const response = await fetchFeed(data!['group'].icalUrl);
    expect(response.status).toBe(200);
    const { calendar, events } = parseFeed(await response.text(), FROM, TO);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Quiet Group');
    expect(events).toEqual([]);
  });

  it('writes names and descriptions with line breaks as text, never as extra properties or events', async () => {
    const injected = 'BEGIN:VEVENT\r\nUID:evil@example\r\nSUMMARY:Send money\r\nEND:VEVENT';
    const created = await createGroup(organiser, {
      name: 'Line Break Group',
      description: `Parents\r\n${injected}`,
    });
    const space = await createSpace(organiser);
    const session = await createSession(organiser, {
      groupId: created.id,
      spaceId: space.id,
      title: 'Rhyme time',
      description: `Songs\r\n${injected}\rEND:VCALENDAR`,
    });
    // Names with line breaks from before input validation refused them, written straight in.
    await api.dataSource.query(`UPDATE village_group SET name = $2 WHERE id = $1`, [
      created.id,
      `Line Break Group\r\nX-WR-CALNAME:Evil\r\n${injected}`,
    ]);
    await api.dataSource.query(`UPDATE session SET title = $2 WHERE id = $1`, [
      session.id,
      `Rhyme time\r\n${injected}`,
    ]);
    const { data } = await api.gql(
      graphql(`
        query CalendarsGroup3($id: ID!) {
          group(id: $id) {
            icalUrl
          }
        }
      `),
      {
        id: created.id,
      },
    );
    const ics = await (await fetchFeed(data!['group'].icalUrl)).text();

    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((line) => /^X-WR-CALNAME[:;]/.test(line))).toHaveLength(1);
    expect(ics).not.toMatch(/[^\r]\n|\r[^\n]/);
    const { calendar, events } = parseFeed(ics, FROM, TO);
    const flat = (text: string) => text.replace(/\r\n/g, ' ');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      `Line Break Group X-WR-CALNAME:Evil ${flat(injected)}`,
    );
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe(
      `Parents\n${injected.replace(/\r\n/g, '\n')}`,
    );
    expect(events.map((event) => event.summary)).toEqual([`Rhyme time ${flat(injected)}`]);
    expect(events[0]!.event.description).toMatch(
      new RegExp(`^Songs\\n${injected.replace(/\r\n/g, '\\n')}\\nEND:VCALENDAR\\n\\nRun by `),
    );
  });

  it('answers unknown feeds with 404 and malformed ones with 400, in plain words', async () => {
    const cases: [string, number, string][] = [
      ['/calendar/sessions/00000000-0000-4000-8000-000000000000.ics', 404, 'session'],
      ['/calendar/groups/no-such-group.ics', 404, 'group'],
      ['/calendar/sessions/not-an-id.ics', 400, 'session calendar'],
      [`/calendar/sessions/${tuesdays.id}`, 400, 'session calendar'],
      ['/calendar/groups/.ics', 400, 'group calendar'],
    ];
    for (const [path, status, what] of cases) {
      const response = await fetchFeed(path);
      expect({ path, status: response.status }).toEqual({ path, status });
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toContain(what);
    }
  });
});
