import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { groupData } from '../../../test/fixtures';
import { GroupQuery } from '../../modules/groups/graphql/group.query';
import { GroupPage } from './GroupPage';

/** Addresses carry real ids: anything else is not found without asking (useIdParam). */
const GROUP_ID = '6f1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d';
const request = { query: GroupQuery, variables: { id: GROUP_ID } };
const open = (mocks: MockLink.MockedResponse[], language: 'en' | 'ur' = 'en') =>
  renderWithApp(<GroupPage />, {
    mocks,
    url: `/groups/${GROUP_ID}`,
    path: '/groups/:id',
    language,
  });

describe('GroupPage', () => {
  it('opens from its slug too, as the calendar feed names it', async () => {
    renderWithApp(<GroupPage />, {
      mocks: [
        {
          request: { query: GroupQuery, variables: { slug: 'bumps-and-babies' } },
          result: { data: { group: groupData() } },
        },
      ],
      url: '/groups/bumps-and-babies',
      path: '/groups/:id',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bumps and Babies' })).toBeTruthy();
  });

  it('shows a loading state, then the group with its sessions', async () => {
    open([{ request, result: { data: { group: groupData() } } }]);

    expect(screen.getByRole('status').textContent).toBe('Loading the group…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bumps and Babies' })).toBeTruthy();
    expect(screen.getByText('12 members')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Type of group' }).textContent).toBe('Parent and baby');
    expect(screen.getByRole('link', { name: 'bumps.example.org' }).getAttribute('href')).toBe(
      'https://www.bumps.example.org/',
    );

    const session = screen.getByRole('article', { name: 'Baby massage' });
    expect(
      within(within(session).getByRole('heading', { level: 3, name: 'Baby massage' }))
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/sessions/s1');
    expect(within(session).getByText('Tuesday 13 October, 10:00–11:00')).toBeTruthy();
    expect(
      within(session)
        .getByRole('link', { name: "Oakfield Children's Centre" })
        .getAttribute('href'),
    ).toBe('/spaces/sp1');
    expect(within(session).getByText('0–6 months')).toBeTruthy();
    expect(within(session).getByText('Free')).toBeTruthy();
  });

  it('offers each session and the whole group as a calendar file and a subscription', async () => {
    open([{ request, result: { data: { group: groupData() } } }]);

    const add = await screen.findByRole('link', { name: 'Add to calendar: Baby massage' });
    expect(add.getAttribute('href')).toBe('/calendar/sessions/s1.ics');
    expect(add.hasAttribute('download')).toBe(true);
    expect(
      screen
        .getByRole('link', { name: 'Subscribe in a calendar app: Baby massage' })
        .getAttribute('href'),
    ).toBe(`webcal://${window.location.host}/calendar/sessions/s1.ics`);
    expect(
      screen
        .getByRole('link', { name: 'Add all sessions to calendar: Bumps and Babies' })
        .getAttribute('href'),
    ).toBe('/calendar/groups/bumps-and-babies.ics');
    expect(
      screen
        .getByRole('link', {
          name: 'Subscribe to all sessions in a calendar app: Bumps and Babies',
        })
        .getAttribute('href'),
    ).toBe(`webcal://${window.location.host}/calendar/groups/bumps-and-babies.ics`);
  });

  it('says so when the group has no sessions', async () => {
    open([{ request, result: { data: { group: groupData({ sessions: [] }) } } }]);
    expect(
      await screen.findByText('This group has no regular sessions at the moment.'),
    ).toBeTruthy();
  });

  it('shows a not-found page for a group that does not exist', async () => {
    open([
      {
        request,
        result: {
          errors: [{ message: 'We could not find that group.', extensions: { code: 'NOT_FOUND' } }],
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: "We can't find that page" }),
    ).toBeTruthy();
    expect(
      screen.getByText("We couldn't find that group. It may have closed or moved."),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(
      '/',
    );
  });

  it("shows the server's message on failure and recovers on retry", async () => {
    const message = 'Something went wrong on our side. Please try again.';
    open([
      { request, result: { errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } },
      { request, result: { data: { group: groupData() } } },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bumps and Babies' })).toBeTruthy();
  });

  it('explains a network failure in plain words, without technical details', async () => {
    open([{ request, error: new TypeError('NetworkError when attempting to fetch resource.') }]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      "We couldn't reach Village. Check your connection and try again.",
    );
    expect(alert.textContent).not.toContain('NetworkError');
  });

  it('is written in Urdu when Urdu is chosen', async () => {
    open([{ request, result: { data: { group: groupData() } } }], 'ur');

    await screen.findByRole('heading', { level: 1, name: 'Bumps and Babies' });
    expect(screen.getByText('12 اراکین')).toBeTruthy();
    expect(screen.getByText('اگلی تاریخیں')).toBeTruthy();
    expect(screen.getByText('مفت')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'کیلنڈر میں شامل کریں: Baby massage' })).toBeTruthy();
  });
});
