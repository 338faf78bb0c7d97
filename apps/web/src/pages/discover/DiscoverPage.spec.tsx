import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mapSettingsMock, searchPage, searchResult } from '../../../test/fixtures';
import { DiscoverProfileQuery } from '../../modules/discover/graphql/discover-profile.query';
import { renderWithApp } from '../../../test/render';
import { SessionSearchQuery } from '../../modules/discover/graphql/session-search.query';
import {
  DEFAULT_FILTERS,
  MINE,
  PLACES,
  toSearchVariables,
  type DiscoverFilters,
} from '../../modules/discover/utils/discover-filters';
import { DiscoverPage } from './DiscoverPage';

/** Who is signed in, as the discover page asks: nobody, or a parent with a profile. */
const profileMock = (person: Record<string, unknown> | null) => ({
  request: { query: DiscoverProfileQuery },
  result: {
    data: { me: person ? { __typename: 'Me', person: { __typename: 'Person', ...person } } : null },
  },
});
const signedOut = [mapSettingsMock(), profileMock(null)];

const fromCentre = (filters = DEFAULT_FILTERS) => toSearchVariables(filters, PLACES[0], 20);
const filtersButton = () => screen.getByRole('button', { name: /^Filters/ });

// jsdom has no matchMedia, so the page is laid out as on a phone.
describe('DiscoverPage on a phone', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows the sessions first, the filters folded behind their button', async () => {
    renderWithApp(<DiscoverPage />, {
      url: '/discover',
      path: '/discover',
      mocks: [
        ...signedOut,
        {
          request: { query: SessionSearchQuery, variables: fromCentre() },
          result: { data: searchPage([searchResult()]) },
        },
      ],
    });

    await screen.findByRole('article', { name: 'Baby rhyme time' });
    expect(filtersButton().textContent).toBe('Filters');
    expect(filtersButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('form', { name: 'Search filters' })).toBeNull();

    await userEvent.click(screen.getByRole('link', { name: 'Skip to results' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Sessions' }));
  });

  it('opens the filters when nothing fits, saying how many are in use', async () => {
    renderWithApp(<DiscoverPage />, {
      url: '/discover?free=1&days=2,4',
      path: '/discover',
      mocks: [
        ...signedOut,
        {
          request: {
            query: SessionSearchQuery,
            variables: fromCentre({ ...DEFAULT_FILTERS, freeOnly: true, weekdays: [2, 4] }),
          },
          result: { data: searchPage([]) },
        },
      ],
    });

    await screen.findByText(/No sessions fit all of these/);
    expect(filtersButton().textContent).toBe('Filters · 3 active');
    expect(filtersButton().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('checkbox', { name: 'Free sessions only' })).toBeTruthy();
  });
});

describe('DiscoverPage: where from, and whose search', () => {
  beforeEach(() => window.localStorage.clear());

  it('searches from a typed postcode, written as the API knows it, and says where near', async () => {
    renderWithApp(<DiscoverPage />, {
      url: '/discover',
      path: '/discover',
      mocks: [
        ...signedOut,
        {
          request: { query: SessionSearchQuery, variables: fromCentre() },
          result: { data: searchPage([]) },
          maxUsageCount: 2,
        },
        {
          request: {
            query: SessionSearchQuery,
            variables: toSearchVariables(DEFAULT_FILTERS, { postcode: 'BD1 0AA' }, 20),
          },
          result: { data: searchPage([searchResult()], false, 'BD1 0AA') },
        },
      ],
    });

    await screen.findByText(/No sessions fit all of these/);
    await userEvent.type(screen.getByRole('textbox', { name: 'Postcode' }), 'bd1 0aa{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Sessions near \u2068BD1 0AA\u2069' }),
    ).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Baby rhyme time' })).toBeTruthy();
    // Never in the address bar or kept for next time.
    expect(screen.getByTestId('location').textContent).not.toMatch(/bd1|BD1/);
    expect(window.localStorage.getItem('village.discover.filters') ?? '').not.toMatch(/BD1/i);
  });

  it('says in the reader’s language when a postcode is unknown', async () => {
    renderWithApp(<DiscoverPage />, {
      url: '/discover',
      path: '/discover',
      language: 'pl',
      mocks: [
        ...signedOut,
        {
          request: { query: SessionSearchQuery, variables: fromCentre() },
          result: { data: searchPage([]) },
          maxUsageCount: 2,
        },
        {
          request: {
            query: SessionSearchQuery,
            variables: toSearchVariables(DEFAULT_FILTERS, { postcode: 'BD1 9ZZ' }, 20),
          },
          result: {
            errors: [
              {
                message: 'We don’t know that postcode.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'postcode',
                  reason: 'UNKNOWN_POSTCODE',
                },
              },
            ],
          },
        },
      ],
    });

    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Kod pocztowy' }),
      'BD1 9ZZ{Enter}',
    );
    expect(
      (
        await screen.findAllByText(
          'Nie znamy tego kodu pocztowego. Sprawdź go albo wybierz okolicę.',
        )
      ).length,
    ).toBeGreaterThan(0);
  });

  it('starts a signed-in parent from her profile, and says so with a way to change it', async () => {
    const start: DiscoverFilters = {
      ...DEFAULT_FILTERS,
      near: MINE,
      childAgeMonths: 8,
      languages: ['en', 'ur'],
      weekdays: [2, 4],
    };
    renderWithApp(<DiscoverPage />, {
      url: '/discover',
      path: '/discover',
      mocks: [
        mapSettingsMock(),
        profileMock({
          id: 'p1',
          displayName: 'Amira B.',
          areaCell: '88195d2a27fffff',
          languages: ['ur', 'en'],
          suitableWeekdays: [2, 4],
          lifeStage: {
            __typename: 'LifeStage',
            expecting: false,
            dueMonth: null,
            childAgesMonths: [8],
          },
        }),
        {
          request: {
            query: SessionSearchQuery,
            variables: toSearchVariables(start, { areaCell: '88195d2a27fffff' }, 20),
          },
          result: { data: searchPage([searchResult()]) },
        },
      ],
    });

    await screen.findByRole('article', { name: 'Baby rhyme time' });
    expect(
      screen.getByText(
        /^Using your profile: a child of 8 months; English and Urdu; on Tuesday and Thursday; near your area\.$/,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(filtersButton().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Search from' })).toHaveProperty('value', 'mine');
    expect(screen.getByRole('spinbutton', { name: "Child's age in months" })).toHaveProperty(
      'value',
      '8',
    );
    const days = screen.getByRole('group', { name: 'Days' });
    expect(within(days).getByRole('checkbox', { name: 'Tuesday' })).toHaveProperty('checked', true);
    expect(within(days).getByRole('checkbox', { name: 'Monday' })).toHaveProperty('checked', false);
  });
});
