import { screen, within } from '@testing-library/react';
import { helpFormContextMock, helpPost } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { HelpPostStatus } from '../../gql/graphql';
import {
  HelpPostQuery,
  HelpPostStatusChangedSubscription,
} from '../../modules/help/graphql/help-posts.query';
import { HelpPostPage } from './HelpPostPage';

/** Addresses carry real ids: anything else is not found without asking (useIdParam). */
const POST_ID = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99';
const post = helpPost(POST_ID, { title: 'Moses basket' });
const signedIn = helpFormContextMock(post.areaCell);
const statusEvent = (id: string, status: HelpPostStatus, cursor: string) => ({
  request: {
    query: HelpPostStatusChangedSubscription,
    variables: { areaCell: post.areaCell, since: '100' },
  },
  result: {
    data: {
      helpPostStatusChanged: {
        __typename: 'HelpBoardEvent',
        cursor,
        helpPost: { __typename: 'HelpPost', id, status },
      },
    },
  },
  delay: 200,
});

/** The post's page, signed in, with one status change arriving live. */
function renderPostPage(event: ReturnType<typeof statusEvent>, shown = post) {
  renderWithApp(<HelpPostPage />, {
    url: `/help/posts/${POST_ID}`,
    path: '/help/posts/:id',
    mocks: [
      signedIn,
      {
        request: { query: HelpPostQuery, variables: { id: POST_ID } },
        result: { data: { helpPost: shown, liveCursor: '100' } },
      },
      event,
    ],
  });
}

describe('HelpPostPage', () => {
  it('shows the post matched the moment it is, closes responses and says so', async () => {
    renderPostPage(statusEvent(POST_ID, HelpPostStatus.Matched, '104'));
    const card = await screen.findByRole('article', { name: 'Moses basket' });
    expect(within(card).queryByText('Matched')).toBeNull();
    expect(await within(card).findByText('Matched')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('This post is now: Matched.');
    expect(screen.getByText('This post is no longer open to responses.')).toBeTruthy();
  });

  it('updates another post of the same area quietly, without saying anything here', async () => {
    renderPostPage(statusEvent('p2', HelpPostStatus.Withdrawn, '104'));
    const card = await screen.findByRole('article', { name: 'Moses basket' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(within(card).queryByText('Withdrawn')).toBeNull();
    expect(screen.queryByText(/This post is now/)).toBeNull();
  });

  it("offers to help on someone else's request, with a message box", async () => {
    const request = { kind: 'REQUEST' as const };
    renderPostPage(statusEvent('p2', HelpPostStatus.Open, '104'), { ...post, ...request });
    expect(await screen.findByRole('heading', { name: 'Offer to help' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Your message' })).toBeTruthy();
  });

  it('shows my own request as mine, with no offer to help and no message box', async () => {
    const mine = {
      ...post,
      kind: 'REQUEST' as const,
      authorPerson: { __typename: 'Person' as const, id: 'me', displayName: 'Me' },
    };
    renderPostPage(statusEvent('p2', HelpPostStatus.Open, '104'), mine);
    expect(await screen.findByRole('heading', { name: 'Your post' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Offer to help' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('link', { name: 'My posts and exchanges' }).getAttribute('href')).toBe(
      '/help/mine',
    );
  });
});
