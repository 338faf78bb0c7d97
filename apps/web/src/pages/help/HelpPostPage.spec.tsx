import { screen, within } from '@testing-library/react';
import { helpFormContextMock, helpPost } from '../../../test/fixtures';
import type { MockLink } from '@apollo/client/testing';
import { renderWithApp } from '../../../test/render';
import { HelpPostStatus, PartOfDay } from '../../gql/graphql';
import { HelpPostMatchesQuery } from '../../modules/help/graphql/help-matches.query';
import {
  HelpPostQuery,
  HelpPostStatusChangedSubscription,
} from '../../modules/help/graphql/help-posts.query';
import { HelpPostPage } from './HelpPostPage';

type MockedResponse = MockLink.MockedResponse;

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

/** The post's page, signed in, with one status change arriving live (and anything else asked). */
function renderPostPage(
  event: ReturnType<typeof statusEvent>,
  shown = post,
  more: MockedResponse[] = [],
  language: 'en' | 'ur' | 'pl' = 'en',
) {
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
      ...more,
    ],
    language,
  });
}

type Post = ReturnType<typeof helpPost>;
/** With the __typename the API sends, so the cache keeps them as it would. */
const slot = (weekday: number, partOfDay: PartOfDay) =>
  ({ __typename: 'AvailabilitySlot', weekday, partOfDay }) as Post['availabilitySlots'][number];
const author = (id: string, displayName: string) =>
  ({ __typename: 'Person', id, displayName }) as Post['authorPerson'];

/** My own open request for a winter pramsuit, free on Tuesday mornings, in English and Urdu. */
const myRequest = {
  ...post,
  kind: 'REQUEST' as const,
  title: 'Need a winter pramsuit',
  languages: ['en', 'ur'],
  availabilitySlots: [
    { __typename: 'AvailabilitySlot' as const, weekday: 2, partOfDay: 'MORNING' as const },
  ],
  authorPerson: { __typename: 'Person' as const, id: 'me', displayName: 'Me' },
};
const STRANGER_OFFER = '5d4c3b2a-1f0e-4d9c-8b7a-6e5d4c3b2a10';
const FRIEND_OFFER = '6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c21';
const reason = (kind: string, text = 'English text from the API') => ({
  __typename: 'HelpMatchReason' as const,
  kind,
  text,
});
const matches = [
  {
    __typename: 'HelpMatch' as const,
    score: 0.95,
    distance: 'UNDER_1_KM',
    reasons: [
      reason('SAME_CATEGORY'),
      reason('NEARBY'),
      reason('AVAILABILITY_OVERLAP'),
      reason('SHARED_LANGUAGE'),
      reason('NEW_PERSON_NEARBY'),
    ],
    post: helpPost(STRANGER_OFFER, {
      title: 'Pramsuits, 6 to 12 months',
      languages: ['ur', 'pl'],
      availabilitySlots: [slot(2, PartOfDay.Morning), slot(4, PartOfDay.Evening)],
      authorPerson: author('p-bogna', 'Bogna'),
    }),
  },
  {
    __typename: 'HelpMatch' as const,
    score: 0.45,
    distance: 'FROM_2_TO_5_KM',
    reasons: [reason('RELATED_CATEGORY'), reason('NEARBY'), reason('ALREADY_CONNECTED')],
    post: helpPost(FRIEND_OFFER, {
      title: 'Pram to borrow',
      category: 'EQUIPMENT_LOAN',
      authorPerson: author('p-dee', 'Dee'),
    }),
  },
];
const matchesMock = (result: MockedResponse['result'] | undefined, error?: Error) => ({
  request: { query: HelpPostMatchesQuery, variables: { id: POST_ID, first: 10 } },
  ...(error ? { error } : { result }),
});
const quiet = statusEvent('p2', HelpPostStatus.Open, '104');

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

  describe('who might fit, on my own open post', () => {
    it('lists the matches, best first, each linking to its post with its reasons in words', async () => {
      renderPostPage(quiet, myRequest, [matchesMock({ data: { helpPostMatches: matches } })]);
      const section = await screen.findByRole('region', { name: 'Who might fit' });
      expect(
        within(section).getByText(/people and groups you don't know yet a little higher/),
      ).toBeTruthy();
      const cards = await within(section).findAllByRole('article');
      expect(cards.map((card) => card.querySelector('h3')?.textContent)).toEqual([
        'Pramsuits, 6 to 12 months',
        'Pram to borrow',
      ]);
      expect(
        within(cards[0]!)
          .getByRole('link', { name: 'Pramsuits, 6 to 12 months' })
          .getAttribute('href'),
      ).toBe(`/help/posts/${STRANGER_OFFER}`);
      expect(within(cards[0]!).getByText('Bogna')).toBeTruthy();
      const why = within(cards[0]!).getByRole('list', { name: 'Why it might fit' });
      expect(
        within(why)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'The same kind of help: Baby things',
        'Under 1 km away',
        'Both free: Tuesday: morning',
        'You both speak Urdu',
        "Someone new nearby: you're not connected yet",
      ]);
      const friendWhy = within(cards[1]!).getByRole('list', { name: 'Why it might fit' });
      expect(
        within(friendWhy)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'Close to what you posted: Lending equipment',
        '2 to 5 km away',
        'You already know each other',
      ]);
    });

    it('words the reasons in Urdu for an Urdu reader', async () => {
      renderPostPage(quiet, myRequest, [matchesMock({ data: { helpPostMatches: matches } })], 'ur');
      const section = await screen.findByRole('region', { name: 'کون موزوں ہو سکتا ہے' });
      const [first] = await within(section).findAllByRole('article');
      const why = within(first!).getByRole('list', { name: 'یہ کیوں موزوں ہو سکتا ہے' });
      expect(
        within(why).getByText('قریب کوئی نیا شخص: آپ ابھی ایک دوسرے کو نہیں جانتے'),
      ).toBeTruthy();
      expect(within(why).getByText('1 کلومیٹر سے کم دور')).toBeTruthy();
    });

    it("says there are no matches yet, and that we'll keep looking", async () => {
      renderPostPage(quiet, myRequest, [matchesMock({ data: { helpPostMatches: [] } })]);
      const section = await screen.findByRole('region', { name: 'Who might fit' });
      expect(await within(section).findByText("No matches yet — we'll keep looking.")).toBeTruthy();
      expect(within(section).queryByRole('article')).toBeNull();
    });

    it('says when the matches could not be loaded, with a way to try again', async () => {
      renderPostPage(quiet, myRequest, [
        matchesMock(undefined, new Error('Network down')),
        matchesMock({ data: { helpPostMatches: matches } }),
      ]);
      const section = await screen.findByRole('region', { name: 'Who might fit' });
      const alert = await within(section).findByRole('alert');
      expect(alert.textContent).toContain("We couldn't reach Village.");
      within(alert).getByRole('button', { name: 'Try again' }).click();
      expect(await within(section).findAllByRole('article')).toHaveLength(2);
    });

    it("shows no matches on someone else's post", async () => {
      renderPostPage(quiet);
      expect(await screen.findByRole('heading', { name: 'Ask for this' })).toBeTruthy();
      expect(screen.queryByRole('region', { name: 'Who might fit' })).toBeNull();
    });

    it('shows no matches on my own post once it is matched', async () => {
      renderPostPage(quiet, { ...myRequest, status: HelpPostStatus.Matched });
      expect(await screen.findByRole('heading', { name: 'Your post' })).toBeTruthy();
      expect(screen.queryByRole('region', { name: 'Who might fit' })).toBeNull();
    });
  });
});
