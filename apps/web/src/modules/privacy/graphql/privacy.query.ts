import { graphql } from '../../../gql';

/** My consents (withdrawn ones too, newest first) and whether anyone could find me by area yet. */
export const PrivacyQuery = graphql(`
  query Privacy {
    me {
      person {
        id
        areaCell
        lifeStage {
          expecting
          childAgesMonths
        }
      }
      consents {
        id
        kind
        purpose
        givenAt
        withdrawnAt
        inForce
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const GiveConsentMutation = graphql(`
  mutation GiveConsent($input: GiveConsentInput!) {
    giveConsent(input: $input) {
      id
      kind
      inForce
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($id: ID!) {
    withdrawConsent(id: $id) {
      id
      inForce
      withdrawnAt
    }
  }
`);

/** Organisations whose workers can support someone: family services and volunteer schemes. */
export const OrganisationsQuery = graphql(`
  query Organisations($first: Int!) {
    services: groups(kind: SERVICE, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
    schemes: groups(kind: VOLUNTEER_SCHEME, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
