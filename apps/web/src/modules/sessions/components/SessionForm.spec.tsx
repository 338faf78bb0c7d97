import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../../test/render';
import { CreateSessionMutation, SpacesByNameQuery } from '../graphql/publish.graphql';
import { emptyDraft } from '../utils/session-draft';
import { SessionForm } from './SessionForm';

const now = new Date('2027-01-01T09:00:00Z');
const GROUP = '3f1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d';
const SPACE = '7a1c1f3e-3b0a-4d0e-9a55-0a4f7c1e2b3d';

const spaceSearch = {
  request: { query: SpacesByNameQuery, variables: { search: 'Westgate' } },
  result: {
    data: {
      spaces: {
        __typename: 'SpaceConnection' as const,
        edges: [
          {
            __typename: 'SpaceEdge' as const,
            node: {
              __typename: 'Space' as const,
              id: SPACE,
              name: 'Westgate Hall',
              address: '12 Westgate',
              postcode: 'BD1 2AB',
            },
          },
        ],
      },
    },
  },
};

const input = {
  groupId: GROUP,
  title: 'Rhyme Time',
  description: '',
  minAgeMonths: 0,
  maxAgeMonths: 60,
  languages: ['en'],
  costPence: 250,
  capacity: null,
  durationMinutes: 60,
  startDate: '2027-01-05',
  startTime: '10:00',
  recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
  spaceId: SPACE,
};

async function fillIn() {
  const title = screen.getByRole('textbox', { name: 'Title' });
  await userEvent.type(title, 'Rhyme Time');
  const cost = screen.getByRole('textbox', { name: /Cost in pounds/ });
  await userEvent.clear(cost);
  await userEvent.type(cost, '2.50');
  await userEvent.click(screen.getByRole('radio', { name: 'Every other week' }));
  await userEvent.type(screen.getByRole('searchbox', { name: 'Find a space by name' }), 'Westgate');
  await userEvent.click(screen.getByRole('button', { name: 'Find' }));
  await userEvent.click(
    await screen.findByRole('radio', { name: 'Westgate Hall, 12 Westgate, BD1 2AB' }),
  );
}

describe('SessionForm', () => {
  it('previews the next dates of the repeat chosen, worked out here, with the rule in words', async () => {
    renderWithApp(
      <SessionForm initial={emptyDraft('2027-01-05')} target={{ groupId: GROUP }} now={now} />,
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Every other week' }));
    const preview = screen.getByRole('region', { name: 'Next dates' });
    expect(within(preview).getByText('Every other Tuesday')).toBeTruthy();
    const dates = within(preview)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(dates).toHaveLength(5);
    expect(dates[0]).toMatch(/5 January/);
    expect(dates[1]).toMatch(/19 January/);

    await userEvent.click(screen.getByRole('radio', { name: 'Once a month' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Which week of the month' }),
      'Last',
    );
    expect(within(preview).getByText('Last Tuesday of the month')).toBeTruthy();
    expect(within(preview).getAllByRole('listitem')[0]!.textContent).toMatch(/26 January/);
  }, 20_000);

  it('checks the fields before sending and focuses the first problem', async () => {
    renderWithApp(
      <SessionForm initial={emptyDraft('2027-01-05')} target={{ groupId: GROUP }} now={now} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Publish session' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give the session a title of at least 2 characters.')).toBeTruthy();
    expect(screen.getByText('Choose a space, or add a new one.')).toBeTruthy();
  });

  it('publishes a fortnightly session at a chosen space, then opens it', async () => {
    renderWithApp(
      <SessionForm initial={emptyDraft('2027-01-05')} target={{ groupId: GROUP }} now={now} />,
      {
        url: '/groups/g/sessions/new',
        path: '/groups/g/sessions/new',
        mocks: [
          spaceSearch,
          {
            request: { query: CreateSessionMutation, variables: { input } },
            result: {
              data: { createSession: { __typename: 'Session' as const, id: 'new-session' } },
            },
          },
        ],
      },
    );
    await fillIn();
    expect(screen.getByText('Chosen: Westgate Hall')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Publish session' }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/sessions/new-session'),
    );
  }, 20_000);

  it('shows the API’s refusal of the repeat by the repeat, and focuses it', async () => {
    renderWithApp(
      <SessionForm initial={emptyDraft('2027-01-05')} target={{ groupId: GROUP }} now={now} />,
      {
        mocks: [
          spaceSearch,
          {
            request: { query: CreateSessionMutation, variables: { input } },
            result: {
              errors: [
                new GraphQLError(
                  'Sessions cannot repeat HOURLY; use DAILY, WEEKLY, MONTHLY or YEARLY.',
                  {
                    extensions: { code: 'BAD_USER_INPUT', field: 'recurrence' },
                  },
                ),
              ],
            },
          },
        ],
      },
    );
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Publish session' }));
    const how = await screen.findByRole('group', { name: 'How often' });
    expect(
      await within(how).findByText(
        'Sessions cannot repeat HOURLY; use DAILY, WEEKLY, MONTHLY or YEARLY.',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(how).getAllByRole('radio')[0]);
  }, 20_000);
});
