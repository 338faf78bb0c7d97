import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exchangeData, helpPost } from '../../../../test/fixtures';
import { ExchangeList } from '../../exchanges/components/ExchangeList';
import { MyExchangesQuery } from '../../exchanges/graphql/exchange.graphql';
import { expectFocusIntoConfirmAndBack } from '../../../../test/confirm-focus';
import { renderWithApp } from '../../../../test/render';
import { ContentModeration, ExchangeStatus, HelpPostStatus } from '../../../gql/graphql';
import { MyHelpPostsQuery, WithdrawHelpPostMutation } from '../graphql/my-help.graphql';
import { MyHelpPosts } from './MyHelpPosts';

const page = (posts: ReturnType<typeof helpPost>[]) => ({
  request: { query: MyHelpPostsQuery, variables: { first: 20 } },
  result: {
    data: {
      myHelpPosts: {
        __typename: 'HelpPostConnection',
        edges: posts.map((node) => ({ __typename: 'HelpPostEdge', cursor: node.id, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

describe('MyHelpPosts', () => {
  it('says which of my posts wait for a moderator or were taken down', async () => {
    renderWithApp(<MyHelpPosts />, {
      mocks: [
        page([
          helpPost('1', { title: 'Pram to lend', moderation: ContentModeration.Held }),
          // A moderator's removal withdraws the post too (as the API does).
          helpPost('2', {
            title: 'Cot to lend',
            moderation: ContentModeration.Removed,
            status: HelpPostStatus.Withdrawn,
            removalNote: 'Please post baby items without a price.',
          }),
          helpPost('3', { title: 'Sling to lend' }),
        ]),
      ],
    });
    const held = await screen.findByRole('article', { name: 'Pram to lend' });
    expect(
      within(held).getByText(/^Waiting for a moderator: it goes on the help board/),
    ).toBeTruthy();
    const removed = screen.getByRole('article', { name: 'Cot to lend' });
    expect(
      within(removed).getByText(
        'A moderator took this post down. Only your side can still see it.',
        { exact: false },
      ),
    ).toBeTruthy();
    expect(within(removed).getByText('Removed by a moderator')).toBeTruthy();
    expect(within(removed).queryByText('Withdrawn')).toBeNull();
    expect(within(removed).getByText('Please post baby items without a price.')).toBeTruthy();
    const visible = screen.getByRole('article', { name: 'Sling to lend' });
    expect(within(visible).queryByText(/moderator/)).toBeNull();
  });

  it('withdraws an open post after saying what that does', async () => {
    renderWithApp(<MyHelpPosts />, {
      mocks: [
        page([
          helpPost('1', { title: 'Pram to lend' }),
          helpPost('2', { title: 'Old request', status: HelpPostStatus.Withdrawn }),
        ]),
        {
          request: { query: WithdrawHelpPostMutation, variables: { id: '1' } },
          result: {
            data: { withdrawHelpPost: { __typename: 'HelpPost', id: '1', status: 'WITHDRAWN' } },
          },
        },
      ],
    });
    const open = await screen.findByRole('article', { name: 'Pram to lend' });
    const old = screen.getByRole('article', { name: 'Old request' });
    expect(within(old).getByText('Withdrawn')).toBeTruthy();
    expect(within(old).queryByRole('button', { name: 'Withdraw this post' })).toBeNull();

    await userEvent.click(within(open).getByRole('button', { name: 'Withdraw this post' }));
    const question = within(open).getByRole('group', { name: 'Withdraw this post?' });
    expect(within(question).getByText(/leaves the help board/)).toBeTruthy();
    await userEvent.click(within(question).getByRole('button', { name: 'Yes, withdraw it' }));

    expect(await within(open).findByText('Withdrawn')).toBeTruthy();
    expect(within(open).queryByRole('button', { name: /withdraw/i })).toBeNull();
  });

  it('moves the focus to the question, and back to the button when I keep the post', async () => {
    renderWithApp(<MyHelpPosts />, { mocks: [page([helpPost('1', { title: 'Pram to lend' })])] });
    const open = await screen.findByRole('article', { name: 'Pram to lend' });
    await expectFocusIntoConfirmAndBack(open, {
      open: 'Withdraw this post',
      question: 'Withdraw this post?',
      cancel: 'Keep it',
    });
  });

  it('says so when I have posted nothing, with a way to post', async () => {
    renderWithApp(<MyHelpPosts />, { mocks: [page([])] });
    expect(await screen.findByText(/You haven't posted anything yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Post an offer or a request' })).toBeTruthy();
  });
});

describe('withdrawing a post with a conversation going on', () => {
  const myExchanges = (status: ExchangeStatus) => ({
    request: { query: MyExchangesQuery, variables: { first: 20 } },
    result: {
      data: {
        liveCursor: 'c0',
        myExchanges: {
          __typename: 'ExchangeConnection',
          edges: [
            {
              __typename: 'ExchangeEdge',
              cursor: 'x1',
              node: exchangeData({
                status,
                mySide: 'POST',
                helpPost: { ...exchangeData().helpPost, id: '1', title: 'Pram to lend' },
              }),
            },
          ],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  });

  it('shows the conversation called off at once, without a reload', async () => {
    renderWithApp(
      <>
        <ExchangeList organising={[]} />
        <MyHelpPosts />
      </>,
      {
        mocks: [
          myExchanges(ExchangeStatus.Open),
          page([helpPost('1', { title: 'Pram to lend' })]),
          {
            request: { query: WithdrawHelpPostMutation, variables: { id: '1' } },
            result: {
              data: { withdrawHelpPost: { __typename: 'HelpPost', id: '1', status: 'WITHDRAWN' } },
            },
          },
          myExchanges(ExchangeStatus.Cancelled),
        ],
      },
    );
    expect(await screen.findByText('Talking')).toBeTruthy();
    const post = await screen.findByRole('article', { name: 'Pram to lend' });
    await userEvent.click(within(post).getByRole('button', { name: 'Withdraw this post' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));

    expect(await screen.findByText('Called off')).toBeTruthy();
    expect(screen.queryByText('Talking')).toBeNull();
  });
});
