import { graphql } from '../../../gql';

export const SocialGraphRunFields = graphql(`
  fragment SocialGraphRunFields on SocialGraphAnalysis {
    id
    status
    phase
    percent
    phaseDone
    phaseTotal
    trigger
    createdAt
    finishedAt
    peopleCount
    error
  }
`);

/** The newest complete snapshot's town figures, and the latest runs. */
export const SocialGraphAnalysisQuery = graphql(`
  query SocialGraphAnalysis {
    socialGraphAnalysis {
      ...SocialGraphRunFields
      at
      groupCount
      tieCount
      communities
      town {
        people
        shareWithoutActiveTie
        medianActiveTies
        shareWithBridgingTie
        shareWithLinkingTie
        shareOfHouseholdsIsolated
      }
      areas {
        areaCell
      }
      households {
        households
        isolated
      }
    }
    socialGraphAnalyses(first: 10) {
      ...SocialGraphRunFields
    }
  }
`);

export const StartSocialGraphAnalysisMutation = graphql(`
  mutation StartSocialGraphAnalysis {
    startSocialGraphAnalysis {
      ...SocialGraphRunFields
    }
  }
`);

/** Every run's changes, as the workers report them. */
export const SocialGraphAnalysisChangedSubscription = graphql(`
  subscription SocialGraphAnalysisChanged {
    socialGraphAnalysisChanged {
      ...SocialGraphRunFields
    }
  }
`);
