import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { RsvpStatus } from '../../../gql/graphql';
import { MyUpcomingSessionsQuery } from '../graphql/going.graphql';
import { UpcomingDates } from './UpcomingDates';

function item(
  occursOn: string,
  title: string,
  options: {
    status?: RsvpStatus;
    position?: number | null;
    cancelled?: boolean;
    reason?: string;
    movedFrom?: string;
  } = {},
) {
  return {
    __typename: 'SessionRsvpEdge',
    cursor: `${occursOn}-${title}`,
    node: {
      __typename: 'SessionRsvp',
      occursOn,
      status: options.status ?? RsvpStatus.Going,
      waitingPosition: options.position ?? null,
      cancelled: options.cancelled ?? false,
      session: { __typename: 'Session', id: `s-${title}`, title },
      occurrence: {
        __typename: 'SessionOccurrence',
        startsAt: `${occursOn}T10:00:00.000Z`,
        endsAt: `${occursOn}T11:00:00.000Z`,
        cancellationReason: options.reason ?? null,
        movedFrom: options.movedFrom ?? null,
      },
    },
  };
}

const page = (
  after: string | null,
  edges: ReturnType<typeof item>[],
  endCursor: string | null,
) => ({
  request: {
    query: MyUpcomingSessionsQuery,
    variables: after ? { first: 10, after } : { first: 10 },
  },
  result: {
    data: {
      myUpcomingSessions: {
        __typename: 'SessionRsvpConnection',
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      },
    },
  },
});

describe('UpcomingDates', () => {
  it('lists my dates with my place, marks cancelled ones, and shows the next page on request', async () => {
    renderWithApp(<UpcomingDates />, {
      mocks: [
        page(
          null,
          [
            item('2026-12-08', 'Baby Rhymes'),
            item('2026-12-09', 'Messy Play', { cancelled: true, reason: 'The hall is closed' }),
          ],
          'c2',
        ),
        page(
          'c2',
          [
            item('2026-12-10', 'Baby Swim', {
              status: RsvpStatus.Waiting,
              position: 2,
              movedFrom: '2026-12-09T10:00:00.000Z',
            }),
          ],
          null,
        ),
      ],
    });
    const rhymes = (await screen.findByRole('link', { name: 'Baby Rhymes' })).closest('li')!;
    expect(within(rhymes).getByText('Going')).toBeTruthy();
    expect(
      within(rhymes).getByRole('button', {
        name: 'Cancel going to Baby Rhymes on Tuesday 8 December',
      }),
    ).toBeTruthy();
    const messy = screen.getByRole('link', { name: 'Messy Play' }).closest('li')!;
    expect(within(messy).getByText('Cancelled by the organisers: The hall is closed')).toBeTruthy();
    expect(
      within(messy).getByRole('button', {
        name: 'Remove Messy Play on Wednesday 9 December from my dates',
      }),
    ).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    const swim = (await screen.findByRole('link', { name: 'Baby Swim' })).closest('li')!;
    expect(within(swim).getByText('Waiting list: number 2')).toBeTruthy();
    expect(within(swim).getByText(/Moved/)).toBeTruthy();
    expect(within(swim).getByText(/9 December/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says when there is nothing yet and where to find a session', async () => {
    renderWithApp(<UpcomingDates />, { mocks: [page(null, [], null)] });
    expect(await screen.findByText(/You haven't said you're going to anything yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Find a session' }).getAttribute('href')).toBe(
      '/discover',
    );
  });
});
