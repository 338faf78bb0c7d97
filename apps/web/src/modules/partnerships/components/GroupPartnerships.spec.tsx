import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithApp } from '../../../../test/render';
import {
  AcceptPartnershipMutation,
  GroupPartnershipsQuery,
  PartnerSearchQuery,
  PendingPartnershipsQuery,
  ProposePartnershipMutation,
} from '../graphql/partnerships.graphql';
import { GroupPartnerships } from './GroupPartnerships';

const G = 'g1';
const group = (id: string, name: string) => ({ __typename: 'Group' as const, id, name });
const partnership = (id: string, from: string, to: string, note: string | null = null) => ({
  __typename: 'Partnership' as const,
  id,
  note,
  fromGroup: group(from, from === G ? 'Bumps and Babies' : `Group ${from}`),
  toGroup: group(to, to === G ? 'Bumps and Babies' : `Group ${to}`),
});

const partnersOf = (organising: string[], partners: ReturnType<typeof partnership>[]) => ({
  request: { query: GroupPartnershipsQuery, variables: { id: G } },
  result: {
    data: {
      group: {
        ...group(G, 'Bumps and Babies'),
        partnerships: partners.map(({ note: _note, ...rest }) => rest),
      },
      me: organising.length
        ? { __typename: 'Me' as const, organising: organising.map((id) => group(id, id)) }
        : null,
    },
  },
});
const pendingOf = (pending: ReturnType<typeof partnership>[]) => ({
  request: { query: PendingPartnershipsQuery, variables: { id: G } },
  result: {
    data: { group: { __typename: 'Group' as const, id: G, pendingPartnerships: pending } },
  },
});

const open = (mocks: object[]) =>
  renderWithApp(<GroupPartnerships groupId={G} />, { mocks: mocks as never });

describe('GroupPartnerships', () => {
  it('shows a visitor the partner groups as links, and nothing to manage', async () => {
    open([partnersOf([], [partnership('p1', G, 'g2'), partnership('p2', 'g3', G)])]);
    const list = await screen.findByRole('list', { name: 'Partner groups' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Group g2', '/groups/g2'],
      ['Group g3', '/groups/g3'],
    ]);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Propose a partnership' })).toBeNull();
  });

  it('says when a group has no partners yet', async () => {
    open([partnersOf([], [])]);
    expect(await screen.findByText('No partner groups yet.')).toBeTruthy();
  });

  it('lets an organiser accept a proposal received, which then shows as a partner', async () => {
    const proposal = partnership('p3', 'g4', G, 'Coffee morning together?');
    open([
      partnersOf([G], []),
      pendingOf([proposal, partnership('p4', G, 'g5')]),
      {
        request: { query: AcceptPartnershipMutation, variables: { id: 'p3' } },
        result: {
          data: {
            acceptPartnership: { __typename: 'Partnership', id: 'p3', status: 'ACTIVE' },
          },
        },
      },
      partnersOf([G], [proposal]),
      pendingOf([partnership('p4', G, 'g5')]),
    ]);
    expect(await screen.findByText('Coffee morning together?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Withdraw the proposal to Group g5' })).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: 'Accept the partnership proposed by Group g4' }),
    );
    const list = await screen.findByRole('list', { name: 'Partner groups' });
    expect(within(list).getByRole('link', { name: 'Group g4' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End the partnership with Group g4' })).toBeTruthy();
    expect(await screen.findByText('No proposals are waiting for your answer.')).toBeTruthy();
  });

  it('lets an organiser find a group by name and propose a partnership with a note', async () => {
    open([
      partnersOf([G], []),
      pendingOf([]),
      {
        request: { query: PartnerSearchQuery, variables: { text: 'chess' } },
        result: {
          data: {
            groups: {
              __typename: 'GroupConnection',
              edges: [
                { __typename: 'GroupEdge', node: group('g9', 'Chess Club') },
                { __typename: 'GroupEdge', node: group(G, 'Bumps and Babies') },
              ],
            },
          },
        },
      },
      {
        request: {
          query: ProposePartnershipMutation,
          variables: { from: G, to: 'g9', note: 'Games for parents?' },
        },
        result: {
          data: {
            proposePartnership: { __typename: 'Partnership', id: 'p9', status: 'PENDING' },
          },
        },
      },
      partnersOf([G], []),
      pendingOf([partnership('p9', G, 'g9')]),
    ]);
    fireEvent.change(await screen.findByLabelText(/Find a group by name/), {
      target: { value: 'chess' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const results = await screen.findByRole('list', { name: 'Groups found' });
    // The group itself is never offered as its own partner.
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(within(results).getByRole('button', { name: 'Choose Chess Club' }));
    fireEvent.change(screen.getByLabelText(/A note to the organisers of Chess Club/), {
      target: { value: 'Games for parents?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Propose a partnership to Chess Club' }));
    expect(
      await screen.findByText(
        'Proposal sent to Chess Club. Their organisers will accept or decline it.',
      ),
    ).toBeTruthy();
  });
});
