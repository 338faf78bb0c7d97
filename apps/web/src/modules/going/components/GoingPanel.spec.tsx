import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewerData } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { RsvpStatus } from '../../../gql/graphql';
import { ViewerQuery } from '../../account/graphql/viewer.query';
import {
  GoingDatesQuery,
  GoingViewerQuery,
  GoToSessionMutation,
  SessionAttendeesQuery,
} from '../graphql/going.graphql';
import { GoingPanel } from './GoingPanel';

interface DateOptions {
  goingCount?: number;
  waitingCount?: number;
  placesLeft?: number | null;
  myRsvp?: { status: RsvpStatus; waitingPosition: number | null; shared?: boolean } | null;
}

function dateData(occursOn: string, options: DateOptions = {}, signedIn = true) {
  const rsvp = options.myRsvp;
  return {
    __typename: 'SessionOccurrence',
    occursOn,
    startsAt: `${occursOn}T10:00:00.000Z`,
    endsAt: `${occursOn}T11:30:00.000Z`,
    goingCount: options.goingCount ?? 0,
    waitingCount: options.waitingCount ?? 0,
    placesLeft: options.placesLeft === undefined ? 5 : options.placesLeft,
    ...(signedIn
      ? {
          myRsvp: rsvp
            ? {
                __typename: 'SessionRsvp',
                occursOn,
                status: rsvp.status,
                waitingPosition: rsvp.waitingPosition,
                nameSharedWithOrganisers: rsvp.shared ?? false,
              }
            : null,
        }
      : {}),
  };
}

const datesMock = (dates: ReturnType<typeof dateData>[], signedIn = true) => ({
  request: { query: GoingDatesQuery, variables: { id: 's1', signedIn } },
  result: {
    data: {
      session: {
        __typename: 'Session',
        id: 's1',
        title: 'Baby Rhymes',
        capacity: 5,
        group: { __typename: 'Group', id: 'g1' },
        occurrences: dates,
      },
    },
  },
});

const viewerMock = (organising: string[] = []) => [
  { request: { query: ViewerQuery }, result: { data: viewerData('Amina') } },
  {
    request: { query: GoingViewerQuery },
    result: {
      data: {
        me: {
          __typename: 'Me',
          savedSessions: [],
          organising: organising.map((id) => ({ __typename: 'Group', id })),
        },
      },
    },
  },
];

