import { graphql } from '../../../gql';

/** Sessions near a place that fit the filters, with why each matched (docs/web.md#discover). */
export const SessionSearchQuery = graphql(`
  query SessionSearch(
    $point: PointInput
    $areaCell: String
    $postcode: String
    $address: String
    $withinMetres: Int
    $childAgeMonths: Int
    $dueMonth: String
    $weekdays: [Int!]!
    $startsFrom: String
    $startsBy: String
    $languages: [String!]!
    $freeOnly: Boolean!
    $accessibility: [AccessibilityFeature!]!
    $groupKinds: [GroupKind!]!
    $text: String
    $sort: SessionSearchSort!
    $first: Int!
    $after: String
  ) {
    sessionSearch(
      point: $point
      areaCell: $areaCell
      postcode: $postcode
      address: $address
      withinMetres: $withinMetres
      childAgeMonths: $childAgeMonths
      dueMonth: $dueMonth
      weekdays: $weekdays
      startsFrom: $startsFrom
      startsBy: $startsBy
      languages: $languages
      freeOnly: $freeOnly
      accessibility: $accessibility
      groupKinds: $groupKinds
      text: $text
      sort: $sort
      first: $first
      after: $after
    ) {
      origin {
        latitude
        longitude
        label
      }
      edges {
        cursor
        node {
          ...SessionSearchResultDetails
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What a result card and a map marker show. */
export const SessionSearchResultDetails = graphql(`
  fragment SessionSearchResultDetails on SessionSearchResult {
    distanceMetres
    walkingMinutes
    nextOccurrences
    fit
    reasons {
      kind
      detail
    }
    session {
      id
      title
      languages
      minAgeMonths
      maxAgeMonths
      costPence
      durationMinutes
      group {
        id
        name
        kind
      }
      space {
        ...SessionPlace
      }
    }
  }
`);
