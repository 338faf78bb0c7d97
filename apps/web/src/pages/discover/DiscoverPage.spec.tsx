import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { searchPage, searchResult } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import { SessionSearchQuery } from '../../modules/discover/graphql/session-search.query';
import {
  DEFAULT_FILTERS,
  PLACES,
  toSearchVariables,
} from '../../modules/discover/utils/discover-filters';
import { DiscoverPage } from './DiscoverPage';

// Vite's build-time settings (import.meta.env) do not exist under Jest: no map tiles.
jest.mock('../../modules/discover/utils/map-config', () => ({
  MAP_TILE_URL: null,
  MAP_TILE_ATTRIBUTION: null,
}));

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
