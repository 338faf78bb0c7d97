import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import {
  AcceptSpaceChangeMutation,
  GrantStewardshipMutation,
  SpaceChangeProposalsQuery,
  SpaceStewardshipQuery,
  SpaceStewardsQuery,
} from '../graphql/space-stewards.graphql';
import { SpaceStewardship } from './SpaceStewardship';

const S = 'sp1';
const person = (id: string, displayName: string) => ({
  __typename: 'Person' as const,
  id,
  displayName,
});
const stewardship = (steward: boolean, organising: number) => ({
  request: { query: SpaceStewardshipQuery, variables: { id: S } },
  result: {
    data: {
      space: { __typename: 'Space' as const, id: S, viewerIsSteward: steward },
      me:
        organising >= 0
          ? {
              __typename: 'Me' as const,
              organising: Array.from({ length: organising }, (_, i) => ({
                __typename: 'Group' as const,
                id: `g${i}`,
              })),
            }
          : null,
    },
  },
});
const stewards = (
  people: ReturnType<typeof person>[],
  candidates: ReturnType<typeof person>[],
) => ({
  request: { query: SpaceStewardsQuery, variables: { id: S } },
  result: {
    data: {
      space: {
        __typename: 'Space' as const,
        id: S,
        stewards: people.map((p) => ({
          __typename: 'SpaceSteward' as const,
          grantedAt: '2026-11-01T10:00:00.000Z',
          person: p,
        })),
        stewardCandidates: candidates,
      },
    },
  },
});
const proposal = (status: string, mine: boolean) => ({
  __typename: 'SpaceChangeProposal' as const,
  id: `c-${status}`,
  status,
  note: 'The entrance moved to Mill Lane.',
  decisionNote: status === 'DECLINED' ? 'The sign still says Oak Road.' : '',
  createdAt: '2026-12-01T10:00:00.000Z',
  mine,
  proposer: person('o1', 'Olu O.'),
  changes: {
    __typename: 'SpaceChanges' as const,
    name: null,
    kind: null,
    address: '3 Mill Lane',
    postcode: null,
    latitude: null,
    longitude: null,
    accessibility: ['STEP_FREE'],
    openingHours: null,
  },
});
const proposals = (list: ReturnType<typeof proposal>[]) => ({
  request: { query: SpaceChangeProposalsQuery, variables: { spaceId: S } },
  result: { data: { spaceChangeProposals: list } },
});

const open = (mocks: object[]) =>
  renderWithApp(<SpaceStewardship spaceId={S} />, { mocks: mocks as never });

describe('SpaceStewardship', () => {
  it('gives a steward the edit page, the stewards and the suggestions to decide', async () => {
    open([
      stewardship(true, 1),
      stewards([person('me', 'Sara S.')], [person('o1', 'Olu O.')]),
      proposals([proposal('PENDING', false)]),
      {
        request: { query: AcceptSpaceChangeMutation, variables: { id: 'c-PENDING' } },
        result: {
          data: {
            acceptSpaceChange: {
              __typename: 'SpaceChangeProposal',
              id: 'c-PENDING',
              status: 'ACCEPTED',
            },
          },
        },
      },
      stewards([person('me', 'Sara S.')], [person('o1', 'Olu O.')]),
      proposals([proposal('ACCEPTED', false)]),
    ]);
    expect((await screen.findByRole('link', { name: 'Edit space' })).getAttribute('href')).toBe(
      `/spaces/${S}/edit`,
    );
    const list = await screen.findByRole('list', { name: 'Stewards' });
    expect(within(list).getByText('Sara S.')).toBeTruthy();
    // The only steward cannot be removed: a space keeps one.
    expect(within(list).queryByRole('button')).toBeNull();
    expect(screen.getByRole('combobox', { name: /Organiser/ })).toBeTruthy();

    const waiting = await screen.findByRole('list', { name: 'Suggested changes waiting' });
    expect(within(waiting).getByText('Suggested by Olu O.')).toBeTruthy();
    expect(within(waiting).getByText('3 Mill Lane')).toBeTruthy();
    expect(within(waiting).getByText('Step-free access')).toBeTruthy();
    fireEvent.click(
      within(waiting).getByRole('button', { name: 'Accept the change suggested by Olu O.' }),
    );
    expect(await screen.findByText('No suggestions are waiting.')).toBeTruthy();
  });

  it('lets a steward add an organiser who uses the place as a steward', async () => {
    open([
      stewardship(true, 1),
      stewards([person('me', 'Sara S.')], [person('o1', 'Olu O.')]),
      proposals([]),
      {
        request: { query: GrantStewardshipMutation, variables: { spaceId: S, personId: 'o1' } },
        result: { data: { grantSpaceStewardship: true } },
      },
      stewards([person('me', 'Sara S.'), person('o1', 'Olu O.')], []),
      proposals([]),
    ]);
    fireEvent.change(await screen.findByRole('combobox', { name: /Organiser/ }), {
      target: { value: 'o1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add as steward' }));
    expect(await screen.findByRole('button', { name: 'Remove Olu O. as a steward' })).toBeTruthy();
    expect(screen.getByText(/No other organisers use this place yet/)).toBeTruthy();
  });

  it('lets another organiser suggest a change and follow their suggestions', async () => {
    open([stewardship(false, 1), proposals([proposal('DECLINED', true)])]);
    expect(
      (await screen.findByRole('link', { name: 'Suggest a change' })).getAttribute('href'),
    ).toBe(`/spaces/${S}/suggest`);
    expect(screen.queryByRole('link', { name: 'Edit space' })).toBeNull();
    const mine = await screen.findByRole('list', { name: 'Your suggestions' });
    expect(within(mine).getByText('Declined')).toBeTruthy();
    expect(within(mine).getByText('The steward said: The sign still says Oak Road.')).toBeTruthy();
    expect(within(mine).queryByRole('button')).toBeNull();
  });

  it('shows nothing to people who organise no group', async () => {
    const answered = jest.fn(() => stewardship(false, 0).result);
    open([{ ...stewardship(false, 0), result: answered }]);
    await waitFor(() => expect(answered).toHaveBeenCalled());
    // One more turn, for the answer to reach the component.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
