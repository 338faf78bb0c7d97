import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import {
  SafeguardingConcernRaisedSubscription,
  SafeguardingConcernsQuery,
  UpdateSafeguardingConcernMutation,
} from '../graphql/safety.graphql';
import { SafeguardingConcerns } from './SafeguardingConcerns';

function concern(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'SafeguardingConcern',
    id,
    concern: `Concern ${id}: a child was left alone.`,
    status: 'RAISED',
    leadNotes: '',
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    message: null,
    raisedBy: { __typename: 'Person', id: `p-${id}`, displayName: name },
    aboutPerson: null,
    helpPost: { __typename: 'HelpPost', id: 'post-1', title: 'Pram to lend' },
    ...overrides,
  };
}

const list = (concerns: ReturnType<typeof concern>[], status: string | null = null) => ({
  request: { query: SafeguardingConcernsQuery, variables: { status, first: 20 } },
  result: {
    data: {
      safeguardingConcerns: {
        __typename: 'SafeguardingConcernConnection',
        edges: concerns.map((node) => ({
          __typename: 'SafeguardingConcernEdge',
          cursor: node.id,
          node,
        })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('SafeguardingConcerns', () => {
  it('keeps the lead’s status and notes, and shows a new concern live at the top', async () => {
    renderWithApp(<SafeguardingConcerns />, {
      mocks: [
        list([concern('c1', 'Amina')]),
        {
          request: { query: SafeguardingConcernRaisedSubscription },
          result: { data: { safeguardingConcernRaised: concern('c2', 'Kasia') } },
          delay: 200,
        },
        {
          request: {
            query: UpdateSafeguardingConcernMutation,
            variables: { id: 'c1', status: 'IN_PROGRESS', leadNotes: 'Called the family hub.' },
          },
          result: {
            data: {
              updateSafeguardingConcern: concern('c1', 'Amina', {
                status: 'IN_PROGRESS',
                leadNotes: 'Called the family hub.',
              }),
            },
          },
        },
      ],
    });
    const first = await screen.findByRole('article', { name: 'Raised by \u2068Amina\u2069' });
    expect(within(first).getByRole('link', { name: 'Pram to lend' })).toBeTruthy();

    const fresh = await screen.findByRole('article', { name: 'Raised by \u2068Kasia\u2069 New' });
    const articles = screen.getAllByRole('article');
    expect(articles[0]).toBe(fresh);
    expect(screen.getByText('A new concern from \u2068Kasia\u2069 is at the top.')).toBeTruthy();

    await userEvent.selectOptions(
      within(first).getByRole('combobox', { name: 'Where it stands' }),
      'IN_PROGRESS',
    );
    await userEvent.type(
      within(first).getByRole('textbox', { name: 'Your notes' }),
      'Called the family hub.',
    );
    await userEvent.click(within(first).getByRole('button', { name: 'Save' }));
    expect(await within(first).findByText('Saved.')).toBeTruthy();
    expect(within(first).getAllByText('Being looked into').length).toBeGreaterThan(0);
  });

  it('neither marks nor announces a new concern the status filter leaves out', async () => {
    renderWithApp(<SafeguardingConcerns />, {
      mocks: [
        list([concern('c1', 'Amina')]),
        list([concern('c1', 'Amina', { status: 'IN_PROGRESS' })], 'IN_PROGRESS'),
        {
          request: { query: SafeguardingConcernRaisedSubscription },
          result: { data: { safeguardingConcernRaised: concern('c2', 'Kasia') } },
          delay: 300,
        },
      ],
    });
    await screen.findByRole('article', { name: 'Raised by \u2068Amina\u2069' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'IN_PROGRESS');
    expect(await screen.findByText('Being looked into', { selector: '.status' })).toBeTruthy();

    // Kasia's concern, still "Raised", arrives while only those being looked into are shown.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('article', { name: /Kasia/ })).toBeNull();
    expect(screen.queryByText('New')).toBeNull();
    expect(screen.queryByText('A new concern from \u2068Kasia\u2069 is at the top.')).toBeNull();
  });

  it('says when there are none', async () => {
    renderWithApp(<SafeguardingConcerns />, {
      mocks: [
        list([]),
        {
          request: { query: SafeguardingConcernRaisedSubscription },
          result: { data: { safeguardingConcernRaised: null } },
          delay: 60_000,
        },
      ],
    });
    expect(await screen.findByText('No concerns here.')).toBeTruthy();
  });
});
