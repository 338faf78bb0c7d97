import ICAL from 'ical.js';
import { createGroup, createSession, createSpace } from './support/factories';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

describe('my saved sessions and my private calendar feed', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const summaries = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics))
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('summary')))
      .sort();

  it('saves sessions, lists them, and serves them at a private address that can be replaced', async () => {
    const organiser = await api.signUp('Organiser O.');
    const group = await createGroup(organiser, { name: 'Mosque Mums' });
    const space = await createSpace(organiser);
    const rhymes = await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Urdu Rhymes',
    });
    const play = await createSession(organiser, {
      groupId: group.id,
      spaceId: space.id,
      title: 'Stay and Play',
    });
    await createSession(organiser, { groupId: group.id, spaceId: space.id, title: 'Not Saved' });

    const parent = await api.signUp('Parent P.');
    for (const id of [rhymes.id, play.id, rhymes.id])
      expect(
        (
          await parent.gql(
            graphql(`
              mutation MyCalendarSaveSession($id: ID!) {
                saveSession(sessionId: $id)
              }
            `),
            { id },
          )
        ).data,
      ).toEqual({ saveSession: true });
    const mine = await parent.gql(
      graphql(`
        query MyCalendarMe {
          me {
            savedSessions {
              title
            }
            hasCalendarFeed
          }
        }
      `),
    );
    expect(mine.data!['me']!.savedSessions.map((s) => s.title).sort()).toEqual([
      'Stay and Play',
      'Urdu Rhymes',
    ]);
    expect(mine.data!['me']!.hasCalendarFeed).toBe(false);

    const url = (
      await parent.gql(
        graphql(`
          mutation MyCalendarNewMyCalendarFeed {
            newMyCalendarFeed
          }
        `),
      )
    ).data!['newMyCalendarFeed'] as string;
    const path = new URL(url).pathname;
    expect(path).toMatch(/^\/calendar\/me\/[\w-]{43}\.ics$/);
    const feed = await fetch(`${api.url}${path}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('cache-control')).toMatch(/^private/);
    expect(summaries(await feed.text())).toEqual(['Stay and Play', 'Urdu Rhymes']);
    const [stored] = await api.dataSource.query(
      `SELECT encode(token_hash, 'hex') AS hash FROM calendar_feed_token`,
    );
    expect(path).not.toContain(stored.hash);

    await parent.gql(
      graphql(`
        mutation MyCalendarUnsaveSession($id: ID!) {
          unsaveSession(sessionId: $id)
        }
      `),
      { id: play.id },
    );
    expect(summaries(await (await fetch(`${api.url}${path}`)).text())).toEqual(['Urdu Rhymes']);

    // A new address ends the old one; ending it ends it.
    const replaced = new URL(
      (
        await parent.gql(
          graphql(`
            mutation MyCalendarNewMyCalendarFeed2 {
              newMyCalendarFeed
            }
          `),
        )
      ).data!['newMyCalendarFeed'],
    ).pathname;
    expect((await fetch(`${api.url}${path}`)).status).toBe(404);
    expect((await fetch(`${api.url}${replaced}`)).status).toBe(200);
    expect(
      (
        await parent.gql(
          graphql(`
            mutation MyCalendarEndMyCalendarFeed {
              endMyCalendarFeed
            }
          `),
        )
      ).data,
    ).toEqual({
      endMyCalendarFeed: true,
    });
    expect((await fetch(`${api.url}${replaced}`)).status).toBe(404);
  });

  it('keeps saving for members, and refuses an unknown session', async () => {
    const anonymous = await api.gql(
      graphql(`
        mutation MyCalendarSaveSession2 {
          saveSession(sessionId: "00000000-0000-4000-8000-000000000000")
        }
      `),
    );
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const member = await api.signUp('Someone');
    const unknown = await member.gql(
      graphql(`
        mutation MyCalendarSaveSession3 {
          saveSession(sessionId: "00000000-0000-4000-8000-000000000000")
        }
      `),
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await fetch(`${api.url}/calendar/me/not-a-token.ics`)).status).toBe(404);
  });
});
