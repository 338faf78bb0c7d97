import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { groupData, viewerData } from '../../../test/fixtures';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { GroupQuery } from '../../modules/groups/graphql/group.query';
import {
  InviteCoOrganiserMutation,
  JoinGroupMutation,
  JoiningPrivacyQuery,
  LeaveGroupMutation,
  OrganiserPanelQuery,
  RemoveOrganiserMutation,
} from '../../modules/groups/graphql/organise.graphql';
import { GroupPartnershipsQuery } from '../../modules/partnerships/graphql/partnerships.graphql';
import { GroupPage } from './GroupPage';

/** Addresses carry real ids: anything else is not found without asking (useIdParam). */
const GROUP_ID = '6f1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d';
const request = { query: GroupQuery, variables: { id: GROUP_ID } };
/** Nobody signed in, unless a spec says otherwise. */
const signedOut = {
  request: { query: ViewerQuery },
  result: { data: viewerData(null) },
  maxUsageCount: Infinity,
};
/** The partner groups panel (its own spec tests it): no partners, asked as often as it likes. */
const noPartners = (signedIn: boolean): MockLink.MockedResponse => ({
  request: { query: GroupPartnershipsQuery, variables: { id: 'g1' } },
  result: {
    data: {
      group: { __typename: 'Group', id: 'g1', name: 'Bumps and Babies', partnerships: [] },
      me: signedIn ? { __typename: 'Me', organising: [] } : null,
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const open = (mocks: MockLink.MockedResponse[], language: 'en' | 'ur' = 'en') =>
  renderWithApp(<GroupPage />, {
    mocks: [...mocks, signedOut, noPartners(false)],
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
        signedOut,
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

describe('GroupPage: joining, leaving and organising', () => {
  const signedIn = {
    request: { query: ViewerQuery },
    result: { data: viewerData('Amina') },
    maxUsageCount: Infinity,
  };
  const privacy = (shared: boolean) => ({
    request: { query: JoiningPrivacyQuery },
    result: {
      data: {
        me: {
          __typename: 'Me' as const,
          person: { __typename: 'Person' as const, id: 'p1' },
          consents: shared
            ? [
                {
                  __typename: 'Consent' as const,
                  id: 'c1',
                  kind: 'VISIBLE_TO_GROUP_ORGANISERS' as const,
                  inForce: true,
                },
              ]
            : [],
        },
      },
    },
  });
  const groupAs = (overrides: Parameters<typeof groupData>[0] = {}) => ({
    request,
    result: { data: { group: groupData(overrides) } },
  });
  const openAs = (mocks: MockLink.MockedResponse[]) =>
    renderWithApp(<GroupPage />, {
      mocks: [...mocks, noPartners(true)],
      url: `/groups/${GROUP_ID}`,
      path: '/groups/:id',
    });

  it('asks someone signed out to sign in to join, saying why and what it means', async () => {
    open([{ request, result: { data: { group: groupData() } } }]);
    const link = await screen.findByRole('link', { name: 'Sign in to join this group' });
    expect(link.getAttribute('href')).toBe('/sign-in?next=%2Fgroups%2Fbumps-and-babies');
    expect(link.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(link.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /organisers see your name and details only if you allow it/,
    );
    expect(screen.queryByRole('button', { name: 'Join this group' })).toBeNull();
  });

  it('says plainly what joining means before the button, then joins and offers to leave', async () => {
    const user = userEvent.setup();
    openAs([
      signedIn,
      privacy(false),
      groupAs(),
      {
        request: { query: JoinGroupMutation, variables: { groupId: 'g1' } },
        result: {
          data: { joinGroup: { __typename: 'Membership', id: 'm1', role: 'MEMBER' } },
        },
      },
      groupAs({ viewerRole: 'MEMBER', memberCount: 13 }),
    ]);

    expect(
      await screen.findByRole('heading', { name: 'What joining means for your privacy' }),
    ).toBeTruthy();
    const join = screen.getByRole('button', { name: 'Join this group' });
    const explanation = await screen.findByText(/Only you will see that you belong to this group/);
    expect(join.getAttribute('aria-describedby')).toBe(explanation.id);

    await user.click(join);
    expect(await screen.findByText('You joined Bumps and Babies.')).toBeTruthy();
    expect(screen.getByText('13 members')).toBeTruthy();
    expect(screen.getByText('You are a member of this group.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Leave this group' })).toBeTruthy();
  });

  it('tells someone who lets organisers see them that this group’s organisers will', async () => {
    openAs([signedIn, privacy(true), groupAs()]);
    expect(
      await screen.findByText(/this group's organisers will see your name, your profile/),
    ).toBeTruthy();
  });

  it('leaves, and shows the refusal when the API says no', async () => {
    const user = userEvent.setup();
    openAs([
      signedIn,
      privacy(false),
      groupAs({ viewerRole: 'MEMBER' }),
      {
        request: { query: LeaveGroupMutation, variables: { groupId: 'g1' } },
        result: {
          errors: [
            {
              message: 'You are this group’s only organiser: make someone else organiser first.',
              extensions: { code: 'CONFLICT' },
            },
          ],
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Leave this group' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'You are this group’s only organiser: make someone else organiser first.',
    );
  });

  it('says an archived group is archived and offers no way to join', async () => {
    openAs([signedIn, privacy(false), groupAs({ archivedAt: '2026-10-01T10:00:00.000Z' })]);
    expect(
      await screen.findByText('This group is archived, so it is not taking new members.'),
    ).toBeTruthy();
    expect(screen.getByText(/This group is archived: it is not meeting/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Join this group' })).toBeNull();
  });

  it('lists sessions soonest first, with those that have no dates to come last', async () => {
    const [massage] = groupData().sessions;
    open([
      groupAs({
        sessions: [
          { ...massage!, id: 's0', title: 'Ended rhymes', nextOccurrences: [] },
          massage!,
          {
            ...massage!,
            id: 's2',
            title: 'Early play',
            nextOccurrences: ['2026-10-01T09:00:00.000Z'],
          },
        ],
      }),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Bumps and Babies' });
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['Early play', 'Baby massage', 'Ended rhymes']);
  });

  it('shows organisers their tools: edit, visible members and a count of the rest, co-organisers, an invitation link', async () => {
    const user = userEvent.setup();
    openAs([
      signedIn,
      privacy(false),
      groupAs({ viewerRole: 'ORGANISER' }),
      {
        request: { query: OrganiserPanelQuery, variables: { id: 'g1' } },
        result: {
          data: {
            group: {
              __typename: 'Group',
              id: 'g1',
              memberCount: 12,
              organisers: [
                { __typename: 'Person', id: 'p1', displayName: 'Amina' },
                { __typename: 'Person', id: 'p2', displayName: 'Bogdan' },
              ],
              openInvitations: [],
              sessions: [
                {
                  __typename: 'Session',
                  id: 's1',
                  title: 'Baby massage',
                  nextOccurrences: ['2026-10-13T09:00:00.000Z'],
                  occurrences: [
                    {
                      __typename: 'SessionOccurrence',
                      occursOn: '2026-10-13',
                      goingCount: 7,
                      waitingCount: 2,
                    },
                  ],
                },
              ],
            },
            groupMembers: {
              __typename: 'PersonConnection',
              edges: [
                {
                  __typename: 'PersonEdge',
                  node: { __typename: 'Person', id: 'p3', displayName: 'Chidi' },
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false },
            },
          },
        },
      },
      {
        request: { query: InviteCoOrganiserMutation, variables: { groupId: 'g1' } },
        result: {
          data: {
            inviteCoOrganiser: {
              __typename: 'CoOrganiserInvitationLink',
              token: 'tok-abc-def-ghi-jkl-mno-pqr',
              invitation: {
                __typename: 'CoOrganiserInvitation',
                id: 'i1',
                createdAt: '2026-10-01T10:00:00.000Z',
                expiresAt: '2026-10-15T10:00:00.000Z',
              },
            },
          },
        },
      },
    ]);

    const panel = await screen.findByRole('region', { name: 'For organisers' });
    expect(within(panel).getByRole('link', { name: 'Edit the group' }).getAttribute('href')).toBe(
      '/groups/bumps-and-babies/edit',
    );
    const visible = await within(panel).findByRole('list', {
      name: 'Members who let organisers see them',
    });
    expect(within(visible).getByText('Chidi')).toBeTruthy();
    expect(within(panel).getByText('9 more members keep their membership private.')).toBeTruthy();
    // Which organiser is me comes with the viewer's own query, which may answer after the panel's.
    expect(
      await within(panel).findByRole('button', { name: 'Step down as organiser' }),
    ).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Remove Bogdan as organiser' })).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Baby massage' })).toBeTruthy();
    expect(within(panel).getByText(/next on .* · 7 going, 2 waiting/)).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Make an invitation link' }));
    const link = await within(panel).findByRole('textbox', { name: 'Invitation link' });
    expect((link as HTMLInputElement).value).toBe(
      `${window.location.origin}/invitations/tok-abc-def-ghi-jkl-mno-pqr`,
    );
  });

  it('shows no organiser tools to a member', async () => {
    openAs([signedIn, privacy(false), groupAs({ viewerRole: 'MEMBER' })]);
    await screen.findByRole('button', { name: 'Leave this group' });
    expect(screen.queryByRole('region', { name: 'For organisers' })).toBeNull();
  });
});

describe('GroupPage: stepping down', () => {
  it('asks first, and says why the last organiser cannot step down', async () => {
    const user = userEvent.setup();
    renderWithApp(<GroupPage />, {
      mocks: [
        {
          request: { query: ViewerQuery },
          result: { data: viewerData('Amina') },
          maxUsageCount: Infinity,
        },
        {
          request: { query: JoiningPrivacyQuery },
          result: {
            data: {
              me: {
                __typename: 'Me',
                person: { __typename: 'Person', id: 'p1' },
                consents: [],
              },
            },
          },
        },
        { request, result: { data: { group: groupData({ viewerRole: 'ORGANISER' }) } } },
        {
          request: { query: OrganiserPanelQuery, variables: { id: 'g1' } },
          result: {
            data: {
              group: {
                __typename: 'Group',
                id: 'g1',
                memberCount: 1,
                organisers: [{ __typename: 'Person', id: 'p1', displayName: 'Amina' }],
                openInvitations: [],
                sessions: [],
              },
              groupMembers: {
                __typename: 'PersonConnection',
                edges: [],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false },
              },
            },
          },
        },
        {
          request: { query: RemoveOrganiserMutation, variables: { groupId: 'g1', personId: 'p1' } },
          result: {
            errors: [
              {
                message:
                  'You are this group’s only organiser: invite a co-organiser before you step down.',
                extensions: { code: 'CONFLICT' },
              },
            ],
          },
        },
      ],
      url: `/groups/${GROUP_ID}`,
      path: '/groups/:id',
    });

    const panel = await screen.findByRole('region', { name: 'For organisers' });
    const stepDown = await within(panel).findByRole('button', { name: 'Step down as organiser' });
    // The only member is the organiser: nobody else to count.
    expect(within(panel).queryByText(/membership private/)).toBeNull();
    await user.click(stepDown);
    const question = within(panel).getByRole('group', {
      name: /Step down as organiser of .*Bumps and Babies/,
    });
    expect(document.activeElement).toBe(question);
    await user.click(within(question).getByRole('button', { name: 'Yes, step down' }));
    expect((await within(question).findByRole('alert')).textContent).toBe(
      'You are this group’s only organiser: invite a co-organiser before you step down.',
    );
  });
});
