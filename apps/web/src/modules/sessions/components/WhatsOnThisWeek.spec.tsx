import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { occurrence } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { UpcomingSessionsQuery } from '../graphql/upcoming-sessions.query';
import { WhatsOnThisWeek } from './WhatsOnThisWeek';

// Monday 12 October 2026, 08:00 in London (British Summer Time).
const NOW = new Date('2026-10-12T07:00:00Z');
const dayOf = (from: string) => ({
  query: UpcomingSessionsQuery,
  variables: { from, days: 1, first: 50 },
});
const monday = dayOf('2026-10-11T23:00:00.000Z');

describe('WhatsOnThisWeek', () => {
  // Timers still run in real time; only today's date is fixed.
  beforeEach(() => jest.useFakeTimers({ now: NOW, advanceTimers: true }));
  afterEach(() => jest.useRealTimers());

  it("lists today's sessions in town time", async () => {
    renderWithApp(<WhatsOnThisWeek />, {
      mocks: [
        {
          request: monday,
          result: {
            data: {
              upcomingSessions: [
                occurrence('2026-10-12T08:30:00Z', '2026-10-12T10:00:00Z', 'Stay and play'),
                occurrence('2026-10-12T12:00:00Z', '2026-10-12T13:00:00Z', 'Rhyme time'),
              ],
            },
          },
        },
      ],
    });

    expect(screen.getByRole('status').textContent).toBe("Loading what's on…");
    expect(screen.getByRole('heading', { level: 3, name: 'Monday 12 October' })).toBeTruthy();
    const titles = await screen.findAllByRole('heading', { level: 4 });
    expect(titles.map((title) => title.textContent)).toEqual(['Stay and play', 'Rhyme time']);
    expect(titles.map((title) => within(title).getByRole('link').getAttribute('href'))).toEqual([
      expect.stringMatching(/^\/sessions\/./),
      expect.stringMatching(/^\/sessions\/./),
    ]);
    expect(screen.getByText('09:30–11:00')).toBeTruthy();
    expect(screen.getAllByText('1–4 years · £2.00 · English and Polish')).toHaveLength(2);
    expect(
      screen.getAllByRole('link', { name: 'Northside Library' })[0]?.getAttribute('href'),
    ).toBe('/spaces/sp2');
  });

  it('shows another day of the week when it is chosen', async () => {
    renderWithApp(<WhatsOnThisWeek />, {
      mocks: [
        { request: monday, result: { data: { upcomingSessions: [] } } },
        {
          request: dayOf('2026-10-13T23:00:00.000Z'),
          result: {
            data: {
              upcomingSessions: [
                occurrence('2026-10-14T09:30:00Z', '2026-10-14T11:30:00Z', 'Coffee morning'),
              ],
            },
          },
        },
      ],
    });
    const days = screen.getByRole('group', { name: 'Choose a day' });
    expect(within(days).getAllByRole('button')).toHaveLength(7);
    expect(within(days).getByRole('button', { name: 'Mon 12' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(
      await screen.findByText(
        'Nothing is on this day. Try another day, or have a look at the groups below.',
      ),
    ).toBeTruthy();

    await userEvent.click(within(days).getByRole('button', { name: 'Wed 14' }));

    expect(screen.getByRole('heading', { level: 3, name: 'Wednesday 14 October' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 4, name: 'Coffee morning' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/?day=2026-10-14');
  });

  it('starts from midnight in GMT once the clocks have gone back', async () => {
    jest.setSystemTime(new Date('2026-10-24T07:00:00Z'));
    renderWithApp(<WhatsOnThisWeek />, {
      url: '/?day=2026-10-26',
      mocks: [
        { request: dayOf('2026-10-26T00:00:00.000Z'), result: { data: { upcomingSessions: [] } } },
      ],
    });
    expect(
      await screen.findByText(
        'Nothing is on this day. Try another day, or have a look at the groups below.',
      ),
    ).toBeTruthy();
  });
});
