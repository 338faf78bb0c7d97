import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mapSettingsMock } from '../../../../test/fixtures';
import { renderWithApp } from '../../../../test/render';
import type { MapPlace } from '../utils/places';
import { PlacesMap } from './PlacesMap';

// The real map's chunk cannot load here (as on a connection that drops it): jsdom never runs Leaflet.
const mockLoads = { tried: 0 };
jest.mock('./LeafletMap', () => {
  mockLoads.tried += 1;
  throw new Error('the map chunk did not load');
});

const places: MapPlace[] = [
  {
    id: 'library',
    name: 'Westgate Library',
    latitude: 53.8,
    longitude: -1.76,
    label: 'Baby rhymes and Stay and play at Westgate Library',
    count: 2,
  },
  {
    id: 'hall',
    name: 'Canal Hall',
    latitude: 53.79,
    longitude: -1.75,
    label: 'Bump club at Canal Hall',
    count: 1,
  },
];

describe('PlacesMap', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['no tile service is set', null],
    ['the real map cannot load', 'https://tiles.example/{z}/{x}/{y}.png'],
  ])(
    'is markers on a plain background when %s, each a named button in order',
    async (_when, tileUrl) => {
      const onSelect = jest.fn();
      renderWithApp(
        <PlacesMap
          places={places}
          from={{ latitude: 53.79, longitude: -1.755 }}
          selectedId="hall"
          onSelect={onSelect}
        />,
        { mocks: [mapSettingsMock({ tileUrl })] },
      );
      // With a tile service, the real map is tried, fails, and the plain map stands in for it.
      await waitFor(() =>
        expect(document.querySelector('[data-map="plain"]')?.getAttribute('data-why')).toBe(
          tileUrl ? 'map failed' : 'no tiles',
        ),
      );
      expect(mockLoads.tried).toBe(tileUrl ? 1 : 0);
      const markers = await screen.findAllByRole('button');
      expect(markers.map((marker) => marker.getAttribute('aria-label'))).toEqual([
        'Baby rhymes and Stay and play at Westgate Library',
        'Bump club at Canal Hall',
      ]);
      expect(markers.map((marker) => marker.getAttribute('aria-expanded'))).toEqual([
        'false',
        'true',
      ]);

      markers[0]!.focus();
      await userEvent.keyboard('{Enter}');
      expect(onSelect).toHaveBeenCalledWith('library');
    },
  );
});
