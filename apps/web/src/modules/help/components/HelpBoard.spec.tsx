import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { groupRef, helpFormContextMock, helpPage, helpPost } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import { HelpPostsNearSubscription, HelpPostsQuery } from '../graphql/help-posts.query';
import { HelpBoard } from './HelpBoard';

const all = { kind: null, category: null, areaCell: null, first: 20 };
const MY_AREA = '8819429a9dfffff';
/** Without an area filter the board asks for my area and around it, from the page's liveCursor. */
const near = { areaCells: null, categories: null, since: '100' };
const boardEvent = (post: ReturnType<typeof helpPost>) => ({
  helpPostsNear: { __typename: 'HelpBoardEvent', cursor: '101', helpPost: post },
});

/** Who is looking: nobody signed in, or a member with a rough area. */
const signedOut = helpFormContextMock(null);
const withArea = helpFormContextMock(MY_AREA);

/** The board as a member with a rough area sees it: one page, then one live event after 200 ms. */
function renderLiveBoard({
  url = '/help',
  variables = all,
  page,
  event,
}: {
  url?: string;
  variables?: Record<string, unknown>;
  page: ReturnType<typeof helpPost>[];
  event: ReturnType<typeof helpPost>;
}) {
  renderWithApp(<HelpBoard />, {
    url,
    path: '/help',
    mocks: [
      withArea,
      {
        request: { query: HelpPostsQuery, variables },
        result: { data: helpPage(page, null, false) },
      },
      {
        request: { query: HelpPostsNearSubscription, variables: near },
        result: { data: boardEvent(event) },
        delay: 200,
      },
    ],
  });
}

