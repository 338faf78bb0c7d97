import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import {
  HideTieMutation,
  MyTiesQuery,
  RemoveTieMutation,
  UnhideTieMutation,
} from '../graphql/ties';
import { MyTiesList } from './MyTiesList';

type Other = { __typename: 'Person'; displayName: string } | { __typename: 'Group'; name: string };

const tie = (id: string, other: Other, extra: { hidden?: boolean; weight?: number } = {}) => ({
  __typename: 'MyTie' as const,
  id,
  provenance: other.__typename === 'Person' ? 'CO_ATTENDANCE' : 'MEMBERSHIP',
  weight: extra.weight ?? 0.5,
  fades: other.__typename === 'Person',
  active: (extra.weight ?? 0.5) >= 0.2,
  hidden: extra.hidden ?? false,
  reasons:
    other.__typename === 'Person'
      ? [
          {
            __typename: 'TieReason' as const,
            kind: 'CO_ATTENDANCE',
            count: 4,
            sessionId: 's1',
            sessionTitle: 'Tuesday Stay & Play',
            groupName: null,
            lastOn: '2026-12-03',
            lastAt: '2026-12-03T10:30:00.000Z',
          },
        ]
      : [
          {
            __typename: 'TieReason' as const,
            kind: 'MEMBERSHIP',
            count: 1,
            sessionId: null,
            sessionTitle: null,
            groupName: other.name,
            lastOn: null,
            lastAt: '2026-10-01T09:00:00.000Z',
          },
        ],
  other: { ...other, id: `o-${id}` },
});

type Tie = ReturnType<typeof tie>;

const page = (hidden: boolean, ties: Tie[], hasNextPage = false, after?: string) => ({
  request: {
    query: MyTiesQuery,
    variables: { hidden, first: 20, ...(after ? { after } : {}) },
  },
  result: {
    data: {
      myTies: {
        __typename: 'MyTieConnection',
        edges: ties.map((node) => ({ __typename: 'MyTieEdge', cursor: `c-${node.id}`, node })),
        pageInfo: {
          __typename: 'PageInfo',
          hasNextPage,
          endCursor: ties.at(-1) ? `c-${ties.at(-1)!.id}` : null,
        },
      },
    },
  },
});

const dee = tie('1', { __typename: 'Person', displayName: 'Dee' });
const knit = tie('2', { __typename: 'Group', name: 'Knit and Natter' }, { weight: 0.3 });

describe('MyTiesList', () => {
  it('says what will appear when there is nothing yet', async () => {
    renderWithApp(<MyTiesList hidden={false} />, { mocks: [page(false, [])] });
    expect(await screen.findByText(/No connections yet/)).toBeTruthy();
  });

  it('says what went wrong, and offers to try again, when the list does not load', async () => {
    renderWithApp(<MyTiesList hidden={false} />, {
      mocks: [{ ...page(false, []), result: undefined, error: new Error('offline') }],
    });
    expect(await screen.findByRole('button', { name: /try again/i })).toBeTruthy();
  });

  it('lists each connection with why in words and how strong it is now', async () => {
    renderWithApp(<MyTiesList hidden={false} />, { mocks: [page(false, [dee, knit])] });
    const list = await screen.findByRole('list', { name: 'Your connections, most recent first' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first!.textContent).toContain('Dee');
    expect(first!.textContent).toContain(
      'You were both at Tuesday Stay & Play 4 times, last on 3 December 2026.',
    );
    expect(first!.textContent).toContain('Strength: Steady');
    expect(
      within(second!).getByRole('link', { name: 'Knit and Natter' }).getAttribute('href'),
    ).toBe('/groups/o-2');
    expect(second!.textContent).toContain('You joined Knit and Natter on 1 October 2026.');
    expect(second!.textContent).toContain('Strength: Lasting: it holds for as long as you belong');
  });

  it('hides a connection: it leaves this list, and the status says where it went', async () => {
    renderWithApp(<MyTiesList hidden={false} />, {
      mocks: [
        page(false, [dee, knit]),
        {
          request: { query: HideTieMutation, variables: { id: '1' } },
          result: { data: { hideTie: { ...dee, hidden: true } } },
        },
        page(true, [{ ...dee, hidden: true }]),
      ],
    });
    const hide = await screen.findByRole('button', { name: 'Hide your connection with Dee' });
    await userEvent.click(hide);
    await waitForElementToBeRemoved(() => screen.queryByText(/Tuesday Stay & Play 4 times/));
    expect(screen.getByRole('status').textContent).toBe(
      'Hidden: Dee. It is now under “Connections you hid”.',
    );
    const list = screen.getByRole('list', { name: 'Your connections, most recent first' });
    await waitFor(() => expect(document.activeElement).toBe(list));
  });

  it('shows a hidden connection again from the hidden list', async () => {
    const hiddenDee = { ...dee, hidden: true };
    renderWithApp(<MyTiesList hidden />, {
      mocks: [
        page(true, [hiddenDee]),
        {
          request: { query: UnhideTieMutation, variables: { id: '1' } },
          result: { data: { unhideTie: dee } },
        },
        page(false, [dee]),
      ],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show your connection with Dee again' }),
    );
    expect(await screen.findByText('You have not hidden any connections.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Dee is back in your connections.');
  });

  it('asks before removing, keeps it on "Keep it", and removes it on yes', async () => {
    renderWithApp(<MyTiesList hidden={false} />, {
      mocks: [
        page(false, [dee, knit]),
        {
          request: { query: RemoveTieMutation, variables: { id: '1' } },
          result: { data: { removeTie: true } },
        },
      ],
    });
    const remove = await screen.findByRole('button', { name: 'Remove your connection with Dee' });
    await userEvent.click(remove);
    const question = screen.getByRole('heading', { name: 'Remove your connection with Dee?' });
    expect(document.activeElement).toBe(question);
    expect(screen.getByText(/ends for both of you/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByText(/Tuesday Stay & Play 4 times/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Remove your connection with Dee' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    await waitForElementToBeRemoved(() => screen.queryByText(/Tuesday Stay & Play 4 times/));
    expect(screen.getByRole('status').textContent).toBe('Your connection with Dee was removed.');
    expect(screen.getByRole('link', { name: 'Knit and Natter' })).toBeTruthy();
  });

  it('loads the next page on request', async () => {
    renderWithApp(<MyTiesList hidden={false} />, {
      mocks: [page(false, [dee], true), page(false, [knit], false, 'c-1')],
    });
    await screen.findByText('Dee');
    await userEvent.click(screen.getByRole('button', { name: /more/i }));
    expect(await screen.findByRole('link', { name: 'Knit and Natter' })).toBeTruthy();
  });

  it('speaks Urdu', async () => {
    renderWithApp(<MyTiesList hidden={false} />, { mocks: [page(false, [dee])], language: 'ur' });
    expect(
      await screen.findByRole('button', { name: 'Dee کے ساتھ اپنا تعلق چھپائیں' }),
    ).toBeTruthy();
  });
});
