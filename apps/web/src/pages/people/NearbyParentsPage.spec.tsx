import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { latLngToCell } from 'h3-js';
import { AREA_CELL_RESOLUTION } from '@village/shared';
import { consentData, privacyData, viewerData } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { ViewerQuery } from '../../modules/account/graphql/viewer.query';
import { NearbyParentsQuery } from '../../modules/neighbours/graphql/nearby-parents.query';
import { PrivacyQuery } from '../../modules/privacy/graphql/privacy.query';
import { NearbyParentsPage } from './NearbyParentsPage';

const MY_AREA = '881942cce7fffff';
const viewer = { request: { query: ViewerQuery }, result: { data: viewerData() } };
const privacy = (data: ReturnType<typeof privacyData>) => ({
  request: { query: PrivacyQuery },
  result: { data },
});
const parent = (id: string, displayName: string, distance: string, sharesALanguage: boolean) => ({
  __typename: 'NearbyParentEdge',
  cursor: `c-${id}`,
  node: {
    __typename: 'NearbyParent',
    distance,
    sharesALanguage,
    person: { __typename: 'Person', id, displayName },
  },
});
const page = (
  edges: ReturnType<typeof parent>[],
  hasNextPage: boolean,
  endCursor: string | null = edges.at(-1)?.cursor ?? null,
) => ({
  nearbyParents: {
    __typename: 'NearbyParentConnection',
    edges,
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    profileAsOf: '2026-10-14T08:30:00.000Z',
  },
});
const search = (
  areaCell: string,
  outcome: { data: ReturnType<typeof page> } | { errors: unknown[] },
  after?: string,
): MockLink.MockedResponse => ({
  request: {
    query: NearbyParentsQuery,
    variables: { near: { areaCell }, first: 20, ...(after ? { after } : {}) },
  },
  result: outcome as MockLink.MockedResponse['result'],
});
const refused = (message: string, extensions: Record<string, unknown>) => ({
  errors: [{ message, extensions }],
});

function open(mocks: MockLink.MockedResponse[], language?: 'pl' | 'ur') {
  return renderWithApp(<NearbyParentsPage />, {
    url: '/people/nearby',
    path: '/people/nearby',
    mocks: [viewer, ...mocks],
    language,
  });
}

describe('NearbyParentsPage', () => {
  it('lists parents near my area by name, distance band and a shared language, and shows more', async () => {
    open([
      privacy(privacyData([])),
      search(MY_AREA, { data: page([parent('p-bea', 'Bea', 'UNDER_1_KM', true)], true) }),
      search(
        MY_AREA,
        { data: page([parent('p-cem', 'Cem', 'FROM_2_TO_5_KM', false)], false) },
        'c-p-bea',
      ),
    ]);
    const results = await screen.findByRole('region', { name: 'Parents nearby' });
    expect(within(results).getByText('Searching from your rough area.')).toBeTruthy();
    const bea = await within(results).findByRole('article', { name: 'Bea' });
    expect(within(bea).getByText('Under 1 km away')).toBeTruthy();
    expect(within(bea).getByText('You share a language')).toBeTruthy();
    // Only what the search gives: a name, a band, a yes or no. No area, no languages by name.
    expect(bea.textContent).not.toContain(MY_AREA);

    await userEvent.click(within(results).getByRole('button', { name: 'Show more' }));
    const cem = await within(results).findByRole('article', { name: 'Cem' });
    expect(within(cem).getByText('2 to 5 km away')).toBeTruthy();
    expect(within(cem).getByText('No language in common on your profiles')).toBeTruthy();
    expect(within(results).getAllByRole('article')).toHaveLength(2);
    expect(within(results).queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says only findable parents appear, that I am not findable, and links to choose it', async () => {
    open([privacy(privacyData([])), search(MY_AREA, { data: page([], false) })]);
    expect(
      await screen.findByText(/Only parents who chose to be findable appear here/),
    ).toBeTruthy();
    expect(
      screen.getByText(/You're not findable yourself, so other parents don't see you here./),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Choose to be findable on the privacy page' });
    expect(link.getAttribute('href')).toBe('/privacy');
    expect(
      await screen.findByText(/Nobody nearby at your stage has chosen to be findable yet/),
    ).toBeTruthy();
  });

  it('says I am findable when I chose it, with a way to change that', async () => {
    open([privacy(privacyData([consentData()])), search(MY_AREA, { data: page([], false) })]);
    expect(
      await screen.findByText(/You're findable: parents nearby at your stage can see your name/),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Change this on the privacy page' }).getAttribute('href'),
    ).toBe('/privacy');
  });

  it('says how long to wait after searching from too many places, in Polish', async () => {
    open(
      [
        privacy(privacyData([])),
        search(
          MY_AREA,
          refused('You have searched for parents from 10 different places in the last hour…', {
            code: 'RATE_LIMITED',
            retryAfterSeconds: 1700,
          }),
        ),
      ],
      'pl',
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'W ciągu ostatniej godziny szukano z wielu różnych miejsc. Spróbuj ponownie za około 29 min albo szukaj od swojej okolicy.',
    );
  });

  it('asks for a life stage when my profile has none, with a link to add it', async () => {
    open([
      privacy(privacyData([], { lifeStage: null })),
      search(
        MY_AREA,
        refused('Finding parents nearby works by life stage: add your due month…', {
          code: 'BAD_USER_INPUT',
          field: 'lifeStage',
        }),
      ),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      "Finding parents nearby works by your family's stage: add your due month, or a child under 4, to your profile first.",
    );
    expect(
      within(alert).getByRole('link', { name: 'Change your profile' }).getAttribute('href'),
    ).toBe('/account');
  });

  it('without a rough area, offers to add one or to search from where I am now', async () => {
    const position = { latitude: 51.5007, longitude: -0.1246 };
    const here = latLngToCell(position.latitude, position.longitude, AREA_CELL_RESOLUTION);
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition: (found: (p: { coords: typeof position }) => void) =>
          found({ coords: position }),
      },
    });
    open([
      privacy(privacyData([], { areaCell: null })),
      search(here, { data: page([parent('p-dot', 'Dot', 'UNDER_1_KM', true)], false) }),
    ]);
    expect(
      await screen.findByText(
        /Add your rough area to your profile, or search from where you are now./,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add your rough area' }).getAttribute('href')).toBe(
      '/account',
    );
    expect(screen.queryByRole('article')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Search from where I am now' }));
    expect(await screen.findByRole('article', { name: 'Dot' })).toBeTruthy();
    expect(screen.getByText(/Searching from where you are now/)).toBeTruthy();
  });
});
