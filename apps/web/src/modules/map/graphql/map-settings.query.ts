import { graphql } from '../../../gql';

/** How this Village draws maps and finds places: its tiles, their credit, directions, addresses. */
export const MapSettingsQuery = graphql(`
  query MapSettings {
    mapSettings {
      tileUrl
      tileAttribution
      directionsUrl
      addressSearch
    }
  }
`);
