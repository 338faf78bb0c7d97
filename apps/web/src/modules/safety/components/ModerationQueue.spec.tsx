import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { expectFocusIntoConfirmAndBack } from '../../../../test/confirm-focus';
import { ModerationQueueQuery, RemoveModerationItemMutation } from '../graphql/safety.graphql';
import { ModerationQueue } from './ModerationQueue';

function item(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ModerationItem',
    id,
    subjectKind: 'HELP_POST',
    state: 'PENDING',
    createdAt: '2026-03-02T10:00:00.000Z',
    text: 'Baby photos wanted\n\nSend me photos of your baby',
    helpPost: { __typename: 'HelpPost', id: `post-${id}`, title: `Post ${id}` },
    group: null,
    screening: [
      { __typename: 'ScreeningMatch', rule: 'CHILD_PHOTOS', phrase: 'photos of your baby' },
    ],
    reports: [
      {
        __typename: 'ModerationReport',
        id: `r-${id}`,
        reason: 'UNSAFE',
        details: 'This feels wrong',
        status: 'OPEN',
        createdAt: '2026-03-02T11:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

const queue = (items: ReturnType<typeof item>[]) => ({
  request: { query: ModerationQueueQuery, variables: { first: 20 } },
  result: {
    data: {
      moderationQueue: {
        __typename: 'ModerationItemConnection',
        edges: items.map((node) => ({ __typename: 'ModerationItemEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('ModerationQueue', () => {
  it('shows why each item is here and removes one after confirming, announcing it', async () => {
    renderWithApp(<ModerationQueue />, {
      mocks: [
        queue([item('1'), item('2', { subjectKind: 'EXCHANGE_MESSAGE', screening: [] })]),
        {
          request: {
            query: RemoveModerationItemMutation,
            variables: { id: '1', note: 'Asking for photos of children is not allowed.' },
          },
          result: {
            data: {
              removeModerationItem: item('1', {
                state: 'REMOVED',
                reports: [{ ...item('1').reports[0], status: 'UPHELD' }],
              }),
            },
          },
        },
      ],
    });
    const post = await screen.findByRole('article', { name: 'Post: Post 1' });
    expect(screen.getByText('2 items waiting.')).toBeTruthy();
    expect(within(post).getByText(/Asks for photos or videos of children/)).toBeTruthy();
    expect(within(post).getByText('photos of your baby')).toBeTruthy();
    expect(within(post).getByText(/Reported: It could put someone at risk/)).toBeTruthy();
    expect(within(post).getByText('This feels wrong')).toBeTruthy();
    const message = screen.getByRole('article', { name: 'Message: Post 2' });
    expect(
      within(message).getByRole('button', { name: 'Release: the message is fine' }),
    ).toBeTruthy();

    await userEvent.click(within(post).getByRole('button', { name: 'Remove' }));
    const question = within(post).getByRole('group', { name: 'Remove it?' });
    expect(question.textContent).toMatch(/leaves the help board/);
    await userEvent.type(
      within(question).getByRole('textbox', { name: 'A note for the author (optional)' }),
      'Asking for photos of children is not allowed.',
    );
    await userEvent.click(within(question).getByRole('button', { name: 'Remove it' }));

    expect((await screen.findByText('Removed: \u2068Post 1\u2069.')).getAttribute('role')).toBe(
      'status',
    );
    expect(screen.queryByRole('article', { name: 'Post: Post 1' })).toBeNull();
    expect(screen.getByText('1 item waiting.')).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'Waiting for a decision' }),
    );
  });

  it('moves the focus to the question, and back to Remove when cancelled', async () => {
    renderWithApp(<ModerationQueue />, { mocks: [queue([item('1')])] });
    const post = await screen.findByRole('article', { name: 'Post: Post 1' });
    await expectFocusIntoConfirmAndBack(post, {
      open: 'Remove',
      question: 'Remove it?',
      cancel: 'Cancel',
    });
  });

  it('says when nothing is waiting, in Polish too', async () => {
    renderWithApp(<ModerationQueue />, { mocks: [queue([])], language: 'pl' });
    expect(await screen.findByText('Nic nie czeka. Dziękujemy za sprawdzenie.')).toBeTruthy();
  });
});
