import { graphql } from '../../../gql';

/** Where a session happens, as discovery shows it: on a card, a map pin and the session page. */
export const SessionPlace = graphql(`
  fragment SessionPlace on Space {
    id
    name
    address
    postcode
    latitude
    longitude
    accessibility
  }
`);