describe('GoingPanel', () => {
  it('tells a visitor why to sign in, and shows the places without buttons', async () => {
    renderWithApp(<GoingPanel sessionId="s1" />, {
      url: '/sessions/s1',
      path: '/sessions/:id',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: viewerData(null) } },
        datesMock([dateData('2026-12-08', { goingCount: 2, placesLeft: 3 }, false)], false),
      ],
    });
    expect(await screen.findByText('2 going · 3 places left')).toBeTruthy();
    expect(screen.getByText(/Sign in to say you're going/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe(
      '/sign-in?next=%2Fsessions%2Fs1',
    );
    expect(screen.queryByRole('button', { name: /I'm going/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says I am going with my choice about my name, and announces it', async () => {
    renderWithApp(<GoingPanel sessionId="s1" />, {
      mocks: [
        ...viewerMock(),
        datesMock([dateData('2026-12-08'), dateData('2026-12-15')]),
        {
          request: {
            query: GoToSessionMutation,
            variables: { sessionId: 's1', occursOn: '2026-12-15', share: true },
          },
          result: {
            data: {
              goToSession: {
                __typename: 'SessionRsvp',
                occursOn: '2026-12-15',
                status: RsvpStatus.Going,
                waitingPosition: null,
                nameSharedWithOrganisers: true,
              },
            },
          },
        },
        datesMock([
          dateData('2026-12-08'),
          dateData('2026-12-15', {
            goingCount: 1,
            placesLeft: 4,
            myRsvp: { status: RsvpStatus.Going, waitingPosition: null, shared: true },
          }),
        ]),
      ],
    });
    const share = await screen.findByRole('checkbox', { name: 'Let the organisers see my name' });
    expect(share.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.click(share);
    await userEvent.click(
      await screen.findByRole('button', { name: "I'm going on Tuesday 15 December" }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe("You're going on Tuesday 15 December."),
    );
    expect(
      await screen.findByRole('button', { name: 'Cancel going on Tuesday 15 December' }),
    ).toBeTruthy();
    expect(screen.getByText(/You're going\. The organisers can see your name\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: "I'm going on Tuesday 8 December" })).toBeTruthy();
  });

  it('applies a change of mind about my name to the dates I already said I am going to', async () => {
    const going = { status: RsvpStatus.Going, waitingPosition: null };
    renderWithApp(<GoingPanel sessionId="s1" />, {
      mocks: [
        ...viewerMock(),
        datesMock([dateData('2026-12-08', { goingCount: 1, placesLeft: 4, myRsvp: going })]),
        {
          request: {
            query: GoToSessionMutation,
            variables: { sessionId: 's1', occursOn: '2026-12-08', share: true },
          },
          result: {
            data: {
              goToSession: {
                __typename: 'SessionRsvp',
                occursOn: '2026-12-08',
                status: RsvpStatus.Going,
                waitingPosition: null,
                nameSharedWithOrganisers: true,
              },
            },
          },
        },
        datesMock([
          dateData('2026-12-08', {
            goingCount: 1,
            placesLeft: 4,
            myRsvp: { ...going, shared: true },
          }),
        ]),
      ],
    });
    expect(await screen.findByText(/The organisers only count you\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Let the organisers see my name' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        "The organisers can now see your name on the dates you said you're going to.",
      ),
    );
    expect(await screen.findByText(/The organisers can see your name\./)).toBeTruthy();
  });

  it('offers the waiting list on a full date and shows my place on it', async () => {
    renderWithApp(<GoingPanel sessionId="s1" />, {
      mocks: [
        ...viewerMock(),
        datesMock([
          dateData('2026-12-08', { goingCount: 5, waitingCount: 2, placesLeft: 0 }),
          dateData('2026-12-15', {
            goingCount: 5,
            waitingCount: 1,
            placesLeft: 0,
            myRsvp: { status: RsvpStatus.Waiting, waitingPosition: 1 },
          }),
        ]),
      ],
    });
    expect(
      await screen.findByRole('button', {
        name: 'Join the waiting list for Tuesday 8 December',
      }),
    ).toBeTruthy();
    expect(screen.getByText('5 going · Full · 2 waiting')).toBeTruthy();
    expect(screen.getByText(/You're number 1 on the waiting list/)).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Leave the waiting list for Tuesday 15 December' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Who's coming/ })).toBeNull();
  });

  it("shows the group's organisers who is coming, with names only of those who shared them", async () => {
    renderWithApp(<GoingPanel sessionId="s1" />, {
      mocks: [
        ...viewerMock(['g1']),
        datesMock([dateData('2026-12-08', { goingCount: 3, placesLeft: 2 })]),
        {
          request: {
            query: SessionAttendeesQuery,
            variables: { sessionId: 's1', occursOn: '2026-12-08' },
          },
          result: {
            data: {
              sessionAttendees: {
                __typename: 'SessionAttendees',
                occursOn: '2026-12-08',
                goingCount: 3,
                waitingCount: 0,
                named: [{ __typename: 'SessionAttendee', displayName: 'Bea K.', status: 'GOING' }],
              },
            },
          },
        },
      ],
    });
    const open = await screen.findByRole('button', { name: "Who's coming on Tuesday 8 December" });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(open);
    expect(await screen.findByText('Bea K.')).toBeTruthy();
    expect(screen.getByText('2 more people counted without a name.')).toBeTruthy();
    expect(
      within(screen.getByRole('button', { name: "Hide who's coming" })).getByText(
        "Hide who's coming",
      ),
    ).toBeTruthy();
  });
});