describe('HelpBoard', () => {
  it('lists offers and requests and loads more on request', async () => {
    renderWithApp(<HelpBoard />, {
      url: '/help',
      path: '/help',
      mocks: [
        signedOut,
        {
          request: { query: HelpPostsQuery, variables: all },
          result: {
            data: helpPage(
              [
                helpPost('1', {
                  title: 'Pram to give away',
                  authorGroup: groupRef('g1', 'Food Share'),
                  authorPerson: null,
                }),
                helpPost('2', {
                  kind: 'REQUEST',
                  category: 'LIFTS',
                  title: 'Lift to the hospital',
                  availability: 'Thursday mornings',
                }),
              ],
              'c-2',
              true,
            ),
          },
        },
        {
          request: { query: HelpPostsQuery, variables: { ...all, after: 'c-2' } },
          result: {
            data: helpPage(
              [helpPost('3', { title: 'Company for a walk', category: 'COMPANY' })],
              'c-3',
              false,
            ),
          },
        },
      ],
    });

    const offer = await screen.findByRole('article', { name: 'Pram to give away' });
    expect(within(offer).getByText('Offer')).toBeTruthy();
    expect(within(offer).getByRole('link', { name: 'Food Share' }).getAttribute('href')).toBe(
      '/groups/g1',
    );

    const request = screen.getByRole('article', { name: 'Lift to the hospital' });
    expect(within(request).getByText('Request')).toBeTruthy();
    expect(within(request).getByText('Lifts')).toBeTruthy();
    expect(within(request).getByText('Thursday mornings')).toBeTruthy();
    expect(within(request).getByText('Amina')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(await screen.findByRole('heading', { name: 'Company for a walk' })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('filters by kind and category through the address', async () => {
    renderWithApp(<HelpBoard />, {
      url: '/help',
      path: '/help',
      mocks: [
        signedOut,
        {
          request: { query: HelpPostsQuery, variables: all },
          result: { data: helpPage([helpPost('1')], null, false) },
        },
        {
          request: { query: HelpPostsQuery, variables: { ...all, kind: 'REQUEST' } },
          result: {
            data: helpPage(
              [helpPost('2', { kind: 'REQUEST', title: 'Help with a form' })],
              null,
              false,
            ),
          },
        },
        {
          request: {
            query: HelpPostsQuery,
            variables: { ...all, kind: 'REQUEST', category: 'COOKING' },
          },
          result: { data: helpPage([], null, false) },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Post 1' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Requests');
    expect(await screen.findByRole('heading', { name: 'Help with a form' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/help?kind=REQUEST');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Cooking');
    expect(
      await screen.findByText('Nothing matches these filters yet. Try another category.'),
    ).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/help?kind=REQUEST&category=COOKING');
  });

  it('keeps the list and offers a retry when the next page fails', async () => {
    renderWithApp(<HelpBoard />, {
      url: '/help',
      path: '/help',
      mocks: [
        signedOut,
        {
          request: { query: HelpPostsQuery, variables: all },
          result: { data: helpPage([helpPost('1')], 'c-1', true) },
        },
        {
          request: { query: HelpPostsQuery, variables: { ...all, after: 'c-1' } },
          result: {
            errors: [
              { message: 'That cursor is not valid.', extensions: { code: 'BAD_USER_INPUT' } },
            ],
          },
        },
        {
          request: { query: HelpPostsQuery, variables: { ...all, after: 'c-1' } },
          result: { data: helpPage([helpPost('2')], null, false) },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Show more' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That cursor is not valid.');
    expect(screen.getByRole('heading', { name: 'Post 1' })).toBeTruthy();

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Post 2' })).toBeTruthy();
  });

  it('filters by area through the address and says new posts there appear live', async () => {
    renderWithApp(<HelpBoard />, {
      url: '/help',
      path: '/help',
      mocks: [
        withArea,
        {
          request: { query: HelpPostsQuery, variables: all },
          result: { data: helpPage([helpPost('1')], null, false) },
        },
        {
          request: { query: HelpPostsQuery, variables: { ...all, areaCell: MY_AREA } },
          result: { data: helpPage([helpPost('2', { title: 'Nappies nearby' })], null, false) },
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Post 1' });
    // Once my area is known (its own query), the board says it is live there.
    expect(
      await screen.findByText('New posts in this area appear here as they are posted.'),
    ).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'My area');
    expect(await screen.findByRole('heading', { name: 'Nappies nearby' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(`/help?area=${MY_AREA}`);
  });

  it('ignores an area in the address that is not an area cell', async () => {
    renderWithApp(<HelpBoard />, {
      url: '/help?area=somewhere',
      path: '/help',
      mocks: [
        signedOut,
        {
          request: { query: HelpPostsQuery, variables: all },
          result: { data: helpPage([helpPost('1')], null, false) },
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Post 1' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Area' }) as HTMLSelectElement).value).toBe('');
    expect(screen.getByText(/Choose an area, or add your rough area/)).toBeTruthy();
  });

  it('puts a new post in my area at the top as it is posted, marked new and announced', async () => {
    const arriving = helpPost('9', { title: 'Baby clothes 0–6 months', areaCell: MY_AREA });
    renderLiveBoard({ page: [helpPost('1')], event: arriving });
    const card = await screen.findByRole('article', { name: 'Baby clothes 0–6 months' });
    expect(within(card).getByText('New')).toBeTruthy();
    const cards = screen.getAllByRole('article');
    expect(cards[0]).toBe(card);
    expect(cards).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe(
      'Just posted: \u2068Baby clothes 0–6 months\u2069 (Offer)',
    );
  });

  it('does not mark as new a post the page already shows when catch-up sends it again', async () => {
    const shown = helpPost('1', { areaCell: MY_AREA });
    renderLiveBoard({ page: [shown], event: shown });
    const card = await screen.findByRole('article', { name: 'Post 1' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(within(card).queryByText('New')).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByText(/Just posted/)).toBeNull();
  });

  it('leaves out a new post that does not fit the filters', async () => {
    renderLiveBoard({
      url: '/help?kind=REQUEST',
      variables: { ...all, kind: 'REQUEST' },
      page: [helpPost('1', { kind: 'REQUEST', title: 'A lift' })],
      event: helpPost('9', { title: 'An offer' }),
    });
    await screen.findByRole('heading', { name: 'A lift' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.queryByRole('heading', { name: 'An offer' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });
});
