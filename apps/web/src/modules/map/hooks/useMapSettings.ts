import { useQuery } from '@apollo/client/react';
import { DEFAULT_DIRECTIONS_URL } from '@village/shared';
import { MapSettingsQuery } from '../graphql/map-settings.query';

export interface MapSettings {
  /** Tile URL template; null (also while unknown, or if the settings cannot be read): no tiles. */
  tileUrl: string | null;
  tileAttribution: string;
  directionsUrl: string;
  addressSearch: boolean;
}

/**
 * The map settings the API serves (MAP_TILE_URL, DIRECTIONS_URL, GEOCODER_URL). Until they arrive,
 * and if they cannot, maps are markers on a plain background and directions go to OpenStreetMap.
 */
export function useMapSettings(): MapSettings {
  const { data } = useQuery(MapSettingsQuery);
  return {
    tileUrl: data?.mapSettings.tileUrl ?? null,
    tileAttribution: data?.mapSettings.tileAttribution ?? '',
    directionsUrl: data?.mapSettings.directionsUrl ?? DEFAULT_DIRECTIONS_URL,
    addressSearch: data?.mapSettings.addressSearch ?? false,
  };
}
