import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { viewerData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { AccountQuery, RevokeSessionMutation } from '../../modules/account/graphql/account.query';
import { MyGivingQuery } from '../../modules/account/graphql/giving.query';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { AccountPage } from './AccountPage';

const session = (id: string, current: boolean, userAgent: string) => ({
  __typename: 'AuthSession',
  id,
  current,
  userAgent,
  createdAt: '2026-10-01T09:00:00.000Z',
  lastSeenAt: '2026-10-14T08:30:00.000Z',
});
const phone =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const laptop =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0';

const account = (sessions: ReturnType<typeof session>[]) => ({
  me: {
    __typename: 'Me',
    email: 'amina@example.org',
    person: {
      __typename: 'Person',
      id: 'p1',
      displayName: 'Amina',
      areaCell: '881942cce7fffff',
      languages: ['ur', 'en'],
      suitableWeekdays: [2, 4],
      lifeStage: {
        __typename: 'LifeStage',
        expecting: true,
        dueMonth: '2027-03',
        childAgesMonths: [30],
      },
    },
    sessions,
  },
});

const giving = (helpGiven: number | null, helpReceived: number | null) => ({
  request: { query: MyGivingQuery },
  result: {
    data: {
      me: { __typename: 'Me', person: { __typename: 'Person', id: 'p1', helpGiven, helpReceived } },
    },
  },
});

/** The account page with my profile and these counts of giving and receiving. */
function openWithGiving(counts: ReturnType<typeof giving>, language?: 'pl' | 'ur') {
  renderWithApp(<AccountPage />, {
    url: '/account',
    path: '/account',
    language,
    mocks: [
      { request: { query: ViewerQuery }, result: { data: viewerData() } },
      { request: { query: AccountQuery }, result: { data: account([session('s', true, phone)]) } },
      counts,
    ],
  });
}

describe('AccountPage', () => {
  it('shows my profile and where I am signed in, and signs out another device', async () => {
    renderWithApp(<AccountPage />, {
      url: '/account',
      path: '/account',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: viewerData() } },
        {
          request: { query: AccountQuery },
          result: {
            data: account([session('s-laptop', false, laptop), session('s-phone', true, phone)]),
          },
        },
        giving(0, 0),
        {
          request: { query: RevokeSessionMutation, variables: { id: 's-laptop' } },
          result: { data: { revokeSession: true } },
        },
        {
          request: { query: AccountQuery },
          result: { data: account([session('s-phone', true, phone)]) },
        },
      ],
    });

    expect(await screen.findByText('Urdu and English')).toBeTruthy();
    expect(screen.getByText('Set (an area about 1 km across)')).toBeTruthy();
    expect(screen.getByText('Tuesday and Thursday')).toBeTruthy();
    expect(screen.getByText('Baby due in March 2027')).toBeTruthy();
    expect(screen.getByText('A child aged 2 years')).toBeTruthy();

    const devices = screen.getAllByRole('article');
    // This device first.
    expect(devices.map((device) => device.querySelector('h3')?.textContent)).toEqual([
      '\u2068Chrome\u2069 on \u2068Android\u2069 (this device)',
      '\u2068Firefox\u2069 on \u2068macOS\u2069',
    ]);
    expect(
      within(devices[0]!).getByRole('button', { name: 'Sign out of this device' }),
    ).toBeTruthy();

    await userEvent.click(
      within(devices[1]!).getByRole('button', { name: 'Sign out of that device' }),
    );
    expect(await screen.findByText('That device is signed out.')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  describe('giving and receiving, for my eyes', () => {
    it('says how often I have helped and been helped, that both are good, and who sees it', async () => {
      openWithGiving(giving(3, 1));
      const section = await screen.findByRole('region', { name: 'Giving and receiving' });
      expect(
        await within(section).findByText("You've helped 3 times and been helped once."),
      ).toBeTruthy();
      expect(
        within(section).getByText(/Both are good: a village works when help goes both ways/),
      ).toBeTruthy();
      // The API gives them to me alone, so the page says so (no "and people you allowed").
      expect(
        within(section).getByText(
          'These numbers are yours alone: they are never shown on your posts, to other members, or to anyone you allowed to see your profile.',
        ),
      ).toBeTruthy();
    });

    it('says nothing has happened yet rather than two zeros', async () => {
      openWithGiving(giving(0, null));
      const section = await screen.findByRole('region', { name: 'Giving and receiving' });
      expect(
        await within(section).findByText(
          "You haven't given or received help through Village yet. Both will count here.",
        ),
      ).toBeTruthy();
    });

    it('counts in Polish plural forms', async () => {
      openWithGiving(giving(2, 5), 'pl');
      const section = await screen.findByRole('region', { name: 'Dawanie i otrzymywanie' });
      expect(
        await within(section).findByText(
          'Do tej pory Twoja pomoc przydała się innym 2 razy, a pomoc innych Tobie 5 razy.',
        ),
      ).toBeTruthy();
    });

    it('counts in Urdu', async () => {
      openWithGiving(giving(1, 4), 'ur');
      const section = await screen.findByRole('region', { name: 'دینا اور لینا' });
      expect(
        await within(section).findByText('آپ نے ایک بار مدد کی ہے اور 4 بار آپ کی مدد ہوئی ہے۔'),
      ).toBeTruthy();
    });
  });
});
