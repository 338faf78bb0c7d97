import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { consentData, privacyData, viewerData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { DataAccessLogQuery } from '../../modules/privacy/graphql/data-access-log.query';
import {
  GiveConsentMutation,
  OrganisationsQuery,
  PrivacyQuery,
  WithdrawConsentMutation,
} from '../../modules/privacy/graphql/privacy.query';
import { BlockedPeopleQuery } from '../../modules/safety/graphql/safety.graphql';
import { PrivacyPage } from './PrivacyPage';

const viewer = { request: { query: ViewerQuery }, result: { data: viewerData() } };
const privacy = (data: ReturnType<typeof privacyData>) => ({
  request: { query: PrivacyQuery },
  result: { data },
});
const organisations = {
  request: { query: OrganisationsQuery, variables: { first: 50 } },
  result: {
    data: {
      services: {
        __typename: 'GroupConnection',
        edges: [
          {
            __typename: 'GroupEdge',
            node: { __typename: 'Group', id: 'g-hub', name: 'Northside Family Hub' },
          },
        ],
      },
      schemes: { __typename: 'GroupConnection', edges: [] },
    },
  },
};
const emptyLog = {
  request: { query: DataAccessLogQuery, variables: { first: 20 } },
  result: {
    data: {
      me: {
        __typename: 'Me',
        dataAccessLog: {
          __typename: 'AuditEventConnection',
          edges: [],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  },
};

const noneBlocked = {
  request: { query: BlockedPeopleQuery },
  result: { data: { blockedPeople: [] } },
};

function open(mocks: MockLink.MockedResponse[]) {
  return renderWithApp(<PrivacyPage />, {
    url: '/privacy',
    path: '/privacy',
    mocks: [viewer, organisations, emptyLog, noneBlocked, ...mocks],
  });
}

const findable = () => screen.findByRole('switch', { name: 'Parents nearby can find me' });
const organisers = () =>
  screen.getByRole('switch', { name: 'Organisers of my groups can see my details' });

describe('PrivacyPage', () => {
  it('starts with nothing shared and says who would see what', async () => {
    open([privacy(privacyData())]);

    const toggle = await findable();
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect((organisers() as HTMLInputElement).checked).toBe(false);
    const description = document.getElementById(toggle.getAttribute('aria-describedby')!);
    expect(description?.textContent).toContain('Other parents whose rough area is near yours');
    expect(description?.textContent).toContain('roughly how far away you are');
    // Only whether a language is shared, never which, nor which stage (docs/privacy.md).
    expect(description?.textContent).toContain('whether you both speak a language, not which');
    expect(description?.textContent).toContain('which languages you speak');
    expect(screen.getByText('No organisation can see your details.')).toBeTruthy();
    expect(await screen.findByText('Nobody else has looked at your details.')).toBeTruthy();
  });

  it('gives the consent when a switch is turned on, and shows what is recorded', async () => {
    const given = consentData({ id: 'c-new', kind: 'FINDABLE_BY_NEARBY_PARENTS' });
    open([
      privacy(privacyData()),
      {
        request: {
          query: GiveConsentMutation,
          variables: { input: { kind: 'FINDABLE_BY_NEARBY_PARENTS' } },
        },
        result: {
          data: {
            giveConsent: { __typename: 'Consent', id: 'c-new', kind: given.kind, inForce: true },
          },
        },
      },
      privacy(privacyData([given])),
    ]);

    await userEvent.click(await findable());

    expect(
      await screen.findByText('Turned on: parents nearby at the same stage can now find you.'),
    ).toBeTruthy();
    expect(((await findable()) as HTMLInputElement).checked).toBe(true);
    expect((organisers() as HTMLInputElement).checked).toBe(false);
  });

  it('lets people I am connected to see where I am going only once I turn it on', async () => {
    const given = consentData({ id: 'c-going', kind: 'GOING_VISIBLE_TO_CONNECTIONS' });
    open([
      privacy(privacyData()),
      {
        request: {
          query: GiveConsentMutation,
          variables: { input: { kind: 'GOING_VISIBLE_TO_CONNECTIONS' } },
        },
        result: {
          data: {
            giveConsent: { __typename: 'Consent', id: 'c-going', kind: given.kind, inForce: true },
          },
        },
      },
      privacy(privacyData([given])),
    ]);
    const going = async () =>
      (await screen.findByRole('switch', {
        name: "People I'm connected to can see where I'm going",
      })) as HTMLInputElement;
    expect((await going()).checked).toBe(false);
    const description = document.getElementById((await going()).getAttribute('aria-describedby')!);
    expect(description?.textContent).toContain('Your name beside that session');

    await userEvent.click(await going());

    expect(
      await screen.findByText(
        "Turned on: people you're connected to can see which sessions you're going to.",
      ),
    ).toBeTruthy();
    expect((await going()).checked).toBe(true);
    expect(((await findable()) as HTMLInputElement).checked).toBe(false);
  });

  it('withdraws the consent in force when a switch is turned off', async () => {
    const inForce = consentData({ id: 'c-org', kind: 'VISIBLE_TO_GROUP_ORGANISERS' });
    open([
      privacy(privacyData([inForce])),
      {
        request: { query: WithdrawConsentMutation, variables: { id: 'c-org' } },
        result: {
          data: {
            withdrawConsent: {
              __typename: 'Consent',
              id: 'c-org',
              inForce: false,
              withdrawnAt: '2026-10-14T10:00:00.000Z',
            },
          },
        },
      },
      privacy(
        privacyData([{ ...inForce, inForce: false, withdrawnAt: '2026-10-14T10:00:00.000Z' }]),
      ),
    ]);
    await findable();
    expect((organisers() as HTMLInputElement).checked).toBe(true);

    await userEvent.click(organisers());

    expect(
      await screen.findByText(
        'Turned off: organisers can no longer see your details. This applies straight away.',
      ),
    ).toBeTruthy();
    expect((organisers() as HTMLInputElement).checked).toBe(false);
  });

  it('puts the switch back and says why when the change fails', async () => {
    open([
      privacy(privacyData()),
      {
        request: {
          query: GiveConsentMutation,
          variables: { input: { kind: 'FINDABLE_BY_NEARBY_PARENTS' } },
        },
        error: new TypeError('Failed to fetch'),
      },
    ]);

    await userEvent.click(await findable());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      "We couldn't reach Village. Check your connection and try again.",
    );
    expect(((await findable()) as HTMLInputElement).checked).toBe(false);
  });

  it('warns that nobody can find me yet without an area', async () => {
    open([privacy(privacyData([consentData()], { areaCell: null }))]);
    expect(((await findable()) as HTMLInputElement).checked).toBe(true);
    const warning = screen.getByText('Nobody can find you yet', { exact: false });
    expect(within(warning).getByRole('link', { name: 'Change your profile' })).toBeTruthy();
  });

  it('lists an organisation supporting me, with its purpose', async () => {
    open([
      privacy(
        privacyData([
          consentData({
            id: 'c-hub',
            kind: 'SUPPORTED_BY_ORGANISATION',
            purpose: 'Help with a housing form',
            organisation: {
              __typename: 'Group',
              id: 'g-hub',
              name: 'Northside Family Hub',
            } as never,
          }),
        ]),
      ),
    ]);
    const card = await screen.findByRole('article', { name: 'Northside Family Hub' });
    expect(within(card).getByText('Help with a housing form')).toBeTruthy();
    expect(
      within(card).getByRole('button', { name: 'Withdraw permission for Northside Family Hub' }),
    ).toBeTruthy();
  });

  it('sends someone signed out to sign in first, and back here afterwards', async () => {
    renderWithApp(<PrivacyPage />, {
      url: '/privacy',
      path: '/privacy',
      mocks: [{ request: { query: ViewerQuery }, result: { data: viewerData(null) } }],
    });
    await screen.findByText('/sign-in?next=%2Fprivacy');
  });
});
