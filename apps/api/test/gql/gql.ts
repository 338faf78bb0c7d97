/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n        query AccessMatrixLiveLiveCursor {\n          liveCursor\n        }\n      ": typeof types.AccessMatrixLiveLiveCursorDocument,
    "\n          subscription AccessMatrixLiveExchangeMessageAdded($e: ID!, $since: String) {\n            exchangeMessageAdded(exchangeId: $e, since: $since) {\n              message {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixLiveExchangeMessageAddedDocument,
    "\n          subscription AccessMatrixLiveExchangeUpdated($e: ID!, $since: String) {\n            exchangeUpdated(exchangeId: $e, since: $since) {\n              exchange {\n                status\n                agreedByPostSide\n                agreedByResponder\n              }\n            }\n          }\n        ": typeof types.AccessMatrixLiveExchangeUpdatedDocument,
    "\n          subscription AccessMatrixLivePersonUpdatedCase($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        ": typeof types.AccessMatrixLivePersonUpdatedCaseDocument,
    "\n          mutation AccessMatrixLiveUpdateMyProfile {\n            updateMyProfile(input: { languages: [\"ur\", \"en\"] }) {\n              id\n            }\n          }\n        ": typeof types.AccessMatrixLiveUpdateMyProfileDocument,
    "\n          subscription AccessMatrixLiveSafeguardingConcernRaised {\n            safeguardingConcernRaised {\n              concern\n              aboutPerson {\n                displayName\n              }\n            }\n          }\n        ": typeof types.AccessMatrixLiveSafeguardingConcernRaisedDocument,
    "\n          mutation AccessMatrixLiveRaiseSafeguardingConcern(\n            $input: RaiseSafeguardingConcernInput!\n          ) {\n            raiseSafeguardingConcern(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AccessMatrixLiveRaiseSafeguardingConcernDocument,
    "\n          subscription AccessMatrixLivePersonUpdated($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n            }\n          }\n        ": typeof types.AccessMatrixLivePersonUpdatedDocument,
    "\n          mutation AccessMatrixLiveUpdateMyProfile2 {\n            updateMyProfile(input: { languages: [\"ur\"] }) {\n              id\n            }\n          }\n        ": typeof types.AccessMatrixLiveUpdateMyProfile2Document,
    "\n          query AccessMatrixLiveMe {\n            me {\n              consents {\n                id\n                kind\n                inForce\n              }\n            }\n          }\n        ": typeof types.AccessMatrixLiveMeDocument,
    "\n          mutation AccessMatrixLiveWithdrawConsent($id: ID!) {\n            withdrawConsent(id: $id) {\n              inForce\n            }\n          }\n        ": typeof types.AccessMatrixLiveWithdrawConsentDocument,
    "\n        query AccessMatrixLivePerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      ": typeof types.AccessMatrixLivePersonDocument,
    "\n        query AccessMatrixLiveCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.AccessMatrixLiveCaseloadDocument,
    "\n          mutation AccessMatrixWritesReportHelpPost($p: ID!) {\n            reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n          }\n        ": typeof types.AccessMatrixWritesReportHelpPostDocument,
    "\n        query AccessMatrixWritesModerationQueue($g: ID) {\n          moderationQueue(groupId: $g, first: 50) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n                helpPost {\n                  title\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AccessMatrixWritesModerationQueueDocument,
    "\n        mutation AccessMatrixWritesGrantSpaceStewardship($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      ": typeof types.AccessMatrixWritesGrantSpaceStewardshipDocument,
    "\n          mutation AccessMatrixWritesRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AccessMatrixWritesRecordVettingDocument,
    "\n    mutation AccessMatrixWritesReleaseModerationItem($id: ID!) {\n      releaseModerationItem(id: $id) {\n        state\n      }\n    }\n  ": typeof types.AccessMatrixWritesReleaseModerationItemDocument,
    "\n    mutation AccessMatrixWritesRemoveModerationItem($id: ID!) {\n      removeModerationItem(id: $id, note: \"Against the rules\") {\n        state\n      }\n    }\n  ": typeof types.AccessMatrixWritesRemoveModerationItemDocument,
    "\n    mutation AccessMatrixWritesDismissReport($id: ID!) {\n      dismissReport(id: $id) {\n        state\n      }\n    }\n  ": typeof types.AccessMatrixWritesDismissReportDocument,
    "\n          mutation AccessMatrixWritesGiveExchangeFeedback($e: ID!) {\n            giveExchangeFeedback(\n              exchangeId: $e\n              feltWelcome: true\n              feltListenedTo: true\n              wouldMeetAgain: true\n            )\n          }\n        ": typeof types.AccessMatrixWritesGiveExchangeFeedbackDocument,
    "\n          mutation AccessMatrixWritesThankForExchange($e: ID!, $m: String!) {\n            thankForExchange(exchangeId: $e, message: $m) {\n              message\n            }\n          }\n        ": typeof types.AccessMatrixWritesThankForExchangeDocument,
    "\n          mutation AccessMatrixWritesSendExchangeMessage($e: ID!, $b: String!) {\n            sendExchangeMessage(exchangeId: $e, body: $b) {\n              body\n              mine\n              moderation\n            }\n          }\n        ": typeof types.AccessMatrixWritesSendExchangeMessageDocument,
    "\n          mutation AccessMatrixWritesCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              title\n              authorGroup {\n                name\n              }\n            }\n          }\n        ": typeof types.AccessMatrixWritesCreateHelpPostDocument,
    "\n          mutation AccessMatrixWritesUpdateHelpPost($id: ID!) {\n            updateHelpPost(id: $id, input: { title: \"Lift to the clinic on Friday\" }) {\n              title\n              status\n            }\n          }\n        ": typeof types.AccessMatrixWritesUpdateHelpPostDocument,
    "\n          mutation AccessMatrixWritesWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              title\n              status\n            }\n          }\n        ": typeof types.AccessMatrixWritesWithdrawHelpPostDocument,
    "\n          mutation AccessMatrixWritesUpdateGroup($id: ID!) {\n            updateGroup(id: $id, input: { description: \"Songs and toys on Tuesdays\" }) {\n              name\n              description\n            }\n          }\n        ": typeof types.AccessMatrixWritesUpdateGroupDocument,
    "\n          mutation AccessMatrixWritesCreateSession($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              title\n              group {\n                name\n              }\n            }\n          }\n        ": typeof types.AccessMatrixWritesCreateSessionDocument,
    "\n          mutation AccessMatrixWritesUpdateSession($id: ID!) {\n            updateSession(id: $id, input: { title: \"Stay and Play (moved)\" }) {\n              title\n            }\n          }\n        ": typeof types.AccessMatrixWritesUpdateSessionDocument,
    "\n          mutation AccessMatrixWritesCreateSpace($input: CreateSpaceInput!) {\n            createSpace(input: $input) {\n              name\n            }\n          }\n        ": typeof types.AccessMatrixWritesCreateSpaceDocument,
    "\n          mutation AccessMatrixWritesUpdateSpace($id: ID!, $name: String!) {\n            updateSpace(id: $id, input: { name: $name }) {\n              name\n            }\n          }\n        ": typeof types.AccessMatrixWritesUpdateSpaceDocument,
    "\n          mutation AccessMatrixWritesGrantSpaceStewardship2($s: ID!, $p: ID!) {\n            grantSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        ": typeof types.AccessMatrixWritesGrantSpaceStewardship2Document,
    "\n          mutation AccessMatrixWritesRevokeSpaceStewardship($s: ID!, $p: ID!) {\n            revokeSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        ": typeof types.AccessMatrixWritesRevokeSpaceStewardshipDocument,
    "\n          mutation AccessMatrixWritesGrantRole($id: ID!) {\n            grantRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        ": typeof types.AccessMatrixWritesGrantRoleDocument,
    "\n          mutation AccessMatrixWritesRevokeRole($id: ID!) {\n            revokeRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        ": typeof types.AccessMatrixWritesRevokeRoleDocument,
    "\n          mutation AccessMatrixWritesImportOpenReferral($json: String!) {\n            importOpenReferral(json: $json) {\n              organizations {\n                total\n                created\n              }\n              errors {\n                message\n              }\n            }\n          }\n        ": typeof types.AccessMatrixWritesImportOpenReferralDocument,
    "\n          mutation AccessMatrixWritesRecordVetting2($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              checkType\n              inDate\n              person {\n                displayName\n              }\n              organisation {\n                name\n              }\n            }\n          }\n        ": typeof types.AccessMatrixWritesRecordVetting2Document,
    "\n          mutation AccessMatrixWritesRevokeVetting($id: ID!) {\n            revokeVetting(id: $id) {\n              id\n              inDate\n              revokedAt\n            }\n          }\n        ": typeof types.AccessMatrixWritesRevokeVettingDocument,
    "\n          mutation AccessMatrixWritesUpdateSafeguardingConcern($id: ID!) {\n            updateSafeguardingConcern(\n              id: $id\n              status: IN_PROGRESS\n              leadNotes: \"Called the health visitor\"\n            ) {\n              status\n              leadNotes\n            }\n          }\n        ": typeof types.AccessMatrixWritesUpdateSafeguardingConcernDocument,
    "\n      query AccessMatrixMeConsents {\n        me {\n          consents {\n            kind\n            inForce\n            purpose\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMeConsentsDocument,
    "\n      query AccessMatrixMeEmail {\n        me {\n          email\n        }\n      }\n    ": typeof types.AccessMatrixMeEmailDocument,
    "\n      query AccessMatrixMeHasCalendarFeed {\n        me {\n          hasCalendarFeed\n        }\n      }\n    ": typeof types.AccessMatrixMeHasCalendarFeedDocument,
    "\n      query AccessMatrixMeOrganising {\n        me {\n          organising {\n            name\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMeOrganisingDocument,
    "\n      query AccessMatrixMePerson {\n        me {\n          person {\n            id\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMePersonDocument,
    "\n      query AccessMatrixMeRoles {\n        me {\n          roles\n        }\n      }\n    ": typeof types.AccessMatrixMeRolesDocument,
    "\n      query AccessMatrixMeSavedSearches {\n        me {\n          savedSearches {\n            name\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMeSavedSearchesDocument,
    "\n      query AccessMatrixMeSavedSessions {\n        me {\n          savedSessions {\n            title\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMeSavedSessionsDocument,
    "\n      query AccessMatrixMeSessions {\n        me {\n          sessions {\n            current\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMeSessionsDocument,
    "\n      query AccessMatrixMeWorkerFor {\n        me {\n          workerFor {\n            inDate\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    ": typeof types.AccessMatrixMeWorkerForDocument,
    "\n      query AccessMatrixPersonAreaCell($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            areaCell\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonAreaCellDocument,
    "\n      query AccessMatrixPersonCanOffer($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            canOffer\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonCanOfferDocument,
    "\n      query AccessMatrixPersonHelpGiven($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpGiven\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonHelpGivenDocument,
    "\n      query AccessMatrixPersonHelpReceived($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpReceived\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonHelpReceivedDocument,
    "\n      query AccessMatrixPersonLanguages($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            languages\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonLanguagesDocument,
    "\n      query AccessMatrixPersonLifeStage($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            lifeStage {\n              expecting\n              dueMonth\n            }\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonLifeStageDocument,
    "\n      query AccessMatrixPersonMemberships($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            memberships {\n              role\n              group {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonMembershipsDocument,
    "\n      query AccessMatrixPersonSuitableWeekdays($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            suitableWeekdays\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonSuitableWeekdaysDocument,
    "\n      query AccessMatrixPersonWouldLike($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            wouldLike\n          }\n        }\n      }\n    ": typeof types.AccessMatrixPersonWouldLikeDocument,
    "\n          query AccessMatrixGroup($id: ID!) {\n            group(id: $id) {\n              name\n              helpGiven\n            }\n          }\n        ": typeof types.AccessMatrixGroupDocument,
    "\n          query AccessMatrixGroup2($id: ID!) {\n            group(id: $id) {\n              name\n              helpReceived\n            }\n          }\n        ": typeof types.AccessMatrixGroup2Document,
    "\n          query AccessMatrixAuditEvents($id: ID) {\n            auditEvents(subjectPersonId: $id) {\n              edges {\n                node {\n                  action\n                  basis\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixAuditEventsDocument,
    "\n          query AccessMatrixCaseload($id: ID!) {\n            caseload(organisationId: $id) {\n              edges {\n                node {\n                  displayName\n                  languages\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixCaseloadDocument,
    "\n          query AccessMatrixExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n              helpPost {\n                title\n              }\n              responder {\n                displayName\n              }\n            }\n          }\n        ": typeof types.AccessMatrixExchangeDocument,
    "\n          query AccessMatrixExchangeFeedbackSummary($g: ID) {\n            exchangeFeedbackSummary(groupId: $g) {\n              responses\n            }\n          }\n        ": typeof types.AccessMatrixExchangeFeedbackSummaryDocument,
    "\n          query AccessMatrixExchangeMessages($id: ID!) {\n            exchangeMessages(exchangeId: $id) {\n              edges {\n                node {\n                  body\n                  author {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixExchangeMessagesDocument,
    "\n          query AccessMatrixGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixGroupExchangesDocument,
    "\n          query AccessMatrixGroupMembers($g: ID!) {\n            groupMembers(groupId: $g) {\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixGroupMembersDocument,
    "\n          query AccessMatrixHelpPostMatches($id: ID!) {\n            helpPostMatches(id: $id) {\n              post {\n                title\n              }\n            }\n          }\n        ": typeof types.AccessMatrixHelpPostMatchesDocument,
    "\n          query AccessMatrixModerationQueue($g: ID) {\n            moderationQueue(groupId: $g) {\n              edges {\n                node {\n                  id\n                  state\n                  helpPost {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixModerationQueueDocument,
    "\n          query AccessMatrixPerson2($id: ID!) {\n            person(id: $id, purpose: \"Checking in after a referral\") {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        ": typeof types.AccessMatrixPerson2Document,
    "\n          query AccessMatrixSafeguardingConcerns {\n            safeguardingConcerns {\n              edges {\n                node {\n                  id\n                  concern\n                  status\n                  aboutPerson {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixSafeguardingConcernsDocument,
    "\n          query AccessMatrixTies($id: ID!) {\n            ties(personId: $id, purpose: \"Concern raised by a health visitor\") {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        ": typeof types.AccessMatrixTiesDocument,
    "\n          query AccessMatrixVettings($id: ID!) {\n            vettings(organisationId: $id) {\n              id\n              checkType\n              inDate\n              person {\n                displayName\n              }\n            }\n          }\n        ": typeof types.AccessMatrixVettingsDocument,
    "\n        query AccessMatrixPerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      ": typeof types.AccessMatrixPersonDocument,
    "\n        query AccessMatrixMe {\n          me {\n            dataAccessLog(first: 50) {\n              edges {\n                node {\n                  action\n                  basis\n                  purpose\n                  actor {\n                    displayName\n                  }\n                  viaGroup {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AccessMatrixMeDocument,
    "\n  mutation AnalyticsStart {\n    startSocialGraphAnalysis {\n      id\n      status\n    }\n  }\n": typeof types.AnalyticsStartDocument,
    "\n  subscription AnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      id\n      status\n      phase\n      percent\n      phaseDone\n      phaseTotal\n    }\n  }\n": typeof types.AnalyticsChangedDocument,
    "\n  query AnalyticsLatest($id: ID) {\n    socialGraphAnalysis(id: $id) {\n      id\n      status\n      peopleCount\n      tieCount\n      communities\n      modularity\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n        people\n      }\n      households {\n        households\n        isolated\n      }\n    }\n  }\n": typeof types.AnalyticsLatestDocument,
    "\n  query AnalyticsMine {\n    myConnectedness {\n      activeTies\n      bondingTies\n      bridgingTies\n      linkingTies\n      groups\n      helpGiven\n      helpReceived\n      egoOneHop\n      egoTwoHop\n    }\n  }\n": typeof types.AnalyticsMineDocument,
    "\n        mutation AnalyticsErase($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.AnalyticsEraseDocument,
    "\n          query BackupRestoreSessionSearch {\n            sessionSearch(point: { latitude: 53.7901, longitude: -1.7501 }, withinMetres: 1000) {\n              edges {\n                node {\n                  session {\n                    id\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.BackupRestoreSessionSearchDocument,
    "\n      query BatchingGroups {\n        groups(first: 50) {\n          edges {\n            node {\n              name\n              memberCount\n              sessions {\n                title\n                space {\n                  name\n                }\n                group {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.BatchingGroupsDocument,
    "\n      query BatchingSessionSearch {\n        sessionSearch(\n          point: { latitude: 53.7946, longitude: -1.7564 }\n          childAgeMonths: 8\n          first: 20\n        ) {\n          edges {\n            node {\n              distanceMetres\n              session {\n                title\n                group {\n                  name\n                  kind\n                }\n                space {\n                  name\n                  accessibility\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.BatchingSessionSearchDocument,
    "\n        query CalendarsGroup($id: ID!, $session: ID!) {\n          group(id: $id) {\n            id\n            slug\n            icalUrl\n          }\n          session(id: $session) {\n            id\n            icalUrl\n          }\n        }\n      ": typeof types.CalendarsGroupDocument,
    "\n        query CalendarsGroup2($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      ": typeof types.CalendarsGroup2Document,
    "\n        query CalendarsGroup3($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      ": typeof types.CalendarsGroup3Document,
    "\n        mutation CanonicalIdsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            role\n            group {\n              id\n              name\n            }\n          }\n        }\n      ": typeof types.CanonicalIdsJoinGroupDocument,
    "\n        mutation CanonicalIdsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": typeof types.CanonicalIdsBlockPersonDocument,
    "\n        mutation CanonicalIdsBlockPerson2($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": typeof types.CanonicalIdsBlockPerson2Document,
    "\n  subscription CatchUpExchangeMessageAdded($e: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $e, since: $since) {\n      cursor\n      message {\n        body\n        mine\n      }\n    }\n  }\n": typeof types.CatchUpExchangeMessageAddedDocument,
    "\n  subscription CatchUpExchangeUpdated($e: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $e, since: $since) {\n      cursor\n      exchange {\n        status\n        agreedByPostSide\n        agreedByResponder\n      }\n    }\n  }\n": typeof types.CatchUpExchangeUpdatedDocument,
    "\n  subscription CatchUpHelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        id\n        helpPost {\n          title\n        }\n      }\n    }\n  }\n": typeof types.CatchUpHelpPostRespondedDocument,
    "\n  subscription CatchUpHelpPostStatusChanged($c: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $c, since: $since) {\n      cursor\n      helpPost {\n        title\n        status\n      }\n    }\n  }\n": typeof types.CatchUpHelpPostStatusChangedDocument,
    "\n  subscription CatchUpHelpPostsNear($cells: [String!]) {\n    helpPostsNear(areaCells: $cells) {\n      helpPost {\n        title\n      }\n    }\n  }\n": typeof types.CatchUpHelpPostsNearDocument,
    "\n  mutation CatchUpBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n": typeof types.CatchUpBlockPersonDocument,
    "\n  mutation CatchUpReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n    }\n  }\n": typeof types.CatchUpReleaseModerationItemDocument,
    "\n  query CatchUpModerationQueue($g: ID) {\n    moderationQueue(groupId: $g, first: 50) {\n      edges {\n        node {\n          id\n          text\n        }\n      }\n    }\n  }\n": typeof types.CatchUpModerationQueueDocument,
    "\n        query CatchUpLiveCursor {\n          liveCursor\n        }\n      ": typeof types.CatchUpLiveCursorDocument,
    "\n        query CatchUpExchangeMessages($e: ID!) {\n          exchangeMessages(exchangeId: $e, first: 20) {\n            edges {\n              node {\n                body\n              }\n            }\n          }\n          liveCursor\n        }\n      ": typeof types.CatchUpExchangeMessagesDocument,
    "\n        mutation CatchUpJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.CatchUpJoinGroupDocument,
    "\n        mutation CatchUpLeaveGroup($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      ": typeof types.CatchUpLeaveGroupDocument,
    "\n        mutation CatchUpLeaveGroup2($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      ": typeof types.CatchUpLeaveGroup2Document,
    "\n        mutation CatchUpJoinGroup2($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.CatchUpJoinGroup2Document,
    "\n        mutation CatchUpLeaveGroup3($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      ": typeof types.CatchUpLeaveGroup3Document,
    "\n        mutation CatchUpWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": typeof types.CatchUpWithdrawHelpPostDocument,
    "\n        mutation CatchUpWithdrawHelpPost2($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": typeof types.CatchUpWithdrawHelpPost2Document,
    "\n  query CheckInRegister($s: ID!, $d: String!) {\n    sessionRegister(sessionId: $s, occursOn: $d) {\n      id\n      sessionTitle\n      occursOn\n      editable\n      people {\n        personId\n        displayName\n        waiting\n        attended\n        recordedHow\n      }\n      unnamedGoing\n      unnamedCheckedIn\n      guests\n      total\n      checkInCode {\n        code\n      }\n    }\n  }\n": typeof types.CheckInRegisterDocument,
    "\n  mutation CheckInMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      people {\n        displayName\n        attended\n        recordedHow\n      }\n      total\n    }\n  }\n": typeof types.CheckInMarkAttendedDocument,
    "\n  mutation CheckInSetHeadcount($s: ID!, $d: String!, $g: Int!) {\n    setHeadcount(sessionId: $s, occursOn: $d, guests: $g) {\n      guests\n      total\n    }\n  }\n": typeof types.CheckInSetHeadcountDocument,
    "\n  mutation CheckInOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n": typeof types.CheckInOpenCheckInDocument,
    "\n  mutation CheckInCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n      occursOn\n      recordedHow\n      session {\n        title\n      }\n    }\n  }\n": typeof types.CheckInCheckInDocument,
    "\n  query CheckInMyAttendance($first: Int, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CheckInMyAttendanceDocument,
    "\n  mutation CheckInDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n": typeof types.CheckInDeleteMyAttendanceDocument,
    "\n        query CheckInRegisterDates($s: ID!) {\n          registerDates(sessionId: $s) {\n            occursOn\n          }\n        }\n      ": typeof types.CheckInRegisterDatesDocument,
    "\n        mutation CheckInExportMyData {\n          exportMyData\n        }\n      ": typeof types.CheckInExportMyDataDocument,
    "\n        mutation CheckInDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.CheckInDeleteMyAccountDocument,
    "\n  query CliListed {\n    groups {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    me {\n      person {\n        displayName\n      }\n    }\n  }\n": typeof types.CliListedDocument,
    "\n              mutation CliSignUp {\n                signUp(\n                  input: {\n                    email: \"keeps@example.test\"\n                    password: \"a long enough password\"\n                    profile: { displayName: \"Keeps\" }\n                  }\n                ) {\n                  person {\n                    id\n                  }\n                }\n              }\n            ": typeof types.CliSignUpDocument,
    "\n              mutation CliCreateGroup {\n                createGroup(input: { name: \"Survives Restarts\", kind: CIVIC }) {\n                  id\n                }\n              }\n            ": typeof types.CliCreateGroupDocument,
    "\n            mutation DataRightsCoverageExportMyData {\n              exportMyData\n            }\n          ": typeof types.DataRightsCoverageExportMyDataDocument,
    "\n        mutation DataRightsCoverageDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.DataRightsCoverageDeleteMyAccountDocument,
    "\n        mutation DataRightsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.DataRightsJoinGroupDocument,
    "\n        mutation DataRightsGiveConsent {\n          giveConsent(input: { kind: VISIBLE_TO_GROUP_ORGANISERS }) {\n            id\n          }\n        }\n      ": typeof types.DataRightsGiveConsentDocument,
    "\n        mutation DataRightsCreateHelpPost {\n          createHelpPost(\n            input: {\n              kind: OFFER\n              category: COOKING\n              title: \"Biryani for new parents\"\n              description: \"Homemade and halal, for your first week home\"\n              areaCell: \"8819429a9dfffff\"\n            }\n          ) {\n            id\n          }\n        }\n      ": typeof types.DataRightsCreateHelpPostDocument,
    "\n        query DataRightsPerson($id: ID!) {\n          person(id: $id) {\n            languages\n          }\n        }\n      ": typeof types.DataRightsPersonDocument,
    "\n        mutation DataRightsExportMyData {\n          exportMyData\n        }\n      ": typeof types.DataRightsExportMyDataDocument,
    "\n            mutation DataRightsExportMyData2 {\n              exportMyData\n            }\n          ": typeof types.DataRightsExportMyData2Document,
    "\n        mutation DataRightsDeleteMyAccount {\n          deleteMyAccount(password: \"not my password\")\n        }\n      ": typeof types.DataRightsDeleteMyAccountDocument,
    "\n            query DataRightsMe {\n              me {\n                email\n              }\n            }\n          ": typeof types.DataRightsMeDocument,
    "\n        mutation DataRightsSaveSearch {\n          saveSearch(name: \"Mornings\", search: { areaCell: \"8819429a9dfffff\" }) {\n            id\n          }\n        }\n      ": typeof types.DataRightsSaveSearchDocument,
    "\n        mutation DataRightsDeleteMyAccount2($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.DataRightsDeleteMyAccount2Document,
    "\n            query DataRightsMe2 {\n              me {\n                email\n              }\n            }\n          ": typeof types.DataRightsMe2Document,
    "\n        query DataRightsTies($id: ID!) {\n          ties(personId: $id) {\n            edges {\n              node {\n                kind\n                to {\n                  ... on Person {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DataRightsTiesDocument,
    "\n        query DataRightsGroup($id: ID!) {\n          group(id: $id) {\n            memberCount\n          }\n        }\n      ": typeof types.DataRightsGroupDocument,
    "\n        query DataRightsPerson2($id: ID!) {\n          person(id: $id, purpose: \"check\") {\n            languages\n          }\n        }\n      ": typeof types.DataRightsPerson2Document,
    "\n        mutation DataRightsSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Could I collect on Friday?\") {\n            id\n          }\n        }\n      ": typeof types.DataRightsSendExchangeMessageDocument,
    "\n            mutation DataRightsExportMyData3 {\n              exportMyData\n            }\n          ": typeof types.DataRightsExportMyData3Document,
    "\n        mutation DataRightsDeleteMyAccount3($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.DataRightsDeleteMyAccount3Document,
    "\n        query DataRightsExchange($id: ID!) {\n          exchange(id: $id) {\n            status\n          }\n        }\n      ": typeof types.DataRightsExchangeDocument,
    "\n        mutation DataRightsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": typeof types.DataRightsBlockPersonDocument,
    "\n        mutation DataRightsReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: NOT_GENUINE, details: \"Same pram as last week\")\n        }\n      ": typeof types.DataRightsReportHelpPostDocument,
    "\n        mutation DataRightsRaiseSafeguardingConcern($p: ID!) {\n          raiseSafeguardingConcern(\n            input: { concern: \"They asked where my children sleep.\", helpPostId: $p }\n          ) {\n            id\n          }\n        }\n      ": typeof types.DataRightsRaiseSafeguardingConcernDocument,
    "\n        mutation DataRightsUpdateSafeguardingConcern($id: ID!) {\n          updateSafeguardingConcern(\n            id: $id\n            status: IN_PROGRESS\n            leadNotes: \"Spoke to the health visitor.\"\n          ) {\n            id\n          }\n        }\n      ": typeof types.DataRightsUpdateSafeguardingConcernDocument,
    "\n            mutation DataRightsExportMyData4 {\n              exportMyData\n            }\n          ": typeof types.DataRightsExportMyData4Document,
    "\n        mutation DataRightsDeleteMyAccount4($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.DataRightsDeleteMyAccount4Document,
    "\n        query DataRightsSafeguardingConcerns {\n          safeguardingConcerns(first: 5) {\n            edges {\n              node {\n                id\n                leadNotes\n                raisedBy {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DataRightsSafeguardingConcernsDocument,
    "\n  query DiscoverySessionSearch(\n    $args: PointInput\n    $within: Int\n    $age: Int\n    $due: String\n    $days: [Int!]\n    $from: String\n    $by: String\n    $langs: [String!]\n    $free: Boolean\n    $access: [AccessibilityFeature!]\n    $kinds: [GroupKind!]\n    $text: String\n    $sort: SessionSearchSort\n    $first: Int\n    $after: String\n  ) {\n    sessionSearch(\n      point: $args\n      withinMetres: $within\n      childAgeMonths: $age\n      dueMonth: $due\n      weekdays: $days\n      startsFrom: $from\n      startsBy: $by\n      languages: $langs\n      freeOnly: $free\n      accessibility: $access\n      groupKinds: $kinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          session {\n            title\n          }\n          distanceMetres\n          walkingMinutes\n          nextOccurrences\n          fit\n          reasons {\n            kind\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DiscoverySessionSearchDocument,
    "\n        query DiscoverySessionSearch2 {\n          sessionSearch(point: { latitude: 53.79, longitude: -1.75 }, areaCell: \"8819429a9dfffff\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.DiscoverySessionSearch2Document,
    "\n        query DiscoverySessionSearch3($cell: String!) {\n          sessionSearch(areaCell: $cell, withinMetres: 5000) {\n            edges {\n              node {\n                session {\n                  title\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.DiscoverySessionSearch3Document,
    "\n      query DiscoverySpacesNearMe(\n        $point: PointInput\n        $access: [AccessibilityFeature!]\n        $first: Int\n        $after: String\n      ) {\n        spaceSearch(\n          point: $point\n          withinMetres: 5000\n          accessibility: $access\n          first: $first\n          after: $after\n        ) {\n          edges {\n            node {\n              space {\n                name\n              }\n              distanceMetres\n              walkingMinutes\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.DiscoverySpacesNearMeDocument,
    "\n      query DiscoveryGroupsNearMe($point: PointInput, $kinds: [GroupKind!], $langs: [String!]) {\n        groupSearch(point: $point, withinMetres: 5000, groupKinds: $kinds, languages: $langs) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n              distanceMetres\n            }\n          }\n        }\n      }\n    ": typeof types.DiscoveryGroupsNearMeDocument,
    "\n      query DiscoveryGroupSearch($point: PointInput, $first: Int, $after: String) {\n        groupSearch(point: $point, withinMetres: null, first: $first, after: $after) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.DiscoveryGroupSearchDocument,
    "\n        query ErrorsGroups {\n          groups(first: 500) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.ErrorsGroupsDocument,
    "\n        query ErrorsGroups2 {\n          groups(after: \"bm90IGEgY3Vyc29y\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": typeof types.ErrorsGroups2Document,
    "\n        query ErrorsSpace {\n          space(id: \"42\") {\n            name\n          }\n        }\n      ": typeof types.ErrorsSpaceDocument,
    "\n          query ErrorsSpaces {\n            spaces {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.ErrorsSpacesDocument,
    "\n  mutation ExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      body\n      side\n      mine\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.ExchangesSendExchangeMessageDocument,
    "\n  query ExchangesExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          body\n          side\n          mine\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExchangesExchangeMessagesDocument,
    "\n  mutation ExchangesThankForExchange($e: ID!, $m: String!) {\n    thankForExchange(exchangeId: $e, message: $m) {\n      message\n      side\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.ExchangesThankForExchangeDocument,
    "\n  mutation ExchangesGiveExchangeFeedback($e: ID!, $w: Boolean!, $l: Boolean!, $a: Boolean!) {\n    giveExchangeFeedback(exchangeId: $e, feltWelcome: $w, feltListenedTo: $l, wouldMeetAgain: $a)\n  }\n": typeof types.ExchangesGiveExchangeFeedbackDocument,
    "\n  query ExchangesExchange($id: ID!) {\n    exchange(id: $id) {\n      id\n      status\n      mySide\n      givingSide\n      myFeedbackGiven\n      thanks {\n        message\n        side\n        author {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ExchangesExchangeDocument,
    "\n  query ExchangesExchangeFeedbackSummary($g: ID) {\n    exchangeFeedbackSummary(groupId: $g) {\n      responses\n      feltWelcome\n      feltListenedTo\n      wouldMeetAgain\n    }\n  }\n": typeof types.ExchangesExchangeFeedbackSummaryDocument,
    "\n  query ExchangesPerson($id: ID!) {\n    person(id: $id) {\n      helpGiven\n      helpReceived\n    }\n  }\n": typeof types.ExchangesPersonDocument,
    "\n  query ExchangesTies($id: ID!) {\n    ties(personId: $id, kind: PERSON_PERSON) {\n      edges {\n        node {\n          provenance\n          strength\n          exchangeId\n        }\n      }\n    }\n  }\n": typeof types.ExchangesTiesDocument,
    "\n        subscription ExchangesHelpPostResponded {\n          helpPostResponded {\n            exchange {\n              id\n              responder {\n                displayName\n              }\n              helpPost {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.ExchangesHelpPostRespondedDocument,
    "\n        subscription ExchangesExchangeMessageAdded($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n              side\n              mine\n            }\n          }\n        }\n      ": typeof types.ExchangesExchangeMessageAddedDocument,
    "\n        subscription ExchangesExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n              agreedByResponder\n            }\n          }\n        }\n      ": typeof types.ExchangesExchangeUpdatedDocument,
    "\n        query Exchanges_Type {\n          __type(name: \"ExchangeFeedback\") {\n            name\n          }\n        }\n      ": typeof types.Exchanges_TypeDocument,
    "\n          mutation ExchangesJoinGroup($g: ID!) {\n            joinGroup(groupId: $g) {\n              id\n            }\n          }\n        ": typeof types.ExchangesJoinGroupDocument,
    "\n          query ExchangesGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  mySide\n                  responder {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        ": typeof types.ExchangesGroupExchangesDocument,
    "\n              query ExchangesGroupExchanges2($g: ID!) {\n                groupExchanges(groupId: $g) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            ": typeof types.ExchangesGroupExchanges2Document,
    "\n          query ExchangesExchange2($id: ID!) {\n            exchange(id: $id) {\n              responder {\n                displayName\n                languages\n              }\n            }\n          }\n        ": typeof types.ExchangesExchange2Document,
    "\n            query ExchangesExchange3($id: ID!) {\n              exchange(id: $id) {\n                thanks {\n                  message\n                }\n              }\n            }\n          ": typeof types.ExchangesExchange3Document,
    "\n        query ExchangesGroupCounts($g: ID!) {\n          group(id: $g) {\n            helpGiven\n            helpReceived\n          }\n        }\n      ": typeof types.ExchangesGroupCountsDocument,
    "\n          query ExchangesTies2($id: ID!) {\n            ties(personId: $id, kind: PERSON_GROUP) {\n              edges {\n                node {\n                  provenance\n                  exchangeId\n                }\n              }\n            }\n          }\n        ": typeof types.ExchangesTies2Document,
    "\n        subscription ExchangesExchangeMessageAdded2($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n            }\n          }\n        }\n      ": typeof types.ExchangesExchangeMessageAdded2Document,
    "\n    query GoingNextDates($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 3, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n          placesLeft\n        }\n      }\n    }\n  ": typeof types.GoingNextDatesDocument,
    "\n    query GoingMyRsvp($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          myRsvp {\n            status\n            waitingPosition\n          }\n        }\n      }\n    }\n  ": typeof types.GoingMyRsvpDocument,
    "\n    mutation GoingGoToSession($s: ID!, $d: String!, $share: Boolean!) {\n      goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: $share) {\n        occursOn\n        status\n        waitingPosition\n        nameSharedWithOrganisers\n      }\n    }\n  ": typeof types.GoingGoToSessionDocument,
    "\n    mutation GoingCancelGoing($s: ID!, $d: String!) {\n      cancelGoing(sessionId: $s, occursOn: $d)\n    }\n  ": typeof types.GoingCancelGoingDocument,
    "\n    query GoingSessionAttendees($s: ID!, $d: String!) {\n      sessionAttendees(sessionId: $s, occursOn: $d) {\n        occursOn\n        goingCount\n        waitingCount\n        named {\n          displayName\n          status\n        }\n      }\n    }\n  ": typeof types.GoingSessionAttendeesDocument,
    "\n    query GoingMyUpcomingSessions($first: Int!, $after: String) {\n      myUpcomingSessions(first: $first, after: $after) {\n        edges {\n          node {\n            occursOn\n            status\n            cancelled\n            session {\n              title\n            }\n            occurrence {\n              startsAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.GoingMyUpcomingSessionsDocument,
    "\n        mutation GoingUpdateSessionCapacity($id: ID!) {\n          updateSession(id: $id, input: { capacity: 2 }) {\n            capacity\n          }\n        }\n      ": typeof types.GoingUpdateSessionCapacityDocument,
    "\n        query GoingDataAccessLog {\n          me {\n            dataAccessLog(first: 10) {\n              edges {\n                node {\n                  action\n                  basis\n                  actor {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.GoingDataAccessLogDocument,
    "\n          mutation GoingNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        ": typeof types.GoingNewMyCalendarFeedDocument,
    "\n            mutation GoingExportMyData {\n              exportMyData\n            }\n          ": typeof types.GoingExportMyDataDocument,
    "\n        mutation GoingDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.GoingDeleteMyAccountDocument,
    "\n  mutation GroupOrganisersCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      viewerRole\n      organisers {\n        displayName\n      }\n    }\n  }\n": typeof types.GroupOrganisersCreateGroupDocument,
    "\n  mutation GroupOrganisersArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.GroupOrganisersArchiveGroupDocument,
    "\n  mutation GroupOrganisersUnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.GroupOrganisersUnarchiveGroupDocument,
    "\n  mutation GroupOrganisersJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n": typeof types.GroupOrganisersJoinGroupDocument,
    "\n  mutation GroupOrganisersLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.GroupOrganisersLeaveGroupDocument,
    "\n  mutation GroupOrganisersInviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n": typeof types.GroupOrganisersInviteCoOrganiserDocument,
    "\n  mutation GroupOrganisersRevokeInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n": typeof types.GroupOrganisersRevokeInvitationDocument,
    "\n  query GroupOrganisersPreviewInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      group {\n        name\n      }\n      alreadyOrganiser\n    }\n  }\n": typeof types.GroupOrganisersPreviewInvitationDocument,
    "\n  mutation GroupOrganisersAcceptInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      role\n    }\n  }\n": typeof types.GroupOrganisersAcceptInvitationDocument,
    "\n  mutation GroupOrganisersRemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n": typeof types.GroupOrganisersRemoveOrganiserDocument,
    "\n  query GroupOrganisersGroup($id: ID!) {\n    group(id: $id) {\n      name\n      archivedAt\n      viewerRole\n      memberCount\n    }\n  }\n": typeof types.GroupOrganisersGroupDocument,
    "\n  query GroupOrganisersOrganiserView($id: ID!) {\n    group(id: $id) {\n      organisers {\n        displayName\n      }\n      openInvitations {\n        id\n      }\n    }\n  }\n": typeof types.GroupOrganisersOrganiserViewDocument,
    "\n  query GroupOrganisersListed($search: String!) {\n    groups(search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    groupSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n    sessionSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          session {\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.GroupOrganisersListedDocument,
    "\n  mutation GroupsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n      kind\n      languages\n      memberCount\n    }\n  }\n": typeof types.GroupsCreateGroupDocument,
    "\n      query GroupsGroupBySlugOrId($id: ID, $slug: String) {\n        group(id: $id, slug: $slug) {\n          id\n          name\n        }\n      }\n    ": typeof types.GroupsGroupBySlugOrIdDocument,
    "\n        query GroupsGroups {\n          groups(kind: PARENT_AND_BABY) {\n            edges {\n              node {\n                name\n                kind\n              }\n            }\n          }\n        }\n      ": typeof types.GroupsGroupsDocument,
    "\n      query GroupsGroups2($after: String) {\n        groups(kind: MUTUAL_AID, first: 2, after: $after) {\n          edges {\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": typeof types.GroupsGroups2Document,
    "\n        query GroupsGroups3 {\n          groups(search: \"gurdwra langar\") {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      ": typeof types.GroupsGroups3Document,
    "\n        mutation GroupsUpdateGroup($id: ID!) {\n          updateGroup(id: $id, input: { name: \"Town Food Bank\" }) {\n            name\n            description\n          }\n        }\n      ": typeof types.GroupsUpdateGroupDocument,
    "\n        query GroupsGroup {\n          group(id: \"00000000-0000-4000-8000-000000000000\") {\n            name\n          }\n        }\n      ": typeof types.GroupsGroupDocument,
    "\n      mutation GroupsJoinGroup($g: ID!) {\n        joinGroup(groupId: $g) {\n          role\n          group {\n            name\n            memberCount\n          }\n          person {\n            displayName\n          }\n        }\n      }\n    ": typeof types.GroupsJoinGroupDocument,
    "\n      mutation GroupsUpdateGroup2($id: ID!) {\n        updateGroup(id: $id, input: { name: \"Taken over\" }) {\n          name\n        }\n      }\n    ": typeof types.GroupsUpdateGroup2Document,
    "\n          mutation GroupsUpdateGroup3($id: ID!, $input: UpdateGroupInput!) {\n            updateGroup(id: $id, input: $input) {\n              id\n            }\n          }\n        ": typeof types.GroupsUpdateGroup3Document,
    "\n        query HardeningMe {\n          me {\n            dataAccessLog(first: 1) {\n              edges {\n                node {\n                  actor {\n                    memberships {\n                      person {\n                        memberships {\n                          group {\n                            name\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HardeningMeDocument,
    "\n  mutation HelpLifecycleWithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.HelpLifecycleWithdrawHelpPostDocument,
    "\n  mutation HelpLifecycleUpdateHelpPost($id: ID!, $input: UpdateHelpPostInput!) {\n    updateHelpPost(id: $id, input: $input) {\n      status\n      quantity\n    }\n  }\n": typeof types.HelpLifecycleUpdateHelpPostDocument,
    "\n  query HelpLifecycleHelpPosts($cell: String) {\n    helpPosts(areaCell: $cell, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.HelpLifecycleHelpPostsDocument,
    "\n          query HelpLifecycleExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        ": typeof types.HelpLifecycleExchangeDocument,
    "\n            query HelpLifecycleExchange2($id: ID!) {\n              exchange(id: $id) {\n                status\n              }\n            }\n          ": typeof types.HelpLifecycleExchange2Document,
    "\n        mutation HelpLifecycleSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Still on?\") {\n            id\n          }\n        }\n      ": typeof types.HelpLifecycleSendExchangeMessageDocument,
    "\n        subscription HelpLifecycleHelpPostStatusChanged($cell: String!) {\n          helpPostStatusChanged(areaCell: $cell) {\n            helpPost {\n              id\n              status\n            }\n          }\n        }\n      ": typeof types.HelpLifecycleHelpPostStatusChangedDocument,
    "\n        mutation HelpLifecycleJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.HelpLifecycleJoinGroupDocument,
    "\n        query HelpLifecycleHelpPosts2 {\n          helpPosts(status: EXPIRED, first: 50) {\n            edges {\n              node {\n                id\n                status\n              }\n            }\n          }\n        }\n      ": typeof types.HelpLifecycleHelpPosts2Document,
    "\n        subscription HelpLifecycleExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n            }\n          }\n        }\n      ": typeof types.HelpLifecycleExchangeUpdatedDocument,
    "\n  subscription HelpLiveHelpPostsNear(\n    $cells: [String!]\n    $categories: [HelpCategory!]\n    $since: String\n  ) {\n    helpPostsNear(areaCells: $cells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        id\n        title\n        areaCell\n        category\n        status\n      }\n    }\n  }\n": typeof types.HelpLiveHelpPostsNearDocument,
    "\n        mutation HelpLiveWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": typeof types.HelpLiveWithdrawHelpPostDocument,
    "\n        query HelpLiveLiveCursor {\n          liveCursor\n        }\n      ": typeof types.HelpLiveLiveCursorDocument,
    "\n      subscription HelpLiveHelpPostsNear2($cells: [String!]) {\n        helpPostsNear(areaCells: $cells) {\n          helpPost {\n            title\n            authorPerson {\n              displayName\n              areaCell\n            }\n          }\n        }\n      }\n    ": typeof types.HelpLiveHelpPostsNear2Document,
    "\n        query HelpLiveLiveCursor2 {\n          liveCursor\n        }\n      ": typeof types.HelpLiveLiveCursor2Document,
    "\n        mutation HelpLiveBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": typeof types.HelpLiveBlockPersonDocument,
    "\n          query HelpLiveLiveCursor3 {\n            liveCursor\n          }\n        ": typeof types.HelpLiveLiveCursor3Document,
    "\n  query HelpMatchingHelpPostMatches($id: ID!, $first: Int) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      post {\n        id\n        title\n      }\n      reasons {\n        kind\n        text\n      }\n    }\n  }\n": typeof types.HelpMatchingHelpPostMatchesDocument,
    "\n        mutation HelpMatchingJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.HelpMatchingJoinGroupDocument,
    "\n        mutation HelpMatchingWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": typeof types.HelpMatchingWithdrawHelpPostDocument,
    "\n  subscription HelpNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        authorGroup {\n          name\n        }\n      }\n    }\n  }\n": typeof types.HelpNearCellDocument,
    "\n  mutation HelpCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      title\n      status\n      areaCell\n      authorGroup {\n        name\n      }\n      authorPerson {\n        displayName\n      }\n    }\n  }\n": typeof types.HelpCreateHelpPostDocument,
    "\n        query HelpHelpPosts {\n          helpPosts(first: 10) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HelpHelpPostsDocument,
    "\n        query HelpHelpPosts2 {\n          helpPosts(kind: OFFER) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.HelpHelpPosts2Document,
    "\n  query IdentityMe {\n    me {\n      email\n      roles\n      person {\n        displayName\n        languages\n        lifeStage {\n          expecting\n          dueMonth\n        }\n      }\n    }\n  }\n": typeof types.IdentityMeDocument,
    "\n  mutation IdentitySignUpWithProfile($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      person {\n        displayName\n        lifeStage {\n          expecting\n        }\n      }\n    }\n  }\n": typeof types.IdentitySignUpWithProfileDocument,
    "\n  mutation IdentitySignInFrom($input: SignInInput!) {\n    signIn(input: $input) {\n      email\n    }\n  }\n": typeof types.IdentitySignInFromDocument,
    "\n      mutation IdentitySignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n          roles\n          person {\n            displayName\n            languages\n            lifeStage {\n              expecting\n            }\n            memberships {\n              group {\n                name\n              }\n            }\n          }\n          sessions {\n            current\n          }\n        }\n      }\n    ": typeof types.IdentitySignUpDocument,
    "\n        mutation IdentitySignUp2 {\n          signUp(\n            input: {\n              email: \"weak@example.test\"\n              password: \"short\"\n              profile: { displayName: \"Weak\" }\n            }\n          ) {\n            email\n          }\n        }\n      ": typeof types.IdentitySignUp2Document,
    "\n            mutation IdentitySignOut {\n              signOut\n            }\n          ": typeof types.IdentitySignOutDocument,
    "\n          mutation IdentityRequestPasswordReset {\n            requestPasswordReset(email: \"nobody@example.test\")\n          }\n        ": typeof types.IdentityRequestPasswordResetDocument,
    "\n        mutation IdentityRequestPasswordReset2 {\n          requestPasswordReset(email: \"reset@example.test\")\n        }\n      ": typeof types.IdentityRequestPasswordReset2Document,
    "\n      mutation IdentityResetPassword($token: String!) {\n        resetPassword(input: { token: $token, newPassword: \"a brand new password\" })\n      }\n    ": typeof types.IdentityResetPasswordDocument,
    "\n        query IdentityMe2 {\n          me {\n            sessions {\n              id\n              current\n            }\n          }\n        }\n      ": typeof types.IdentityMe2Document,
    "\n              mutation IdentityRevokeSession($id: ID!) {\n                revokeSession(id: $id)\n              }\n            ": typeof types.IdentityRevokeSessionDocument,
    "\n        mutation IdentityChangePassword {\n          changePassword(\n            input: { currentPassword: \"not it at all\", newPassword: \"another long password\" }\n          )\n        }\n      ": typeof types.IdentityChangePasswordDocument,
    "\n        mutation IdentityChangePassword2($current: String!) {\n          changePassword(input: { currentPassword: $current, newPassword: \"another long password\" })\n        }\n      ": typeof types.IdentityChangePassword2Document,
    "\n        mutation IdentityRequestPasswordReset3($email: String!) {\n          requestPasswordReset(email: $email)\n        }\n      ": typeof types.IdentityRequestPasswordReset3Document,
    "\n        mutation IdentityResetPassword2($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a fresh long password\" })\n        }\n      ": typeof types.IdentityResetPassword2Document,
    "\n          mutation InputErrorsCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputErrorsCreateHelpPostDocument,
    "\n          mutation InputErrorsCreateHelpPost2($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputErrorsCreateHelpPost2Document,
    "\n          query InputErrorsGroups2($a: String) {\n            groups(after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.InputErrorsGroups2Document,
    "\n          query InputErrorsGroups3 {\n            groups(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        ": typeof types.InputErrorsGroups3Document,
    "\n          query InputErrorsHelpPostsAfter($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.InputErrorsHelpPostsAfterDocument,
    "\n          query InputErrorsHelpPostsFirst {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1) {\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        ": typeof types.InputErrorsHelpPostsFirstDocument,
    "\n          query InputErrorsHelpPostsNext($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1, after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.InputErrorsHelpPostsNextDocument,
    "\n      query InputErrorsUpcomingSessions($from: DateTime) {\n        upcomingSessions(from: $from) {\n          startsAt\n        }\n      }\n    ": typeof types.InputErrorsUpcomingSessionsDocument,
    "\n          query InputErrorsUpcomingSessions2 {\n            upcomingSessions(from: \"yesterday\") {\n              startsAt\n            }\n          }\n        ": typeof types.InputErrorsUpcomingSessions2Document,
    "\n          mutation InputErrorsCreateHelpPost3($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        ": typeof types.InputErrorsCreateHelpPost3Document,
    "\n          query InputErrorsLiveCursor {\n            liveCursor\n          }\n        ": typeof types.InputErrorsLiveCursorDocument,
    "\n          query InputErrorsLiveCursor2 {\n            liveCursor\n          }\n        ": typeof types.InputErrorsLiveCursor2Document,
    "\n          mutation InputErrorsWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        ": typeof types.InputErrorsWithdrawHelpPostDocument,
    "\n          query InputErrorsGroups4($k: GroupKind) {\n            groups(kind: $k) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.InputErrorsGroups4Document,
    "\n  query LocationPrivacyNearbyParents($near: NearInput!, $first: Int, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          person {\n            id\n            displayName\n          }\n          sharesALanguage\n          distance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LocationPrivacyNearbyParentsDocument,
    "\n  mutation LocationPrivacyGiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.LocationPrivacyGiveConsentDocument,
    "\n  mutation LocationPrivacyWithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n    }\n  }\n": typeof types.LocationPrivacyWithdrawConsentDocument,
    "\n        mutation LocationPrivacyDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": typeof types.LocationPrivacyDeleteMyAccountDocument,
    "\n        query LocationPrivacyNearbyParents2($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              cursor\n              node {\n                __typename\n                person {\n                  __typename\n                  id\n                  displayName\n                }\n                sharesALanguage\n                distance\n              }\n            }\n          }\n        }\n      ": typeof types.LocationPrivacyNearbyParents2Document,
    "\n        query LocationPrivacy_Type {\n          __type(name: \"NearbyParent\") {\n            fields {\n              name\n            }\n          }\n        }\n      ": typeof types.LocationPrivacy_TypeDocument,
    "\n        query LocationPrivacyNearbyParents3($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              node {\n                person {\n                  areaCell\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.LocationPrivacyNearbyParents3Document,
    "\n    query LocationPrivacyNearbyParents4($near: NearInput!) {\n      nearbyParents(near: $near) {\n        profileAsOf\n        edges {\n          node {\n            __typename\n            person {\n              displayName\n            }\n            sharesALanguage\n            distance\n          }\n        }\n      }\n    }\n  ": typeof types.LocationPrivacyNearbyParents4Document,
    "\n    mutation LocationPrivacyUpdateMyProfile($input: ProfileInput!) {\n      updateMyProfile(input: $input) {\n        id\n      }\n    }\n  ": typeof types.LocationPrivacyUpdateMyProfileDocument,
    "\n              mutation MyCalendarSaveSession($id: ID!) {\n                saveSession(sessionId: $id)\n              }\n            ": typeof types.MyCalendarSaveSessionDocument,
    "\n        query MyCalendarMe {\n          me {\n            savedSessions {\n              title\n            }\n            hasCalendarFeed\n          }\n        }\n      ": typeof types.MyCalendarMeDocument,
    "\n          mutation MyCalendarNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        ": typeof types.MyCalendarNewMyCalendarFeedDocument,
    "\n        mutation MyCalendarUnsaveSession($id: ID!) {\n          unsaveSession(sessionId: $id)\n        }\n      ": typeof types.MyCalendarUnsaveSessionDocument,
    "\n            mutation MyCalendarNewMyCalendarFeed2 {\n              newMyCalendarFeed\n            }\n          ": typeof types.MyCalendarNewMyCalendarFeed2Document,
    "\n            mutation MyCalendarEndMyCalendarFeed {\n              endMyCalendarFeed\n            }\n          ": typeof types.MyCalendarEndMyCalendarFeedDocument,
    "\n        mutation MyCalendarSaveSession2 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      ": typeof types.MyCalendarSaveSession2Document,
    "\n        mutation MyCalendarSaveSession3 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      ": typeof types.MyCalendarSaveSession3Document,
    "\n  query MyHelpPostsMyHelpPosts($status: HelpPostStatus, $first: Int!, $after: String) {\n    myHelpPosts(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          title\n          status\n          authorGroup {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyHelpPostsMyHelpPostsDocument,
    "\n        mutation MyHelpPostsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.MyHelpPostsJoinGroupDocument,
    "\n        mutation MyHelpPostsWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": typeof types.MyHelpPostsWithdrawHelpPostDocument,
    "\n  fragment OrukCounts on OpenReferralRecordCounts {\n    total\n    created\n    updated\n    unchanged\n    removed\n    failed\n    skipped\n  }\n": typeof types.OrukCountsFragmentDoc,
    "\n  mutation OrukImportOpenReferral($json: String!, $source: String) {\n    importOpenReferral(json: $json, source: $source) {\n      organizations {\n        ...OrukCounts\n      }\n      locations {\n        ...OrukCounts\n      }\n      services {\n        ...OrukCounts\n      }\n      sessions {\n        ...OrukCounts\n      }\n      errors {\n        recordType\n        recordId\n        message\n      }\n      warnings {\n        recordType\n        recordId\n        message\n      }\n    }\n  }\n": typeof types.OrukImportOpenReferralDocument,
    "\n  query OrukGroups {\n    groups(first: 6) {\n      edges {\n        node {\n          name\n          kind\n          description\n          languages\n          website\n          sessions {\n            title\n            description\n            recurrence\n            startDate\n            startTime\n            durationMinutes\n            minAgeMonths\n            maxAgeMonths\n            languages\n            costPence\n            nextOccurrences(count: 4)\n            space {\n              name\n              kind\n              postcode\n              accessibility\n              openingHours {\n                weekday\n                opens\n                closes\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrukGroupsDocument,
    "\n        query OrukExportOpenReferral {\n          exportOpenReferral\n        }\n      ": typeof types.OrukExportOpenReferralDocument,
    "\n  mutation OutageCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n    }\n  }\n": typeof types.OutageCreateHelpPostDocument,
    "\n          query OutageMe {\n            me {\n              consents {\n                id\n              }\n            }\n          }\n        ": typeof types.OutageMeDocument,
    "\n          query OutageGroups {\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": typeof types.OutageGroupsDocument,
    "\n  mutation PartnershipsPropose($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n      note\n      fromGroup {\n        name\n      }\n      toGroup {\n        name\n      }\n    }\n  }\n": typeof types.PartnershipsProposeDocument,
    "\n  mutation PartnershipsAccept($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n      respondedAt\n    }\n  }\n": typeof types.PartnershipsAcceptDocument,
    "\n  mutation PartnershipsDecline($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PartnershipsDeclineDocument,
    "\n  mutation PartnershipsEnd($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n": typeof types.PartnershipsEndDocument,
    "\n  query PartnershipsGroup($id: ID!) {\n    group(id: $id) {\n      partnerships {\n        id\n        status\n        note\n        fromGroup {\n          name\n        }\n        toGroup {\n          name\n        }\n      }\n      pendingPartnerships {\n        id\n        fromGroup {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnershipsGroupDocument,
    "\n  query PartnershipsTies($groupId: ID!) {\n    ties(groupId: $groupId, kind: GROUP_GROUP, first: 10) {\n      edges {\n        node {\n          kind\n          provenance\n          from {\n            ... on Group {\n              name\n            }\n          }\n          to {\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PartnershipsTiesDocument,
    "\n        query PartnershipsAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                viaGroup {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.PartnershipsAuditEventsDocument,
    "\n  query PostcodesSessionSearch(\n    $postcode: String\n    $address: String\n    $point: PointInput\n    $within: Int\n  ) {\n    sessionSearch(postcode: $postcode, address: $address, point: $point, withinMetres: $within) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        node {\n          session {\n            title\n          }\n          distanceMetres\n        }\n      }\n    }\n  }\n": typeof types.PostcodesSessionSearchDocument,
    "\n  query PostcodesSpaceSearch($postcode: String) {\n    spaceSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          space {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostcodesSpaceSearchDocument,
    "\n  query PostcodesGroupSearch($postcode: String) {\n    groupSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostcodesGroupSearchDocument,
    "\n  query PostcodesMapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n": typeof types.PostcodesMapSettingsDocument,
    "\n  mutation PostcodesSaveSearch($search: SessionSearchInput!) {\n    saveSearch(name: \"From my postcode\", search: $search) {\n      id\n    }\n  }\n": typeof types.PostcodesSaveSearchDocument,
    "\n  query PublishSessionsDates($id: ID!, $from: DateTime!, $count: Int!) {\n    session(id: $id) {\n      startTime\n      durationMinutes\n      occurrences(from: $from, count: $count) {\n        occursOn\n        startsAt\n        endsAt\n        cancelled\n        cancellationReason\n        movedFrom\n      }\n      nextOccurrences(count: 10)\n    }\n  }\n": typeof types.PublishSessionsDatesDocument,
    "\n  mutation PublishSessionsCancel($s: ID!, $on: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $s, occursOn: $on, reason: $reason) {\n      occursOn\n      cancelled\n      cancellationReason\n    }\n  }\n": typeof types.PublishSessionsCancelDocument,
    "\n  mutation PublishSessionsRestore($s: ID!, $on: String!) {\n    restoreSessionDate(sessionId: $s, occursOn: $on) {\n      occursOn\n      cancelled\n      startsAt\n      movedFrom\n    }\n  }\n": typeof types.PublishSessionsRestoreDocument,
    "\n  mutation PublishSessionsMove($s: ID!, $on: String!, $toDate: String!, $toTime: String!) {\n    moveSessionDate(sessionId: $s, occursOn: $on, toDate: $toDate, toTime: $toTime) {\n      occursOn\n      startsAt\n      endsAt\n      movedFrom\n      cancelled\n    }\n  }\n": typeof types.PublishSessionsMoveDocument,
    "\n  mutation PublishSessionsChangeTime(\n    $s: ID!\n    $from: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $s\n      fromDate: $from\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      startTime\n      durationMinutes\n    }\n  }\n": typeof types.PublishSessionsChangeTimeDocument,
    "\n  mutation PublishSessionsDelete($id: ID!) {\n    deleteSession(id: $id)\n  }\n": typeof types.PublishSessionsDeleteDocument,
    "\n        mutation PublishSessionsCreate($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            startTime\n          }\n        }\n      ": typeof types.PublishSessionsCreateDocument,
    "\n        mutation PublishSessionsUpdate($id: ID!) {\n          updateSession(id: $id, input: { startTime: \"09:45\" }) {\n            startTime\n          }\n        }\n      ": typeof types.PublishSessionsUpdateDocument,
    "\n        query PublishSessionsList($groupId: ID!) {\n          sessions(groupId: $groupId, first: 50) {\n            edges {\n              node {\n                id\n                startTime\n              }\n            }\n          }\n        }\n      ": typeof types.PublishSessionsListDocument,
    "\n        query PublishSessionsOccurrence($id: ID!, $on: String!) {\n          session(id: $id) {\n            occurrence(occursOn: $on) {\n              startsAt\n              movedFrom\n            }\n          }\n        }\n      ": typeof types.PublishSessionsOccurrenceDocument,
    "\n      mutation PublishSessionsEditTitle($id: ID!, $title: String!) {\n        updateSession(id: $id, input: { title: $title }) {\n          title\n        }\n      }\n    ": typeof types.PublishSessionsEditTitleDocument,
    "\n        mutation RecurrenceRulesCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            recurrence\n          }\n        }\n      ": typeof types.RecurrenceRulesCreateSessionDocument,
    "\n          mutation RecurrenceRulesUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              recurrence\n            }\n          }\n        ": typeof types.RecurrenceRulesUpdateSessionDocument,
    "\n        query RecurrenceRulesSession($id: ID!) {\n          session(id: $id) {\n            recurrence\n          }\n        }\n      ": typeof types.RecurrenceRulesSessionDocument,
    "\n  subscription TwoProcessesNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        createdAt\n        authorGroup {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TwoProcessesNearCellDocument,
    "\n        mutation TwoProcessesCreateHelpPost($input: CreateHelpPostInput!) {\n          createHelpPost(input: $input) {\n            id\n          }\n        }\n      ": typeof types.TwoProcessesCreateHelpPostDocument,
    "\n      subscription TwoProcessesHelpPostsNear($cells: [String!], $since: String) {\n        helpPostsNear(areaCells: $cells, since: $since) {\n          cursor\n          helpPost {\n            title\n          }\n        }\n      }\n    ": typeof types.TwoProcessesHelpPostsNearDocument,
    "\n          query TwoProcessesLiveCursor {\n            liveCursor\n          }\n        ": typeof types.TwoProcessesLiveCursorDocument,
    "\n      mutation TwoProcessesSendExchangeMessage($e: ID!, $b: String!) {\n        sendExchangeMessage(exchangeId: $e, body: $b) {\n          id\n        }\n      }\n    ": typeof types.TwoProcessesSendExchangeMessageDocument,
    "\n      subscription TwoProcessesExchangeMessageAdded($e: ID!, $since: String) {\n        exchangeMessageAdded(exchangeId: $e, since: $since) {\n          cursor\n          message {\n            body\n          }\n        }\n      }\n    ": typeof types.TwoProcessesExchangeMessageAddedDocument,
    "\n          query TwoProcessesLiveCursor2 {\n            liveCursor\n          }\n        ": typeof types.TwoProcessesLiveCursor2Document,
    "\n        mutation ResponseCacheUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n          updateSession(id: $id, input: $input) {\n            id\n          }\n        }\n      ": typeof types.ResponseCacheUpdateSessionDocument,
    "\n  query SafetyHelpPosts {\n    helpPosts(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SafetyHelpPostsDocument,
    "\n  query SafetyHelpPost($id: ID!) {\n    helpPost(id: $id) {\n      id\n      moderation\n    }\n  }\n": typeof types.SafetyHelpPostDocument,
    "\n  mutation SafetyCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      moderation\n    }\n  }\n": typeof types.SafetyCreateHelpPostDocument,
    "\n  query SafetyExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          id\n          body\n          moderation\n          removalNote\n        }\n      }\n    }\n  }\n": typeof types.SafetyExchangeMessagesDocument,
    "\n  query SafetyModerationQueue($g: ID, $s: ModerationState) {\n    moderationQueue(groupId: $g, state: $s, first: 50) {\n      edges {\n        node {\n          id\n          subjectKind\n          state\n          text\n          helpPost {\n            id\n          }\n          group {\n            name\n          }\n          screening {\n            rule\n            phrase\n            description\n          }\n          reports {\n            id\n            reason\n            details\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.SafetyModerationQueueDocument,
    "\n  mutation SafetyReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.SafetyReleaseModerationItemDocument,
    "\n  mutation SafetyRemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": typeof types.SafetyRemoveModerationItemDocument,
    "\n  mutation SafetyDismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.SafetyDismissReportDocument,
    "\n  mutation SafetyReportHelpPost($p: ID!, $r: ReportReason!, $d: String) {\n    reportHelpPost(helpPostId: $p, reason: $r, details: $d)\n  }\n": typeof types.SafetyReportHelpPostDocument,
    "\n  mutation SafetyReportExchangeMessage($m: ID!, $r: ReportReason!) {\n    reportExchangeMessage(messageId: $m, reason: $r)\n  }\n": typeof types.SafetyReportExchangeMessageDocument,
    "\n  mutation SafetyBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n": typeof types.SafetyBlockPersonDocument,
    "\n  mutation SafetyUnblockPerson($p: ID!) {\n    unblockPerson(personId: $p)\n  }\n": typeof types.SafetyUnblockPersonDocument,
    "\n  mutation SafetyRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      id\n      status\n      concern\n    }\n  }\n": typeof types.SafetyRaiseSafeguardingConcernDocument,
    "\n  query SafetyMySafeguardingConcerns {\n    mySafeguardingConcerns {\n      id\n      status\n      concern\n    }\n  }\n": typeof types.SafetyMySafeguardingConcernsDocument,
    "\n  query SafetySafeguardingConcerns {\n    safeguardingConcerns(first: 50) {\n      edges {\n        node {\n          id\n          concern\n          status\n          leadNotes\n          message\n          raisedBy {\n            displayName\n          }\n          aboutPerson {\n            displayName\n          }\n          helpPost {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SafetySafeguardingConcernsDocument,
    "\n  mutation SafetyUpdateSafeguardingConcern($id: ID!, $s: SafeguardingConcernStatus!, $n: String) {\n    updateSafeguardingConcern(id: $id, status: $s, leadNotes: $n) {\n      id\n      status\n      leadNotes\n    }\n  }\n": typeof types.SafetyUpdateSafeguardingConcernDocument,
    "\n  query SafetyAuditEvents {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          basis\n          purpose\n          actor {\n            id\n          }\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.SafetyAuditEventsDocument,
    "\n          subscription SafetyHelpPostsNear($c: String!) {\n            helpPostsNear(areaCells: [$c]) {\n              helpPost {\n                id\n              }\n            }\n          }\n        ": typeof types.SafetyHelpPostsNearDocument,
    "\n          subscription SafetyHelpPostStatusChanged($c: String!) {\n            helpPostStatusChanged(areaCell: $c) {\n              helpPost {\n                id\n                title\n              }\n            }\n          }\n        ": typeof types.SafetyHelpPostStatusChangedDocument,
    "\n          mutation SafetyWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        ": typeof types.SafetyWithdrawHelpPostDocument,
    "\n          mutation SafetyWithdrawHelpPost2($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        ": typeof types.SafetyWithdrawHelpPost2Document,
    "\n          subscription SafetyExchangeMessageAdded($e: ID!) {\n            exchangeMessageAdded(exchangeId: $e) {\n              message {\n                body\n              }\n            }\n          }\n        ": typeof types.SafetyExchangeMessageAddedDocument,
    "\n        query SafetyHelpPost2($id: ID!) {\n          helpPost(id: $id) {\n            moderation\n            removalNote\n          }\n        }\n      ": typeof types.SafetyHelpPost2Document,
    "\n        mutation SafetyThankForExchange($e: ID!, $m: String!) {\n          thankForExchange(exchangeId: $e, message: $m) {\n            message\n          }\n        }\n      ": typeof types.SafetyThankForExchangeDocument,
    "\n          query Safety_Type {\n            __type(name: \"ModerationReport\") {\n              fields {\n                name\n              }\n            }\n          }\n        ": typeof types.Safety_TypeDocument,
    "\n              query SafetyHelpPostMatches($id: ID!) {\n                helpPostMatches(id: $id) {\n                  post {\n                    id\n                  }\n                }\n              }\n            ": typeof types.SafetyHelpPostMatchesDocument,
    "\n          query SafetyExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        ": typeof types.SafetyExchangeDocument,
    "\n        query SafetyBlockedPeople {\n          blockedPeople {\n            id\n            displayName\n          }\n        }\n      ": typeof types.SafetyBlockedPeopleDocument,
    "\n            mutation SafetyAgreeToExchange($e: ID!) {\n              agreeToExchange(exchangeId: $e) {\n                id\n              }\n            }\n          ": typeof types.SafetyAgreeToExchangeDocument,
    "\n              query SafetyHelpPost3($id: ID!) {\n                helpPost(id: $id) {\n                  status\n                }\n              }\n            ": typeof types.SafetyHelpPost3Document,
    "\n      subscription SafetySafeguardingConcernRaised {\n        safeguardingConcernRaised {\n          id\n          concern\n          status\n          raisedBy {\n            displayName\n          }\n        }\n      }\n    ": typeof types.SafetySafeguardingConcernRaisedDocument,
    "\n  subscription SavedSearchesMatches {\n    savedSearchMatches {\n      savedSearch {\n        name\n      }\n      result {\n        session {\n          title\n        }\n        distanceMetres\n        reasons {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.SavedSearchesMatchesDocument,
    "\n  mutation SavedSearchesSaveSearch($name: String!, $search: SessionSearchInput!) {\n    saveSearch(name: $name, search: $search) {\n      id\n      name\n      criteria\n    }\n  }\n": typeof types.SavedSearchesSaveSearchDocument,
    "\n        query SavedSearchesMe {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      ": typeof types.SavedSearchesMeDocument,
    "\n        query SavedSearchesMe2 {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      ": typeof types.SavedSearchesMe2Document,
    "\n        mutation SavedSearchesDeleteSavedSearch($id: ID!) {\n          deleteSavedSearch(id: $id)\n        }\n      ": typeof types.SavedSearchesDeleteSavedSearchDocument,
    "\n        query SavedSearchesSessions {\n          sessions(first: 50) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      ": typeof types.SavedSearchesSessionsDocument,
    "\n        mutation SavedSearchesUpdateSession($id: ID!) {\n          updateSession(id: $id, input: { costPence: 0 }) {\n            id\n          }\n        }\n      ": typeof types.SavedSearchesUpdateSessionDocument,
    "\n        query SessionsSession($id: ID!) {\n          session(id: $id) {\n            nextOccurrences(count: 10)\n            group {\n              name\n            }\n            space {\n              name\n              accessibility\n            }\n          }\n        }\n      ": typeof types.SessionsSessionDocument,
    "\n            query SessionsSession2($id: ID!) {\n              session(id: $id) {\n                nextOccurrences(count: 2)\n              }\n            }\n          ": typeof types.SessionsSession2Document,
    "\n        query SessionsUpcomingSessions {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7, language: \"pl\", ageMonths: 8) {\n            startsAt\n            session {\n              title\n              languages\n            }\n          }\n        }\n      ": typeof types.SessionsUpcomingSessionsDocument,
    "\n        query SessionsUpcomingSessions2 {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      ": typeof types.SessionsUpcomingSessions2Document,
    "\n        query SessionsUpcomingSessions3 {\n          upcomingSessions(from: \"9999-12-31T00:00:00Z\", days: 14) {\n            startsAt\n          }\n        }\n      ": typeof types.SessionsUpcomingSessions3Document,
    "\n        mutation SessionsCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SessionsCreateSessionDocument,
    "\n        mutation SessionsCreateSession2($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SessionsCreateSession2Document,
    "\n        query SessionsSessions {\n          sessions(ageMonths: -3, first: 50) {\n            edges {\n              node {\n                title\n                minAgeMonths\n              }\n            }\n          }\n        }\n      ": typeof types.SessionsSessionsDocument,
    "\n        query SessionsSpaces {\n          spaces(accessibility: [STEP_FREE, PRAM_SPACE]) {\n            edges {\n              node {\n                name\n                sessions {\n                  title\n                }\n                openingHours {\n                  weekday\n                  opens\n                  closes\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SessionsSpacesDocument,
    "\n        mutation SessionsCreateSpace {\n          createSpace(\n            input: {\n              name: \"Odd Hours\"\n              kind: CAFE\n              latitude: 53.8\n              longitude: -1.75\n              openingHours: [{ weekday: 1, opens: \"17:00\", closes: \"09:00\" }]\n            }\n          ) {\n            id\n          }\n        }\n      ": typeof types.SessionsCreateSpaceDocument,
    "\n          mutation SessionsCreateSession3($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              id\n            }\n          }\n        ": typeof types.SessionsCreateSession3Document,
    "\n          mutation SessionsUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              id\n            }\n          }\n        ": typeof types.SessionsUpdateSessionDocument,
    "\n  mutation SignUpNoticesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": typeof types.SignUpNoticesSignUpDocument,
    "\n        mutation SmtpRequestPasswordReset {\n          requestPasswordReset(email: \"smtp-reset@example.test\")\n        }\n      ": typeof types.SmtpRequestPasswordResetDocument,
    "\n        mutation SmtpResetPassword($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a password from the mail\" })\n        }\n      ": typeof types.SmtpResetPasswordDocument,
    "\n  mutation SpaceChangesPropose($spaceId: ID!, $input: UpdateSpaceInput!, $note: String) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n      note\n      mine\n      changes {\n        name\n        postcode\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n": typeof types.SpaceChangesProposeDocument,
    "\n  mutation SpaceChangesAccept($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": typeof types.SpaceChangesAcceptDocument,
    "\n  mutation SpaceChangesDecline($id: ID!, $note: String) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n": typeof types.SpaceChangesDeclineDocument,
    "\n  query SpaceChangesProposals($spaceId: ID!, $status: SpaceChangeStatus) {\n    spaceChangeProposals(spaceId: $spaceId, status: $status) {\n      id\n      status\n      mine\n      proposer {\n        displayName\n      }\n    }\n  }\n": typeof types.SpaceChangesProposalsDocument,
    "\n  query SpaceChangesSpace($id: ID!) {\n    space(id: $id) {\n      name\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      viewerIsSteward\n    }\n  }\n": typeof types.SpaceChangesSpaceDocument,
    "\n  mutation SpaceChangesUpdate($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SpaceChangesUpdateDocument,
    "\n  query SpaceChangesStewards($id: ID!) {\n    space(id: $id) {\n      stewards {\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SpaceChangesStewardsDocument,
    "\n        query SpaceChangesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SpaceChangesAuditEventsDocument,
    "\n        mutation SpaceChangesGrant($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      ": typeof types.SpaceChangesGrantDocument,
    "\n        mutation SpaceChangesExportMyData {\n          exportMyData\n        }\n      ": typeof types.SpaceChangesExportMyDataDocument,
    "\n        mutation SpaceChangesDeleteMyAccount($password: String!) {\n          deleteMyAccount(password: $password)\n        }\n      ": typeof types.SpaceChangesDeleteMyAccountDocument,
    "\n  mutation SpacesUpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SpacesUpdateSpaceDocument,
    "\n  mutation SpacesGrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": typeof types.SpacesGrantSpaceStewardshipDocument,
    "\n  mutation SpacesRevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": typeof types.SpacesRevokeSpaceStewardshipDocument,
    "\n        query SpacesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.SpacesAuditEventsDocument,
    "\n        query SpacesSpace($id: ID!) {\n          space(id: $id) {\n            name\n          }\n        }\n      ": typeof types.SpacesSpaceDocument,
    "\n        mutation SpacesCreateSpace($input: CreateSpaceInput!) {\n          createSpace(input: $input) {\n            id\n          }\n        }\n      ": typeof types.SpacesCreateSpaceDocument,
    "\n  query SuggestionsDaysSuggested {\n    suggestedSessions {\n      items(first: 10) {\n        match {\n          session {\n            title\n          }\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsDaysSuggestedDocument,
    "\n  mutation SuggestionsDaysSet($days: [Int!]) {\n    updateMyProfile(input: { suitableWeekdays: $days }) {\n      suitableWeekdays\n    }\n  }\n": typeof types.SuggestionsDaysSetDocument,
    "\n  query SuggestionsDaysMine {\n    me {\n      person {\n        suitableWeekdays\n      }\n    }\n  }\n": typeof types.SuggestionsDaysMineDocument,
    "\n  query SuggestionsSuggested($first: Int) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          session {\n            id\n            title\n          }\n          fit\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsSuggestedDocument,
    "\n  mutation SuggestionsJoin($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n    }\n  }\n": typeof types.SuggestionsJoinDocument,
    "\n  query SuggestionsNextDate($id: ID!) {\n    session(id: $id) {\n      occurrences(count: 1, includeCancelled: false) {\n        occursOn\n      }\n    }\n  }\n": typeof types.SuggestionsNextDateDocument,
    "\n  mutation SuggestionsGo($s: ID!, $d: String!) {\n    goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: false) {\n      status\n    }\n  }\n": typeof types.SuggestionsGoDocument,
    "\n  mutation SuggestionsGive($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n": typeof types.SuggestionsGiveDocument,
    "\n  mutation SuggestionsBlock($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n": typeof types.SuggestionsBlockDocument,
    "\n      mutation SuggestionsHideTie($id: ID!) {\n        hideTie(id: $id) {\n          id\n        }\n      }\n    ": typeof types.SuggestionsHideTieDocument,
    "\n      mutation SuggestionsUnhideTie($id: ID!) {\n        unhideTie(id: $id) {\n          id\n        }\n      }\n    ": typeof types.SuggestionsUnhideTieDocument,
    "\n        query SuggestionsTooMany($first: Int) {\n          suggestedSessions {\n            items(first: $first) {\n              reasons {\n                kind\n              }\n            }\n          }\n        }\n      ": typeof types.SuggestionsTooManyDocument,
    "\n        mutation AccessWorldJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": typeof types.AccessWorldJoinGroupDocument,
    "\n          mutation AccessWorldGiveConsent($input: GiveConsentInput!) {\n            giveConsent(input: $input) {\n              inForce\n            }\n          }\n        ": typeof types.AccessWorldGiveConsentDocument,
    "\n          mutation AccessWorldRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        ": typeof types.AccessWorldRecordVettingDocument,
    "\n        mutation AccessWorldReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n        }\n      ": typeof types.AccessWorldReportHelpPostDocument,
    "\n        query AccessWorldModerationQueue($g: ID) {\n          moderationQueue(groupId: $g) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.AccessWorldModerationQueueDocument,
    "\n        mutation AccessWorldRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n          raiseSafeguardingConcern(input: $input) {\n            id\n          }\n        }\n      ": typeof types.AccessWorldRaiseSafeguardingConcernDocument,
    "\n      query AuditEventsAbout {\n        auditEvents(first: 50) {\n          edges {\n            node {\n              action\n              basis\n              actor {\n                id\n              }\n              subject {\n                id\n              }\n              viaGroup {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.AuditEventsAboutDocument,
    "\n  query SupportMyDataAccessLog {\n    me {\n      dataAccessLog {\n        edges {\n          node {\n            action\n            basis\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupportMyDataAccessLogDocument,
    "\n      mutation FactoriesCreateGroup($input: CreateGroupInput!) {\n        createGroup(input: $input) {\n          id\n          name\n        }\n      }\n    ": typeof types.FactoriesCreateGroupDocument,
    "\n      mutation FactoriesCreateSpace($input: CreateSpaceInput!) {\n        createSpace(input: $input) {\n          id\n          name\n        }\n      }\n    ": typeof types.FactoriesCreateSpaceDocument,
    "\n      mutation FactoriesCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) {\n          id\n          title\n        }\n      }\n    ": typeof types.FactoriesCreateSessionDocument,
    "\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    agreedByPostSide\n    agreedByResponder\n    fulfilledAt\n    cancelledAt\n    helpPost {\n      id\n      status\n    }\n    responder {\n      displayName\n    }\n  }\n": typeof types.ExchangeFieldsFragmentDoc,
    "\n      mutation HelpExchangesCreateHelpPost($input: CreateHelpPostInput!) {\n        createHelpPost(input: $input) {\n          id\n          status\n          moderation\n        }\n      }\n    ": typeof types.HelpExchangesCreateHelpPostDocument,
    "\n      mutation HelpExchangesRespondToHelpPost($p: ID!, $m: String!) {\n        respondToHelpPost(helpPostId: $p, message: $m) {\n          ...ExchangeFields\n        }\n      }\n    ": typeof types.HelpExchangesRespondToHelpPostDocument,
    "\n  mutation HelpExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      moderation\n    }\n  }\n": typeof types.HelpExchangesSendExchangeMessageDocument,
    "\n    mutation HelpExchangesAgreeToExchange($e: ID!) {\n      agreeToExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  ": typeof types.HelpExchangesAgreeToExchangeDocument,
    "\n    mutation HelpExchangesMarkExchangeFulfilled($e: ID!) {\n      markExchangeFulfilled(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  ": typeof types.HelpExchangesMarkExchangeFulfilledDocument,
    "\n    mutation HelpExchangesCancelExchange($e: ID!) {\n      cancelExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  ": typeof types.HelpExchangesCancelExchangeDocument,
    "\n        query HelpExchangesHelpPost($id: ID!) {\n          helpPost(id: $id) {\n            status\n          }\n        }\n      ": typeof types.HelpExchangesHelpPostDocument,
    "\n          query MatrixAnalyticsLatest {\n            socialGraphAnalysis {\n              status\n              peopleCount\n              town {\n                people\n                shareWithoutActiveTie\n                shareOfHouseholdsIsolated\n              }\n              areas {\n                areaCell\n                people\n              }\n              households {\n                households\n                isolated\n                factors {\n                  factor\n                  households\n                }\n              }\n            }\n          }\n        ": typeof types.MatrixAnalyticsLatestDocument,
    "\n          query MatrixAnalyticsHistory {\n            socialGraphAnalyses(first: 5) {\n              id\n              status\n              trigger\n            }\n          }\n        ": typeof types.MatrixAnalyticsHistoryDocument,
    "\n          mutation MatrixAnalyticsStart {\n            startSocialGraphAnalysis {\n              status\n              trigger\n              percent\n            }\n          }\n        ": typeof types.MatrixAnalyticsStartDocument,
    "\n  subscription MatrixAnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      status\n      percent\n    }\n  }\n": typeof types.MatrixAnalyticsChangedDocument,
    "\n              query MatrixCheckInSessionRegister($s: ID!, $d: String!) {\n                sessionRegister(sessionId: $s, occursOn: $d) {\n                  sessionTitle\n                  people {\n                    displayName\n                    attended\n                  }\n                  unnamedGoing\n                  guests\n                }\n              }\n            ": typeof types.MatrixCheckInSessionRegisterDocument,
    "\n            query MatrixCheckInRegisterDates($s: ID!) {\n              registerDates(sessionId: $s) {\n                occursOn\n              }\n            }\n          ": typeof types.MatrixCheckInRegisterDatesDocument,
    "\n            mutation MatrixCheckInMarkAttended($s: ID!, $d: String!, $p: ID!) {\n              markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: true) {\n                people {\n                  displayName\n                  attended\n                }\n              }\n            }\n          ": typeof types.MatrixCheckInMarkAttendedDocument,
    "\n            mutation MatrixCheckInSetHeadcount($s: ID!, $d: String!) {\n              setHeadcount(sessionId: $s, occursOn: $d, guests: 3) {\n                guests\n              }\n            }\n          ": typeof types.MatrixCheckInSetHeadcountDocument,
    "\n            mutation MatrixCheckInOpenCheckIn($s: ID!, $d: String!) {\n              openCheckIn(sessionId: $s, occursOn: $d) {\n                code\n              }\n            }\n          ": typeof types.MatrixCheckInOpenCheckInDocument,
    "\n            mutation MatrixCheckInDeleteMyAttendance($id: ID!) {\n              deleteMyAttendance(id: $id)\n            }\n          ": typeof types.MatrixCheckInDeleteMyAttendanceDocument,
    "\n        query MatrixGoingNextDates($id: ID!) {\n          session(id: $id) {\n            occurrences(count: 1, includeCancelled: false) {\n              occursOn\n            }\n          }\n        }\n      ": typeof types.MatrixGoingNextDatesDocument,
    "\n        mutation MatrixGoingGoToSession($s: ID!, $d: String!) {\n          goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: true) {\n            status\n          }\n        }\n      ": typeof types.MatrixGoingGoToSessionDocument,
    "\n          query MatrixGoingSessionAttendees($s: ID!, $d: String!) {\n            sessionAttendees(sessionId: $s, occursOn: $d) {\n              goingCount\n              named {\n                displayName\n                status\n              }\n            }\n          }\n        ": typeof types.MatrixGoingSessionAttendeesDocument,
    "\n  mutation MatrixGroupsInviteCoOrganiser($g: ID!) {\n    inviteCoOrganiser(groupId: $g) {\n      token\n      invitation {\n        id\n      }\n    }\n  }\n": typeof types.MatrixGroupsInviteCoOrganiserDocument,
    "\n        mutation MatrixGroupsArchiveGroup($id: ID!) {\n          archiveGroup(id: $id) {\n            id\n          }\n        }\n      ": typeof types.MatrixGroupsArchiveGroupDocument,
    "\n        mutation MatrixGroupsAcceptInvitation($t: String!) {\n          acceptCoOrganiserInvitation(token: $t) {\n            role\n          }\n        }\n      ": typeof types.MatrixGroupsAcceptInvitationDocument,
    "\n        query MatrixGroupsOrganisers($id: ID!) {\n          group(id: $id) {\n            name\n            organisers {\n              displayName\n            }\n          }\n        }\n      ": typeof types.MatrixGroupsOrganisersDocument,
    "\n        query MatrixGroupsOpenInvitations($id: ID!) {\n          group(id: $id) {\n            name\n            openInvitations {\n              expiresAt\n            }\n          }\n        }\n      ": typeof types.MatrixGroupsOpenInvitationsDocument,
    "\n            mutation MatrixGroupsArchive($id: ID!) {\n              archiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          ": typeof types.MatrixGroupsArchiveDocument,
    "\n            mutation MatrixGroupsUnarchive($id: ID!) {\n              unarchiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          ": typeof types.MatrixGroupsUnarchiveDocument,
    "\n            mutation MatrixGroupsInvite($g: ID!) {\n              inviteCoOrganiser(groupId: $g) {\n                invitation {\n                  expiresAt\n                }\n              }\n            }\n          ": typeof types.MatrixGroupsInviteDocument,
    "\n            mutation MatrixGroupsRevoke($id: ID!) {\n              revokeCoOrganiserInvitation(id: $id)\n            }\n          ": typeof types.MatrixGroupsRevokeDocument,
    "\n            mutation MatrixGroupsRemoveOrganiser($g: ID!, $p: ID!) {\n              removeOrganiser(groupId: $g, personId: $p)\n            }\n          ": typeof types.MatrixGroupsRemoveOrganiserDocument,
    "\n  mutation MatrixPartnersProposeSpaceChange($s: ID!, $postcode: String!) {\n    proposeSpaceChange(spaceId: $s, input: { postcode: $postcode }) {\n      id\n    }\n  }\n": typeof types.MatrixPartnersProposeSpaceChangeDocument,
    "\n  mutation MatrixPartnersProposePartnership($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n    }\n  }\n": typeof types.MatrixPartnersProposePartnershipDocument,
    "\n  mutation MatrixPartnersAcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      status\n    }\n  }\n": typeof types.MatrixPartnersAcceptPartnershipDocument,
    "\n          query MatrixPartnersSpaceStewards($id: ID!) {\n            space(id: $id) {\n              name\n              stewards {\n                person {\n                  displayName\n                }\n              }\n            }\n          }\n        ": typeof types.MatrixPartnersSpaceStewardsDocument,
    "\n          query MatrixPartnersStewardCandidates($id: ID!) {\n            space(id: $id) {\n              name\n              stewardCandidates {\n                displayName\n              }\n            }\n          }\n        ": typeof types.MatrixPartnersStewardCandidatesDocument,
    "\n          query MatrixPartnersPendingPartnerships($id: ID!) {\n            group(id: $id) {\n              name\n              pendingPartnerships {\n                status\n                fromGroup {\n                  name\n                }\n              }\n            }\n          }\n        ": typeof types.MatrixPartnersPendingPartnershipsDocument,
    "\n          query MatrixPartnersPartnershipNote($id: ID!) {\n            group(id: $id) {\n              partnerships {\n                fromGroup {\n                  name\n                }\n                note\n              }\n            }\n          }\n        ": typeof types.MatrixPartnersPartnershipNoteDocument,
    "\n          mutation MatrixPartnersProposeSpaceChange2($s: ID!, $note: String!) {\n            proposeSpaceChange(\n              spaceId: $s\n              input: { name: \"Partner Hall (rear door)\" }\n              note: $note\n            ) {\n              status\n              note\n            }\n          }\n        ": typeof types.MatrixPartnersProposeSpaceChange2Document,
    "\n          mutation MatrixPartnersAcceptSpaceChange($id: ID!) {\n            acceptSpaceChange(id: $id) {\n              status\n            }\n          }\n        ": typeof types.MatrixPartnersAcceptSpaceChangeDocument,
    "\n          mutation MatrixPartnersDeclineSpaceChange($id: ID!) {\n            declineSpaceChange(id: $id, note: \"Not now\") {\n              status\n              decisionNote\n            }\n          }\n        ": typeof types.MatrixPartnersDeclineSpaceChangeDocument,
    "\n          mutation MatrixPartnersProposePartnership2($from: ID!, $to: ID!) {\n            proposePartnership(fromGroupId: $from, toGroupId: $to) {\n              status\n              toGroup {\n                name\n              }\n            }\n          }\n        ": typeof types.MatrixPartnersProposePartnership2Document,
    "\n          mutation MatrixPartnersAcceptPartnership2($id: ID!) {\n            acceptPartnership(id: $id) {\n              status\n            }\n          }\n        ": typeof types.MatrixPartnersAcceptPartnership2Document,
    "\n          mutation MatrixPartnersDeclinePartnership($id: ID!) {\n            declinePartnership(id: $id) {\n              status\n            }\n          }\n        ": typeof types.MatrixPartnersDeclinePartnershipDocument,
    "\n          mutation MatrixPartnersEndPartnership($id: ID!) {\n            endPartnership(id: $id) {\n              status\n            }\n          }\n        ": typeof types.MatrixPartnersEndPartnershipDocument,
    "\n      mutation MatrixPublishCancelToRestore($s: ID!) {\n        cancelSessionDate(sessionId: $s, occursOn: \"2027-01-19\", reason: \"Snow\") {\n          cancelled\n        }\n      }\n    ": typeof types.MatrixPublishCancelToRestoreDocument,
    "\n          mutation MatrixPublishDeleteSession($id: ID!) {\n            deleteSession(id: $id)\n          }\n        ": typeof types.MatrixPublishDeleteSessionDocument,
    "\n          mutation MatrixPublishCancelSessionDate($s: ID!) {\n            cancelSessionDate(sessionId: $s, occursOn: \"2027-02-02\", reason: \"Half term\") {\n              occursOn\n              cancelled\n              cancellationReason\n            }\n          }\n        ": typeof types.MatrixPublishCancelSessionDateDocument,
    "\n          mutation MatrixPublishRestoreSessionDate($s: ID!) {\n            restoreSessionDate(sessionId: $s, occursOn: \"2027-01-19\") {\n              occursOn\n              cancelled\n            }\n          }\n        ": typeof types.MatrixPublishRestoreSessionDateDocument,
    "\n          mutation MatrixPublishMoveSessionDate($s: ID!) {\n            moveSessionDate(\n              sessionId: $s\n              occursOn: \"2027-01-19\"\n              toDate: \"2027-01-20\"\n              toTime: \"10:00\"\n            ) {\n              occursOn\n              startsAt\n            }\n          }\n        ": typeof types.MatrixPublishMoveSessionDateDocument,
    "\n          mutation MatrixPublishChangeSessionTimeFrom($s: ID!) {\n            changeSessionTimeFrom(sessionId: $s, fromDate: \"2027-01-05\", startTime: \"11:00\") {\n              startTime\n            }\n          }\n        ": typeof types.MatrixPublishChangeSessionTimeFromDocument,
    "\n            mutation MatrixTiesHideTie($id: ID!) {\n              hideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          ": typeof types.MatrixTiesHideTieDocument,
    "\n            mutation MatrixTiesUnhideTie($id: ID!) {\n              unhideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          ": typeof types.MatrixTiesUnhideTieDocument,
    "\n            mutation MatrixTiesRemoveTie($id: ID!) {\n              removeTie(id: $id)\n            }\n          ": typeof types.MatrixTiesRemoveTieDocument,
    "\n  mutation TestApiSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n": typeof types.TestApiSignInDocument,
    "\n  mutation TestApiSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n": typeof types.TestApiSignUpDocument,
    "\n  query TiesMyTies($hidden: Boolean, $first: Int, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          provenance\n          strength\n          weight\n          fades\n          active\n          hidden\n          evidenceCount\n          reasons {\n            kind\n            count\n            sessionTitle\n            groupName\n            lastOn\n          }\n          other {\n            __typename\n            ... on Person {\n              id\n              displayName\n            }\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TiesMyTiesDocument,
    "\n  mutation TiesMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      total\n    }\n  }\n": typeof types.TiesMarkAttendedDocument,
    "\n  mutation TiesOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n    }\n  }\n": typeof types.TiesOpenCheckInDocument,
    "\n  mutation TiesCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n    }\n  }\n": typeof types.TiesCheckInDocument,
    "\n  mutation TiesHideTie($id: ID!) {\n    hideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n": typeof types.TiesHideTieDocument,
    "\n  mutation TiesUnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n": typeof types.TiesUnhideTieDocument,
    "\n  mutation TiesRemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n": typeof types.TiesRemoveTieDocument,
    "\n  mutation TiesJoinGroup($g: ID!) {\n    joinGroup(groupId: $g) {\n      role\n    }\n  }\n": typeof types.TiesJoinGroupDocument,
    "\n  mutation TiesLeaveGroup($g: ID!) {\n    leaveGroup(groupId: $g)\n  }\n": typeof types.TiesLeaveGroupDocument,
    "\n  mutation TiesBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n": typeof types.TiesBlockPersonDocument,
    "\n  query TiesMyAttendance {\n    myAttendance(first: 5) {\n      edges {\n        node {\n          id\n          occursOn\n        }\n      }\n    }\n  }\n": typeof types.TiesMyAttendanceDocument,
    "\n  mutation TiesDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n": typeof types.TiesDeleteMyAttendanceDocument,
    "\n  mutation TiesExportMyData {\n    exportMyData\n  }\n": typeof types.TiesExportMyDataDocument,
    "\n  mutation TiesDeleteMyAccount($p: String!) {\n    deleteMyAccount(password: $p)\n  }\n": typeof types.TiesDeleteMyAccountDocument,
    "\n        query TownMe {\n          me {\n            workerFor {\n              inDate\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      ": typeof types.TownMeDocument,
    "\n        query TownCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n                lifeStage {\n                  childAgesMonths\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.TownCaseloadDocument,
    "\n          query TownMe2 {\n            me {\n              person {\n                id\n              }\n            }\n          }\n        ": typeof types.TownMe2Document,
    "\n          query TownMe3 {\n            me {\n              roles\n            }\n          }\n        ": typeof types.TownMe3Document,
    "\n        query TownGroups {\n          groups(first: 10) {\n            edges {\n              node {\n                name\n                kind\n                memberCount\n                sessions {\n                  title\n                  nextOccurrences(count: 2)\n                  space {\n                    name\n                    latitude\n                  }\n                }\n              }\n            }\n          }\n          helpPosts(first: 5) {\n            edges {\n              node {\n                title\n                category\n                areaCell\n              }\n            }\n          }\n          upcomingSessions(days: 7, first: 10) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      ": typeof types.TownGroupsDocument,
    "\n  subscription WebsocketLimitsHelpPostsNear($cells: [String!], $since: String) {\n    helpPostsNear(areaCells: $cells, since: $since) {\n      helpPost {\n        title\n      }\n    }\n  }\n": typeof types.WebsocketLimitsHelpPostsNearDocument,
    "\n          query WebsocketLimitsLiveCursor {\n            liveCursor\n          }\n        ": typeof types.WebsocketLimitsLiveCursorDocument,
};
const documents: Documents = {
    "\n        query AccessMatrixLiveLiveCursor {\n          liveCursor\n        }\n      ": types.AccessMatrixLiveLiveCursorDocument,
    "\n          subscription AccessMatrixLiveExchangeMessageAdded($e: ID!, $since: String) {\n            exchangeMessageAdded(exchangeId: $e, since: $since) {\n              message {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixLiveExchangeMessageAddedDocument,
    "\n          subscription AccessMatrixLiveExchangeUpdated($e: ID!, $since: String) {\n            exchangeUpdated(exchangeId: $e, since: $since) {\n              exchange {\n                status\n                agreedByPostSide\n                agreedByResponder\n              }\n            }\n          }\n        ": types.AccessMatrixLiveExchangeUpdatedDocument,
    "\n          subscription AccessMatrixLivePersonUpdatedCase($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        ": types.AccessMatrixLivePersonUpdatedCaseDocument,
    "\n          mutation AccessMatrixLiveUpdateMyProfile {\n            updateMyProfile(input: { languages: [\"ur\", \"en\"] }) {\n              id\n            }\n          }\n        ": types.AccessMatrixLiveUpdateMyProfileDocument,
    "\n          subscription AccessMatrixLiveSafeguardingConcernRaised {\n            safeguardingConcernRaised {\n              concern\n              aboutPerson {\n                displayName\n              }\n            }\n          }\n        ": types.AccessMatrixLiveSafeguardingConcernRaisedDocument,
    "\n          mutation AccessMatrixLiveRaiseSafeguardingConcern(\n            $input: RaiseSafeguardingConcernInput!\n          ) {\n            raiseSafeguardingConcern(input: $input) {\n              id\n            }\n          }\n        ": types.AccessMatrixLiveRaiseSafeguardingConcernDocument,
    "\n          subscription AccessMatrixLivePersonUpdated($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n            }\n          }\n        ": types.AccessMatrixLivePersonUpdatedDocument,
    "\n          mutation AccessMatrixLiveUpdateMyProfile2 {\n            updateMyProfile(input: { languages: [\"ur\"] }) {\n              id\n            }\n          }\n        ": types.AccessMatrixLiveUpdateMyProfile2Document,
    "\n          query AccessMatrixLiveMe {\n            me {\n              consents {\n                id\n                kind\n                inForce\n              }\n            }\n          }\n        ": types.AccessMatrixLiveMeDocument,
    "\n          mutation AccessMatrixLiveWithdrawConsent($id: ID!) {\n            withdrawConsent(id: $id) {\n              inForce\n            }\n          }\n        ": types.AccessMatrixLiveWithdrawConsentDocument,
    "\n        query AccessMatrixLivePerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      ": types.AccessMatrixLivePersonDocument,
    "\n        query AccessMatrixLiveCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      ": types.AccessMatrixLiveCaseloadDocument,
    "\n          mutation AccessMatrixWritesReportHelpPost($p: ID!) {\n            reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n          }\n        ": types.AccessMatrixWritesReportHelpPostDocument,
    "\n        query AccessMatrixWritesModerationQueue($g: ID) {\n          moderationQueue(groupId: $g, first: 50) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n                helpPost {\n                  title\n                }\n              }\n            }\n          }\n        }\n      ": types.AccessMatrixWritesModerationQueueDocument,
    "\n        mutation AccessMatrixWritesGrantSpaceStewardship($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      ": types.AccessMatrixWritesGrantSpaceStewardshipDocument,
    "\n          mutation AccessMatrixWritesRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        ": types.AccessMatrixWritesRecordVettingDocument,
    "\n    mutation AccessMatrixWritesReleaseModerationItem($id: ID!) {\n      releaseModerationItem(id: $id) {\n        state\n      }\n    }\n  ": types.AccessMatrixWritesReleaseModerationItemDocument,
    "\n    mutation AccessMatrixWritesRemoveModerationItem($id: ID!) {\n      removeModerationItem(id: $id, note: \"Against the rules\") {\n        state\n      }\n    }\n  ": types.AccessMatrixWritesRemoveModerationItemDocument,
    "\n    mutation AccessMatrixWritesDismissReport($id: ID!) {\n      dismissReport(id: $id) {\n        state\n      }\n    }\n  ": types.AccessMatrixWritesDismissReportDocument,
    "\n          mutation AccessMatrixWritesGiveExchangeFeedback($e: ID!) {\n            giveExchangeFeedback(\n              exchangeId: $e\n              feltWelcome: true\n              feltListenedTo: true\n              wouldMeetAgain: true\n            )\n          }\n        ": types.AccessMatrixWritesGiveExchangeFeedbackDocument,
    "\n          mutation AccessMatrixWritesThankForExchange($e: ID!, $m: String!) {\n            thankForExchange(exchangeId: $e, message: $m) {\n              message\n            }\n          }\n        ": types.AccessMatrixWritesThankForExchangeDocument,
    "\n          mutation AccessMatrixWritesSendExchangeMessage($e: ID!, $b: String!) {\n            sendExchangeMessage(exchangeId: $e, body: $b) {\n              body\n              mine\n              moderation\n            }\n          }\n        ": types.AccessMatrixWritesSendExchangeMessageDocument,
    "\n          mutation AccessMatrixWritesCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              title\n              authorGroup {\n                name\n              }\n            }\n          }\n        ": types.AccessMatrixWritesCreateHelpPostDocument,
    "\n          mutation AccessMatrixWritesUpdateHelpPost($id: ID!) {\n            updateHelpPost(id: $id, input: { title: \"Lift to the clinic on Friday\" }) {\n              title\n              status\n            }\n          }\n        ": types.AccessMatrixWritesUpdateHelpPostDocument,
    "\n          mutation AccessMatrixWritesWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              title\n              status\n            }\n          }\n        ": types.AccessMatrixWritesWithdrawHelpPostDocument,
    "\n          mutation AccessMatrixWritesUpdateGroup($id: ID!) {\n            updateGroup(id: $id, input: { description: \"Songs and toys on Tuesdays\" }) {\n              name\n              description\n            }\n          }\n        ": types.AccessMatrixWritesUpdateGroupDocument,
    "\n          mutation AccessMatrixWritesCreateSession($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              title\n              group {\n                name\n              }\n            }\n          }\n        ": types.AccessMatrixWritesCreateSessionDocument,
    "\n          mutation AccessMatrixWritesUpdateSession($id: ID!) {\n            updateSession(id: $id, input: { title: \"Stay and Play (moved)\" }) {\n              title\n            }\n          }\n        ": types.AccessMatrixWritesUpdateSessionDocument,
    "\n          mutation AccessMatrixWritesCreateSpace($input: CreateSpaceInput!) {\n            createSpace(input: $input) {\n              name\n            }\n          }\n        ": types.AccessMatrixWritesCreateSpaceDocument,
    "\n          mutation AccessMatrixWritesUpdateSpace($id: ID!, $name: String!) {\n            updateSpace(id: $id, input: { name: $name }) {\n              name\n            }\n          }\n        ": types.AccessMatrixWritesUpdateSpaceDocument,
    "\n          mutation AccessMatrixWritesGrantSpaceStewardship2($s: ID!, $p: ID!) {\n            grantSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        ": types.AccessMatrixWritesGrantSpaceStewardship2Document,
    "\n          mutation AccessMatrixWritesRevokeSpaceStewardship($s: ID!, $p: ID!) {\n            revokeSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        ": types.AccessMatrixWritesRevokeSpaceStewardshipDocument,
    "\n          mutation AccessMatrixWritesGrantRole($id: ID!) {\n            grantRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        ": types.AccessMatrixWritesGrantRoleDocument,
    "\n          mutation AccessMatrixWritesRevokeRole($id: ID!) {\n            revokeRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        ": types.AccessMatrixWritesRevokeRoleDocument,
    "\n          mutation AccessMatrixWritesImportOpenReferral($json: String!) {\n            importOpenReferral(json: $json) {\n              organizations {\n                total\n                created\n              }\n              errors {\n                message\n              }\n            }\n          }\n        ": types.AccessMatrixWritesImportOpenReferralDocument,
    "\n          mutation AccessMatrixWritesRecordVetting2($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              checkType\n              inDate\n              person {\n                displayName\n              }\n              organisation {\n                name\n              }\n            }\n          }\n        ": types.AccessMatrixWritesRecordVetting2Document,
    "\n          mutation AccessMatrixWritesRevokeVetting($id: ID!) {\n            revokeVetting(id: $id) {\n              id\n              inDate\n              revokedAt\n            }\n          }\n        ": types.AccessMatrixWritesRevokeVettingDocument,
    "\n          mutation AccessMatrixWritesUpdateSafeguardingConcern($id: ID!) {\n            updateSafeguardingConcern(\n              id: $id\n              status: IN_PROGRESS\n              leadNotes: \"Called the health visitor\"\n            ) {\n              status\n              leadNotes\n            }\n          }\n        ": types.AccessMatrixWritesUpdateSafeguardingConcernDocument,
    "\n      query AccessMatrixMeConsents {\n        me {\n          consents {\n            kind\n            inForce\n            purpose\n          }\n        }\n      }\n    ": types.AccessMatrixMeConsentsDocument,
    "\n      query AccessMatrixMeEmail {\n        me {\n          email\n        }\n      }\n    ": types.AccessMatrixMeEmailDocument,
    "\n      query AccessMatrixMeHasCalendarFeed {\n        me {\n          hasCalendarFeed\n        }\n      }\n    ": types.AccessMatrixMeHasCalendarFeedDocument,
    "\n      query AccessMatrixMeOrganising {\n        me {\n          organising {\n            name\n          }\n        }\n      }\n    ": types.AccessMatrixMeOrganisingDocument,
    "\n      query AccessMatrixMePerson {\n        me {\n          person {\n            id\n          }\n        }\n      }\n    ": types.AccessMatrixMePersonDocument,
    "\n      query AccessMatrixMeRoles {\n        me {\n          roles\n        }\n      }\n    ": types.AccessMatrixMeRolesDocument,
    "\n      query AccessMatrixMeSavedSearches {\n        me {\n          savedSearches {\n            name\n          }\n        }\n      }\n    ": types.AccessMatrixMeSavedSearchesDocument,
    "\n      query AccessMatrixMeSavedSessions {\n        me {\n          savedSessions {\n            title\n          }\n        }\n      }\n    ": types.AccessMatrixMeSavedSessionsDocument,
    "\n      query AccessMatrixMeSessions {\n        me {\n          sessions {\n            current\n          }\n        }\n      }\n    ": types.AccessMatrixMeSessionsDocument,
    "\n      query AccessMatrixMeWorkerFor {\n        me {\n          workerFor {\n            inDate\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    ": types.AccessMatrixMeWorkerForDocument,
    "\n      query AccessMatrixPersonAreaCell($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            areaCell\n          }\n        }\n      }\n    ": types.AccessMatrixPersonAreaCellDocument,
    "\n      query AccessMatrixPersonCanOffer($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            canOffer\n          }\n        }\n      }\n    ": types.AccessMatrixPersonCanOfferDocument,
    "\n      query AccessMatrixPersonHelpGiven($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpGiven\n          }\n        }\n      }\n    ": types.AccessMatrixPersonHelpGivenDocument,
    "\n      query AccessMatrixPersonHelpReceived($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpReceived\n          }\n        }\n      }\n    ": types.AccessMatrixPersonHelpReceivedDocument,
    "\n      query AccessMatrixPersonLanguages($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            languages\n          }\n        }\n      }\n    ": types.AccessMatrixPersonLanguagesDocument,
    "\n      query AccessMatrixPersonLifeStage($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            lifeStage {\n              expecting\n              dueMonth\n            }\n          }\n        }\n      }\n    ": types.AccessMatrixPersonLifeStageDocument,
    "\n      query AccessMatrixPersonMemberships($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            memberships {\n              role\n              group {\n                name\n              }\n            }\n          }\n        }\n      }\n    ": types.AccessMatrixPersonMembershipsDocument,
    "\n      query AccessMatrixPersonSuitableWeekdays($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            suitableWeekdays\n          }\n        }\n      }\n    ": types.AccessMatrixPersonSuitableWeekdaysDocument,
    "\n      query AccessMatrixPersonWouldLike($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            wouldLike\n          }\n        }\n      }\n    ": types.AccessMatrixPersonWouldLikeDocument,
    "\n          query AccessMatrixGroup($id: ID!) {\n            group(id: $id) {\n              name\n              helpGiven\n            }\n          }\n        ": types.AccessMatrixGroupDocument,
    "\n          query AccessMatrixGroup2($id: ID!) {\n            group(id: $id) {\n              name\n              helpReceived\n            }\n          }\n        ": types.AccessMatrixGroup2Document,
    "\n          query AccessMatrixAuditEvents($id: ID) {\n            auditEvents(subjectPersonId: $id) {\n              edges {\n                node {\n                  action\n                  basis\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixAuditEventsDocument,
    "\n          query AccessMatrixCaseload($id: ID!) {\n            caseload(organisationId: $id) {\n              edges {\n                node {\n                  displayName\n                  languages\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixCaseloadDocument,
    "\n          query AccessMatrixExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n              helpPost {\n                title\n              }\n              responder {\n                displayName\n              }\n            }\n          }\n        ": types.AccessMatrixExchangeDocument,
    "\n          query AccessMatrixExchangeFeedbackSummary($g: ID) {\n            exchangeFeedbackSummary(groupId: $g) {\n              responses\n            }\n          }\n        ": types.AccessMatrixExchangeFeedbackSummaryDocument,
    "\n          query AccessMatrixExchangeMessages($id: ID!) {\n            exchangeMessages(exchangeId: $id) {\n              edges {\n                node {\n                  body\n                  author {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixExchangeMessagesDocument,
    "\n          query AccessMatrixGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixGroupExchangesDocument,
    "\n          query AccessMatrixGroupMembers($g: ID!) {\n            groupMembers(groupId: $g) {\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixGroupMembersDocument,
    "\n          query AccessMatrixHelpPostMatches($id: ID!) {\n            helpPostMatches(id: $id) {\n              post {\n                title\n              }\n            }\n          }\n        ": types.AccessMatrixHelpPostMatchesDocument,
    "\n          query AccessMatrixModerationQueue($g: ID) {\n            moderationQueue(groupId: $g) {\n              edges {\n                node {\n                  id\n                  state\n                  helpPost {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixModerationQueueDocument,
    "\n          query AccessMatrixPerson2($id: ID!) {\n            person(id: $id, purpose: \"Checking in after a referral\") {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        ": types.AccessMatrixPerson2Document,
    "\n          query AccessMatrixSafeguardingConcerns {\n            safeguardingConcerns {\n              edges {\n                node {\n                  id\n                  concern\n                  status\n                  aboutPerson {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixSafeguardingConcernsDocument,
    "\n          query AccessMatrixTies($id: ID!) {\n            ties(personId: $id, purpose: \"Concern raised by a health visitor\") {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        ": types.AccessMatrixTiesDocument,
    "\n          query AccessMatrixVettings($id: ID!) {\n            vettings(organisationId: $id) {\n              id\n              checkType\n              inDate\n              person {\n                displayName\n              }\n            }\n          }\n        ": types.AccessMatrixVettingsDocument,
    "\n        query AccessMatrixPerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      ": types.AccessMatrixPersonDocument,
    "\n        query AccessMatrixMe {\n          me {\n            dataAccessLog(first: 50) {\n              edges {\n                node {\n                  action\n                  basis\n                  purpose\n                  actor {\n                    displayName\n                  }\n                  viaGroup {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.AccessMatrixMeDocument,
    "\n  mutation AnalyticsStart {\n    startSocialGraphAnalysis {\n      id\n      status\n    }\n  }\n": types.AnalyticsStartDocument,
    "\n  subscription AnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      id\n      status\n      phase\n      percent\n      phaseDone\n      phaseTotal\n    }\n  }\n": types.AnalyticsChangedDocument,
    "\n  query AnalyticsLatest($id: ID) {\n    socialGraphAnalysis(id: $id) {\n      id\n      status\n      peopleCount\n      tieCount\n      communities\n      modularity\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n        people\n      }\n      households {\n        households\n        isolated\n      }\n    }\n  }\n": types.AnalyticsLatestDocument,
    "\n  query AnalyticsMine {\n    myConnectedness {\n      activeTies\n      bondingTies\n      bridgingTies\n      linkingTies\n      groups\n      helpGiven\n      helpReceived\n      egoOneHop\n      egoTwoHop\n    }\n  }\n": types.AnalyticsMineDocument,
    "\n        mutation AnalyticsErase($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.AnalyticsEraseDocument,
    "\n          query BackupRestoreSessionSearch {\n            sessionSearch(point: { latitude: 53.7901, longitude: -1.7501 }, withinMetres: 1000) {\n              edges {\n                node {\n                  session {\n                    id\n                    title\n                  }\n                }\n              }\n            }\n          }\n        ": types.BackupRestoreSessionSearchDocument,
    "\n      query BatchingGroups {\n        groups(first: 50) {\n          edges {\n            node {\n              name\n              memberCount\n              sessions {\n                title\n                space {\n                  name\n                }\n                group {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.BatchingGroupsDocument,
    "\n      query BatchingSessionSearch {\n        sessionSearch(\n          point: { latitude: 53.7946, longitude: -1.7564 }\n          childAgeMonths: 8\n          first: 20\n        ) {\n          edges {\n            node {\n              distanceMetres\n              session {\n                title\n                group {\n                  name\n                  kind\n                }\n                space {\n                  name\n                  accessibility\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.BatchingSessionSearchDocument,
    "\n        query CalendarsGroup($id: ID!, $session: ID!) {\n          group(id: $id) {\n            id\n            slug\n            icalUrl\n          }\n          session(id: $session) {\n            id\n            icalUrl\n          }\n        }\n      ": types.CalendarsGroupDocument,
    "\n        query CalendarsGroup2($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      ": types.CalendarsGroup2Document,
    "\n        query CalendarsGroup3($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      ": types.CalendarsGroup3Document,
    "\n        mutation CanonicalIdsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            role\n            group {\n              id\n              name\n            }\n          }\n        }\n      ": types.CanonicalIdsJoinGroupDocument,
    "\n        mutation CanonicalIdsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": types.CanonicalIdsBlockPersonDocument,
    "\n        mutation CanonicalIdsBlockPerson2($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": types.CanonicalIdsBlockPerson2Document,
    "\n  subscription CatchUpExchangeMessageAdded($e: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $e, since: $since) {\n      cursor\n      message {\n        body\n        mine\n      }\n    }\n  }\n": types.CatchUpExchangeMessageAddedDocument,
    "\n  subscription CatchUpExchangeUpdated($e: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $e, since: $since) {\n      cursor\n      exchange {\n        status\n        agreedByPostSide\n        agreedByResponder\n      }\n    }\n  }\n": types.CatchUpExchangeUpdatedDocument,
    "\n  subscription CatchUpHelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        id\n        helpPost {\n          title\n        }\n      }\n    }\n  }\n": types.CatchUpHelpPostRespondedDocument,
    "\n  subscription CatchUpHelpPostStatusChanged($c: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $c, since: $since) {\n      cursor\n      helpPost {\n        title\n        status\n      }\n    }\n  }\n": types.CatchUpHelpPostStatusChangedDocument,
    "\n  subscription CatchUpHelpPostsNear($cells: [String!]) {\n    helpPostsNear(areaCells: $cells) {\n      helpPost {\n        title\n      }\n    }\n  }\n": types.CatchUpHelpPostsNearDocument,
    "\n  mutation CatchUpBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n": types.CatchUpBlockPersonDocument,
    "\n  mutation CatchUpReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n    }\n  }\n": types.CatchUpReleaseModerationItemDocument,
    "\n  query CatchUpModerationQueue($g: ID) {\n    moderationQueue(groupId: $g, first: 50) {\n      edges {\n        node {\n          id\n          text\n        }\n      }\n    }\n  }\n": types.CatchUpModerationQueueDocument,
    "\n        query CatchUpLiveCursor {\n          liveCursor\n        }\n      ": types.CatchUpLiveCursorDocument,
    "\n        query CatchUpExchangeMessages($e: ID!) {\n          exchangeMessages(exchangeId: $e, first: 20) {\n            edges {\n              node {\n                body\n              }\n            }\n          }\n          liveCursor\n        }\n      ": types.CatchUpExchangeMessagesDocument,
    "\n        mutation CatchUpJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.CatchUpJoinGroupDocument,
    "\n        mutation CatchUpLeaveGroup($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      ": types.CatchUpLeaveGroupDocument,
    "\n        mutation CatchUpLeaveGroup2($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      ": types.CatchUpLeaveGroup2Document,
    "\n        mutation CatchUpJoinGroup2($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.CatchUpJoinGroup2Document,
    "\n        mutation CatchUpLeaveGroup3($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      ": types.CatchUpLeaveGroup3Document,
    "\n        mutation CatchUpWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": types.CatchUpWithdrawHelpPostDocument,
    "\n        mutation CatchUpWithdrawHelpPost2($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": types.CatchUpWithdrawHelpPost2Document,
    "\n  query CheckInRegister($s: ID!, $d: String!) {\n    sessionRegister(sessionId: $s, occursOn: $d) {\n      id\n      sessionTitle\n      occursOn\n      editable\n      people {\n        personId\n        displayName\n        waiting\n        attended\n        recordedHow\n      }\n      unnamedGoing\n      unnamedCheckedIn\n      guests\n      total\n      checkInCode {\n        code\n      }\n    }\n  }\n": types.CheckInRegisterDocument,
    "\n  mutation CheckInMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      people {\n        displayName\n        attended\n        recordedHow\n      }\n      total\n    }\n  }\n": types.CheckInMarkAttendedDocument,
    "\n  mutation CheckInSetHeadcount($s: ID!, $d: String!, $g: Int!) {\n    setHeadcount(sessionId: $s, occursOn: $d, guests: $g) {\n      guests\n      total\n    }\n  }\n": types.CheckInSetHeadcountDocument,
    "\n  mutation CheckInOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n": types.CheckInOpenCheckInDocument,
    "\n  mutation CheckInCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n      occursOn\n      recordedHow\n      session {\n        title\n      }\n    }\n  }\n": types.CheckInCheckInDocument,
    "\n  query CheckInMyAttendance($first: Int, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CheckInMyAttendanceDocument,
    "\n  mutation CheckInDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n": types.CheckInDeleteMyAttendanceDocument,
    "\n        query CheckInRegisterDates($s: ID!) {\n          registerDates(sessionId: $s) {\n            occursOn\n          }\n        }\n      ": types.CheckInRegisterDatesDocument,
    "\n        mutation CheckInExportMyData {\n          exportMyData\n        }\n      ": types.CheckInExportMyDataDocument,
    "\n        mutation CheckInDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.CheckInDeleteMyAccountDocument,
    "\n  query CliListed {\n    groups {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    me {\n      person {\n        displayName\n      }\n    }\n  }\n": types.CliListedDocument,
    "\n              mutation CliSignUp {\n                signUp(\n                  input: {\n                    email: \"keeps@example.test\"\n                    password: \"a long enough password\"\n                    profile: { displayName: \"Keeps\" }\n                  }\n                ) {\n                  person {\n                    id\n                  }\n                }\n              }\n            ": types.CliSignUpDocument,
    "\n              mutation CliCreateGroup {\n                createGroup(input: { name: \"Survives Restarts\", kind: CIVIC }) {\n                  id\n                }\n              }\n            ": types.CliCreateGroupDocument,
    "\n            mutation DataRightsCoverageExportMyData {\n              exportMyData\n            }\n          ": types.DataRightsCoverageExportMyDataDocument,
    "\n        mutation DataRightsCoverageDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.DataRightsCoverageDeleteMyAccountDocument,
    "\n        mutation DataRightsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.DataRightsJoinGroupDocument,
    "\n        mutation DataRightsGiveConsent {\n          giveConsent(input: { kind: VISIBLE_TO_GROUP_ORGANISERS }) {\n            id\n          }\n        }\n      ": types.DataRightsGiveConsentDocument,
    "\n        mutation DataRightsCreateHelpPost {\n          createHelpPost(\n            input: {\n              kind: OFFER\n              category: COOKING\n              title: \"Biryani for new parents\"\n              description: \"Homemade and halal, for your first week home\"\n              areaCell: \"8819429a9dfffff\"\n            }\n          ) {\n            id\n          }\n        }\n      ": types.DataRightsCreateHelpPostDocument,
    "\n        query DataRightsPerson($id: ID!) {\n          person(id: $id) {\n            languages\n          }\n        }\n      ": types.DataRightsPersonDocument,
    "\n        mutation DataRightsExportMyData {\n          exportMyData\n        }\n      ": types.DataRightsExportMyDataDocument,
    "\n            mutation DataRightsExportMyData2 {\n              exportMyData\n            }\n          ": types.DataRightsExportMyData2Document,
    "\n        mutation DataRightsDeleteMyAccount {\n          deleteMyAccount(password: \"not my password\")\n        }\n      ": types.DataRightsDeleteMyAccountDocument,
    "\n            query DataRightsMe {\n              me {\n                email\n              }\n            }\n          ": types.DataRightsMeDocument,
    "\n        mutation DataRightsSaveSearch {\n          saveSearch(name: \"Mornings\", search: { areaCell: \"8819429a9dfffff\" }) {\n            id\n          }\n        }\n      ": types.DataRightsSaveSearchDocument,
    "\n        mutation DataRightsDeleteMyAccount2($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.DataRightsDeleteMyAccount2Document,
    "\n            query DataRightsMe2 {\n              me {\n                email\n              }\n            }\n          ": types.DataRightsMe2Document,
    "\n        query DataRightsTies($id: ID!) {\n          ties(personId: $id) {\n            edges {\n              node {\n                kind\n                to {\n                  ... on Person {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.DataRightsTiesDocument,
    "\n        query DataRightsGroup($id: ID!) {\n          group(id: $id) {\n            memberCount\n          }\n        }\n      ": types.DataRightsGroupDocument,
    "\n        query DataRightsPerson2($id: ID!) {\n          person(id: $id, purpose: \"check\") {\n            languages\n          }\n        }\n      ": types.DataRightsPerson2Document,
    "\n        mutation DataRightsSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Could I collect on Friday?\") {\n            id\n          }\n        }\n      ": types.DataRightsSendExchangeMessageDocument,
    "\n            mutation DataRightsExportMyData3 {\n              exportMyData\n            }\n          ": types.DataRightsExportMyData3Document,
    "\n        mutation DataRightsDeleteMyAccount3($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.DataRightsDeleteMyAccount3Document,
    "\n        query DataRightsExchange($id: ID!) {\n          exchange(id: $id) {\n            status\n          }\n        }\n      ": types.DataRightsExchangeDocument,
    "\n        mutation DataRightsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": types.DataRightsBlockPersonDocument,
    "\n        mutation DataRightsReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: NOT_GENUINE, details: \"Same pram as last week\")\n        }\n      ": types.DataRightsReportHelpPostDocument,
    "\n        mutation DataRightsRaiseSafeguardingConcern($p: ID!) {\n          raiseSafeguardingConcern(\n            input: { concern: \"They asked where my children sleep.\", helpPostId: $p }\n          ) {\n            id\n          }\n        }\n      ": types.DataRightsRaiseSafeguardingConcernDocument,
    "\n        mutation DataRightsUpdateSafeguardingConcern($id: ID!) {\n          updateSafeguardingConcern(\n            id: $id\n            status: IN_PROGRESS\n            leadNotes: \"Spoke to the health visitor.\"\n          ) {\n            id\n          }\n        }\n      ": types.DataRightsUpdateSafeguardingConcernDocument,
    "\n            mutation DataRightsExportMyData4 {\n              exportMyData\n            }\n          ": types.DataRightsExportMyData4Document,
    "\n        mutation DataRightsDeleteMyAccount4($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.DataRightsDeleteMyAccount4Document,
    "\n        query DataRightsSafeguardingConcerns {\n          safeguardingConcerns(first: 5) {\n            edges {\n              node {\n                id\n                leadNotes\n                raisedBy {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      ": types.DataRightsSafeguardingConcernsDocument,
    "\n  query DiscoverySessionSearch(\n    $args: PointInput\n    $within: Int\n    $age: Int\n    $due: String\n    $days: [Int!]\n    $from: String\n    $by: String\n    $langs: [String!]\n    $free: Boolean\n    $access: [AccessibilityFeature!]\n    $kinds: [GroupKind!]\n    $text: String\n    $sort: SessionSearchSort\n    $first: Int\n    $after: String\n  ) {\n    sessionSearch(\n      point: $args\n      withinMetres: $within\n      childAgeMonths: $age\n      dueMonth: $due\n      weekdays: $days\n      startsFrom: $from\n      startsBy: $by\n      languages: $langs\n      freeOnly: $free\n      accessibility: $access\n      groupKinds: $kinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          session {\n            title\n          }\n          distanceMetres\n          walkingMinutes\n          nextOccurrences\n          fit\n          reasons {\n            kind\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DiscoverySessionSearchDocument,
    "\n        query DiscoverySessionSearch2 {\n          sessionSearch(point: { latitude: 53.79, longitude: -1.75 }, areaCell: \"8819429a9dfffff\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.DiscoverySessionSearch2Document,
    "\n        query DiscoverySessionSearch3($cell: String!) {\n          sessionSearch(areaCell: $cell, withinMetres: 5000) {\n            edges {\n              node {\n                session {\n                  title\n                }\n              }\n            }\n          }\n        }\n      ": types.DiscoverySessionSearch3Document,
    "\n      query DiscoverySpacesNearMe(\n        $point: PointInput\n        $access: [AccessibilityFeature!]\n        $first: Int\n        $after: String\n      ) {\n        spaceSearch(\n          point: $point\n          withinMetres: 5000\n          accessibility: $access\n          first: $first\n          after: $after\n        ) {\n          edges {\n            node {\n              space {\n                name\n              }\n              distanceMetres\n              walkingMinutes\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.DiscoverySpacesNearMeDocument,
    "\n      query DiscoveryGroupsNearMe($point: PointInput, $kinds: [GroupKind!], $langs: [String!]) {\n        groupSearch(point: $point, withinMetres: 5000, groupKinds: $kinds, languages: $langs) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n              distanceMetres\n            }\n          }\n        }\n      }\n    ": types.DiscoveryGroupsNearMeDocument,
    "\n      query DiscoveryGroupSearch($point: PointInput, $first: Int, $after: String) {\n        groupSearch(point: $point, withinMetres: null, first: $first, after: $after) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.DiscoveryGroupSearchDocument,
    "\n        query ErrorsGroups {\n          groups(first: 500) {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.ErrorsGroupsDocument,
    "\n        query ErrorsGroups2 {\n          groups(after: \"bm90IGEgY3Vyc29y\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      ": types.ErrorsGroups2Document,
    "\n        query ErrorsSpace {\n          space(id: \"42\") {\n            name\n          }\n        }\n      ": types.ErrorsSpaceDocument,
    "\n          query ErrorsSpaces {\n            spaces {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        ": types.ErrorsSpacesDocument,
    "\n  mutation ExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      body\n      side\n      mine\n      author {\n        displayName\n      }\n    }\n  }\n": types.ExchangesSendExchangeMessageDocument,
    "\n  query ExchangesExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          body\n          side\n          mine\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ExchangesExchangeMessagesDocument,
    "\n  mutation ExchangesThankForExchange($e: ID!, $m: String!) {\n    thankForExchange(exchangeId: $e, message: $m) {\n      message\n      side\n      author {\n        displayName\n      }\n    }\n  }\n": types.ExchangesThankForExchangeDocument,
    "\n  mutation ExchangesGiveExchangeFeedback($e: ID!, $w: Boolean!, $l: Boolean!, $a: Boolean!) {\n    giveExchangeFeedback(exchangeId: $e, feltWelcome: $w, feltListenedTo: $l, wouldMeetAgain: $a)\n  }\n": types.ExchangesGiveExchangeFeedbackDocument,
    "\n  query ExchangesExchange($id: ID!) {\n    exchange(id: $id) {\n      id\n      status\n      mySide\n      givingSide\n      myFeedbackGiven\n      thanks {\n        message\n        side\n        author {\n          displayName\n        }\n      }\n    }\n  }\n": types.ExchangesExchangeDocument,
    "\n  query ExchangesExchangeFeedbackSummary($g: ID) {\n    exchangeFeedbackSummary(groupId: $g) {\n      responses\n      feltWelcome\n      feltListenedTo\n      wouldMeetAgain\n    }\n  }\n": types.ExchangesExchangeFeedbackSummaryDocument,
    "\n  query ExchangesPerson($id: ID!) {\n    person(id: $id) {\n      helpGiven\n      helpReceived\n    }\n  }\n": types.ExchangesPersonDocument,
    "\n  query ExchangesTies($id: ID!) {\n    ties(personId: $id, kind: PERSON_PERSON) {\n      edges {\n        node {\n          provenance\n          strength\n          exchangeId\n        }\n      }\n    }\n  }\n": types.ExchangesTiesDocument,
    "\n        subscription ExchangesHelpPostResponded {\n          helpPostResponded {\n            exchange {\n              id\n              responder {\n                displayName\n              }\n              helpPost {\n                id\n              }\n            }\n          }\n        }\n      ": types.ExchangesHelpPostRespondedDocument,
    "\n        subscription ExchangesExchangeMessageAdded($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n              side\n              mine\n            }\n          }\n        }\n      ": types.ExchangesExchangeMessageAddedDocument,
    "\n        subscription ExchangesExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n              agreedByResponder\n            }\n          }\n        }\n      ": types.ExchangesExchangeUpdatedDocument,
    "\n        query Exchanges_Type {\n          __type(name: \"ExchangeFeedback\") {\n            name\n          }\n        }\n      ": types.Exchanges_TypeDocument,
    "\n          mutation ExchangesJoinGroup($g: ID!) {\n            joinGroup(groupId: $g) {\n              id\n            }\n          }\n        ": types.ExchangesJoinGroupDocument,
    "\n          query ExchangesGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  mySide\n                  responder {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        ": types.ExchangesGroupExchangesDocument,
    "\n              query ExchangesGroupExchanges2($g: ID!) {\n                groupExchanges(groupId: $g) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            ": types.ExchangesGroupExchanges2Document,
    "\n          query ExchangesExchange2($id: ID!) {\n            exchange(id: $id) {\n              responder {\n                displayName\n                languages\n              }\n            }\n          }\n        ": types.ExchangesExchange2Document,
    "\n            query ExchangesExchange3($id: ID!) {\n              exchange(id: $id) {\n                thanks {\n                  message\n                }\n              }\n            }\n          ": types.ExchangesExchange3Document,
    "\n        query ExchangesGroupCounts($g: ID!) {\n          group(id: $g) {\n            helpGiven\n            helpReceived\n          }\n        }\n      ": types.ExchangesGroupCountsDocument,
    "\n          query ExchangesTies2($id: ID!) {\n            ties(personId: $id, kind: PERSON_GROUP) {\n              edges {\n                node {\n                  provenance\n                  exchangeId\n                }\n              }\n            }\n          }\n        ": types.ExchangesTies2Document,
    "\n        subscription ExchangesExchangeMessageAdded2($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n            }\n          }\n        }\n      ": types.ExchangesExchangeMessageAdded2Document,
    "\n    query GoingNextDates($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 3, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n          placesLeft\n        }\n      }\n    }\n  ": types.GoingNextDatesDocument,
    "\n    query GoingMyRsvp($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          myRsvp {\n            status\n            waitingPosition\n          }\n        }\n      }\n    }\n  ": types.GoingMyRsvpDocument,
    "\n    mutation GoingGoToSession($s: ID!, $d: String!, $share: Boolean!) {\n      goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: $share) {\n        occursOn\n        status\n        waitingPosition\n        nameSharedWithOrganisers\n      }\n    }\n  ": types.GoingGoToSessionDocument,
    "\n    mutation GoingCancelGoing($s: ID!, $d: String!) {\n      cancelGoing(sessionId: $s, occursOn: $d)\n    }\n  ": types.GoingCancelGoingDocument,
    "\n    query GoingSessionAttendees($s: ID!, $d: String!) {\n      sessionAttendees(sessionId: $s, occursOn: $d) {\n        occursOn\n        goingCount\n        waitingCount\n        named {\n          displayName\n          status\n        }\n      }\n    }\n  ": types.GoingSessionAttendeesDocument,
    "\n    query GoingMyUpcomingSessions($first: Int!, $after: String) {\n      myUpcomingSessions(first: $first, after: $after) {\n        edges {\n          node {\n            occursOn\n            status\n            cancelled\n            session {\n              title\n            }\n            occurrence {\n              startsAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.GoingMyUpcomingSessionsDocument,
    "\n        mutation GoingUpdateSessionCapacity($id: ID!) {\n          updateSession(id: $id, input: { capacity: 2 }) {\n            capacity\n          }\n        }\n      ": types.GoingUpdateSessionCapacityDocument,
    "\n        query GoingDataAccessLog {\n          me {\n            dataAccessLog(first: 10) {\n              edges {\n                node {\n                  action\n                  basis\n                  actor {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.GoingDataAccessLogDocument,
    "\n          mutation GoingNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        ": types.GoingNewMyCalendarFeedDocument,
    "\n            mutation GoingExportMyData {\n              exportMyData\n            }\n          ": types.GoingExportMyDataDocument,
    "\n        mutation GoingDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.GoingDeleteMyAccountDocument,
    "\n  mutation GroupOrganisersCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      viewerRole\n      organisers {\n        displayName\n      }\n    }\n  }\n": types.GroupOrganisersCreateGroupDocument,
    "\n  mutation GroupOrganisersArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.GroupOrganisersArchiveGroupDocument,
    "\n  mutation GroupOrganisersUnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.GroupOrganisersUnarchiveGroupDocument,
    "\n  mutation GroupOrganisersJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n": types.GroupOrganisersJoinGroupDocument,
    "\n  mutation GroupOrganisersLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.GroupOrganisersLeaveGroupDocument,
    "\n  mutation GroupOrganisersInviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n": types.GroupOrganisersInviteCoOrganiserDocument,
    "\n  mutation GroupOrganisersRevokeInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n": types.GroupOrganisersRevokeInvitationDocument,
    "\n  query GroupOrganisersPreviewInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      group {\n        name\n      }\n      alreadyOrganiser\n    }\n  }\n": types.GroupOrganisersPreviewInvitationDocument,
    "\n  mutation GroupOrganisersAcceptInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      role\n    }\n  }\n": types.GroupOrganisersAcceptInvitationDocument,
    "\n  mutation GroupOrganisersRemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n": types.GroupOrganisersRemoveOrganiserDocument,
    "\n  query GroupOrganisersGroup($id: ID!) {\n    group(id: $id) {\n      name\n      archivedAt\n      viewerRole\n      memberCount\n    }\n  }\n": types.GroupOrganisersGroupDocument,
    "\n  query GroupOrganisersOrganiserView($id: ID!) {\n    group(id: $id) {\n      organisers {\n        displayName\n      }\n      openInvitations {\n        id\n      }\n    }\n  }\n": types.GroupOrganisersOrganiserViewDocument,
    "\n  query GroupOrganisersListed($search: String!) {\n    groups(search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    groupSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n    sessionSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          session {\n            title\n          }\n        }\n      }\n    }\n  }\n": types.GroupOrganisersListedDocument,
    "\n  mutation GroupsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n      kind\n      languages\n      memberCount\n    }\n  }\n": types.GroupsCreateGroupDocument,
    "\n      query GroupsGroupBySlugOrId($id: ID, $slug: String) {\n        group(id: $id, slug: $slug) {\n          id\n          name\n        }\n      }\n    ": types.GroupsGroupBySlugOrIdDocument,
    "\n        query GroupsGroups {\n          groups(kind: PARENT_AND_BABY) {\n            edges {\n              node {\n                name\n                kind\n              }\n            }\n          }\n        }\n      ": types.GroupsGroupsDocument,
    "\n      query GroupsGroups2($after: String) {\n        groups(kind: MUTUAL_AID, first: 2, after: $after) {\n          edges {\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    ": types.GroupsGroups2Document,
    "\n        query GroupsGroups3 {\n          groups(search: \"gurdwra langar\") {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      ": types.GroupsGroups3Document,
    "\n        mutation GroupsUpdateGroup($id: ID!) {\n          updateGroup(id: $id, input: { name: \"Town Food Bank\" }) {\n            name\n            description\n          }\n        }\n      ": types.GroupsUpdateGroupDocument,
    "\n        query GroupsGroup {\n          group(id: \"00000000-0000-4000-8000-000000000000\") {\n            name\n          }\n        }\n      ": types.GroupsGroupDocument,
    "\n      mutation GroupsJoinGroup($g: ID!) {\n        joinGroup(groupId: $g) {\n          role\n          group {\n            name\n            memberCount\n          }\n          person {\n            displayName\n          }\n        }\n      }\n    ": types.GroupsJoinGroupDocument,
    "\n      mutation GroupsUpdateGroup2($id: ID!) {\n        updateGroup(id: $id, input: { name: \"Taken over\" }) {\n          name\n        }\n      }\n    ": types.GroupsUpdateGroup2Document,
    "\n          mutation GroupsUpdateGroup3($id: ID!, $input: UpdateGroupInput!) {\n            updateGroup(id: $id, input: $input) {\n              id\n            }\n          }\n        ": types.GroupsUpdateGroup3Document,
    "\n        query HardeningMe {\n          me {\n            dataAccessLog(first: 1) {\n              edges {\n                node {\n                  actor {\n                    memberships {\n                      person {\n                        memberships {\n                          group {\n                            name\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.HardeningMeDocument,
    "\n  mutation HelpLifecycleWithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n": types.HelpLifecycleWithdrawHelpPostDocument,
    "\n  mutation HelpLifecycleUpdateHelpPost($id: ID!, $input: UpdateHelpPostInput!) {\n    updateHelpPost(id: $id, input: $input) {\n      status\n      quantity\n    }\n  }\n": types.HelpLifecycleUpdateHelpPostDocument,
    "\n  query HelpLifecycleHelpPosts($cell: String) {\n    helpPosts(areaCell: $cell, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.HelpLifecycleHelpPostsDocument,
    "\n          query HelpLifecycleExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        ": types.HelpLifecycleExchangeDocument,
    "\n            query HelpLifecycleExchange2($id: ID!) {\n              exchange(id: $id) {\n                status\n              }\n            }\n          ": types.HelpLifecycleExchange2Document,
    "\n        mutation HelpLifecycleSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Still on?\") {\n            id\n          }\n        }\n      ": types.HelpLifecycleSendExchangeMessageDocument,
    "\n        subscription HelpLifecycleHelpPostStatusChanged($cell: String!) {\n          helpPostStatusChanged(areaCell: $cell) {\n            helpPost {\n              id\n              status\n            }\n          }\n        }\n      ": types.HelpLifecycleHelpPostStatusChangedDocument,
    "\n        mutation HelpLifecycleJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.HelpLifecycleJoinGroupDocument,
    "\n        query HelpLifecycleHelpPosts2 {\n          helpPosts(status: EXPIRED, first: 50) {\n            edges {\n              node {\n                id\n                status\n              }\n            }\n          }\n        }\n      ": types.HelpLifecycleHelpPosts2Document,
    "\n        subscription HelpLifecycleExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n            }\n          }\n        }\n      ": types.HelpLifecycleExchangeUpdatedDocument,
    "\n  subscription HelpLiveHelpPostsNear(\n    $cells: [String!]\n    $categories: [HelpCategory!]\n    $since: String\n  ) {\n    helpPostsNear(areaCells: $cells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        id\n        title\n        areaCell\n        category\n        status\n      }\n    }\n  }\n": types.HelpLiveHelpPostsNearDocument,
    "\n        mutation HelpLiveWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": types.HelpLiveWithdrawHelpPostDocument,
    "\n        query HelpLiveLiveCursor {\n          liveCursor\n        }\n      ": types.HelpLiveLiveCursorDocument,
    "\n      subscription HelpLiveHelpPostsNear2($cells: [String!]) {\n        helpPostsNear(areaCells: $cells) {\n          helpPost {\n            title\n            authorPerson {\n              displayName\n              areaCell\n            }\n          }\n        }\n      }\n    ": types.HelpLiveHelpPostsNear2Document,
    "\n        query HelpLiveLiveCursor2 {\n          liveCursor\n        }\n      ": types.HelpLiveLiveCursor2Document,
    "\n        mutation HelpLiveBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      ": types.HelpLiveBlockPersonDocument,
    "\n          query HelpLiveLiveCursor3 {\n            liveCursor\n          }\n        ": types.HelpLiveLiveCursor3Document,
    "\n  query HelpMatchingHelpPostMatches($id: ID!, $first: Int) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      post {\n        id\n        title\n      }\n      reasons {\n        kind\n        text\n      }\n    }\n  }\n": types.HelpMatchingHelpPostMatchesDocument,
    "\n        mutation HelpMatchingJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.HelpMatchingJoinGroupDocument,
    "\n        mutation HelpMatchingWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": types.HelpMatchingWithdrawHelpPostDocument,
    "\n  subscription HelpNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        authorGroup {\n          name\n        }\n      }\n    }\n  }\n": types.HelpNearCellDocument,
    "\n  mutation HelpCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      title\n      status\n      areaCell\n      authorGroup {\n        name\n      }\n      authorPerson {\n        displayName\n      }\n    }\n  }\n": types.HelpCreateHelpPostDocument,
    "\n        query HelpHelpPosts {\n          helpPosts(first: 10) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.HelpHelpPostsDocument,
    "\n        query HelpHelpPosts2 {\n          helpPosts(kind: OFFER) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      ": types.HelpHelpPosts2Document,
    "\n  query IdentityMe {\n    me {\n      email\n      roles\n      person {\n        displayName\n        languages\n        lifeStage {\n          expecting\n          dueMonth\n        }\n      }\n    }\n  }\n": types.IdentityMeDocument,
    "\n  mutation IdentitySignUpWithProfile($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      person {\n        displayName\n        lifeStage {\n          expecting\n        }\n      }\n    }\n  }\n": types.IdentitySignUpWithProfileDocument,
    "\n  mutation IdentitySignInFrom($input: SignInInput!) {\n    signIn(input: $input) {\n      email\n    }\n  }\n": types.IdentitySignInFromDocument,
    "\n      mutation IdentitySignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n          roles\n          person {\n            displayName\n            languages\n            lifeStage {\n              expecting\n            }\n            memberships {\n              group {\n                name\n              }\n            }\n          }\n          sessions {\n            current\n          }\n        }\n      }\n    ": types.IdentitySignUpDocument,
    "\n        mutation IdentitySignUp2 {\n          signUp(\n            input: {\n              email: \"weak@example.test\"\n              password: \"short\"\n              profile: { displayName: \"Weak\" }\n            }\n          ) {\n            email\n          }\n        }\n      ": types.IdentitySignUp2Document,
    "\n            mutation IdentitySignOut {\n              signOut\n            }\n          ": types.IdentitySignOutDocument,
    "\n          mutation IdentityRequestPasswordReset {\n            requestPasswordReset(email: \"nobody@example.test\")\n          }\n        ": types.IdentityRequestPasswordResetDocument,
    "\n        mutation IdentityRequestPasswordReset2 {\n          requestPasswordReset(email: \"reset@example.test\")\n        }\n      ": types.IdentityRequestPasswordReset2Document,
    "\n      mutation IdentityResetPassword($token: String!) {\n        resetPassword(input: { token: $token, newPassword: \"a brand new password\" })\n      }\n    ": types.IdentityResetPasswordDocument,
    "\n        query IdentityMe2 {\n          me {\n            sessions {\n              id\n              current\n            }\n          }\n        }\n      ": types.IdentityMe2Document,
    "\n              mutation IdentityRevokeSession($id: ID!) {\n                revokeSession(id: $id)\n              }\n            ": types.IdentityRevokeSessionDocument,
    "\n        mutation IdentityChangePassword {\n          changePassword(\n            input: { currentPassword: \"not it at all\", newPassword: \"another long password\" }\n          )\n        }\n      ": types.IdentityChangePasswordDocument,
    "\n        mutation IdentityChangePassword2($current: String!) {\n          changePassword(input: { currentPassword: $current, newPassword: \"another long password\" })\n        }\n      ": types.IdentityChangePassword2Document,
    "\n        mutation IdentityRequestPasswordReset3($email: String!) {\n          requestPasswordReset(email: $email)\n        }\n      ": types.IdentityRequestPasswordReset3Document,
    "\n        mutation IdentityResetPassword2($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a fresh long password\" })\n        }\n      ": types.IdentityResetPassword2Document,
    "\n          mutation InputErrorsCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        ": types.InputErrorsCreateHelpPostDocument,
    "\n          mutation InputErrorsCreateHelpPost2($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        ": types.InputErrorsCreateHelpPost2Document,
    "\n          query InputErrorsGroups2($a: String) {\n            groups(after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.InputErrorsGroups2Document,
    "\n          query InputErrorsGroups3 {\n            groups(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        ": types.InputErrorsGroups3Document,
    "\n          query InputErrorsHelpPostsAfter($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.InputErrorsHelpPostsAfterDocument,
    "\n          query InputErrorsHelpPostsFirst {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1) {\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        ": types.InputErrorsHelpPostsFirstDocument,
    "\n          query InputErrorsHelpPostsNext($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1, after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.InputErrorsHelpPostsNextDocument,
    "\n      query InputErrorsUpcomingSessions($from: DateTime) {\n        upcomingSessions(from: $from) {\n          startsAt\n        }\n      }\n    ": types.InputErrorsUpcomingSessionsDocument,
    "\n          query InputErrorsUpcomingSessions2 {\n            upcomingSessions(from: \"yesterday\") {\n              startsAt\n            }\n          }\n        ": types.InputErrorsUpcomingSessions2Document,
    "\n          mutation InputErrorsCreateHelpPost3($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        ": types.InputErrorsCreateHelpPost3Document,
    "\n          query InputErrorsLiveCursor {\n            liveCursor\n          }\n        ": types.InputErrorsLiveCursorDocument,
    "\n          query InputErrorsLiveCursor2 {\n            liveCursor\n          }\n        ": types.InputErrorsLiveCursor2Document,
    "\n          mutation InputErrorsWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        ": types.InputErrorsWithdrawHelpPostDocument,
    "\n          query InputErrorsGroups4($k: GroupKind) {\n            groups(kind: $k) {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.InputErrorsGroups4Document,
    "\n  query LocationPrivacyNearbyParents($near: NearInput!, $first: Int, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          person {\n            id\n            displayName\n          }\n          sharesALanguage\n          distance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LocationPrivacyNearbyParentsDocument,
    "\n  mutation LocationPrivacyGiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n": types.LocationPrivacyGiveConsentDocument,
    "\n  mutation LocationPrivacyWithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n    }\n  }\n": types.LocationPrivacyWithdrawConsentDocument,
    "\n        mutation LocationPrivacyDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      ": types.LocationPrivacyDeleteMyAccountDocument,
    "\n        query LocationPrivacyNearbyParents2($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              cursor\n              node {\n                __typename\n                person {\n                  __typename\n                  id\n                  displayName\n                }\n                sharesALanguage\n                distance\n              }\n            }\n          }\n        }\n      ": types.LocationPrivacyNearbyParents2Document,
    "\n        query LocationPrivacy_Type {\n          __type(name: \"NearbyParent\") {\n            fields {\n              name\n            }\n          }\n        }\n      ": types.LocationPrivacy_TypeDocument,
    "\n        query LocationPrivacyNearbyParents3($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              node {\n                person {\n                  areaCell\n                }\n              }\n            }\n          }\n        }\n      ": types.LocationPrivacyNearbyParents3Document,
    "\n    query LocationPrivacyNearbyParents4($near: NearInput!) {\n      nearbyParents(near: $near) {\n        profileAsOf\n        edges {\n          node {\n            __typename\n            person {\n              displayName\n            }\n            sharesALanguage\n            distance\n          }\n        }\n      }\n    }\n  ": types.LocationPrivacyNearbyParents4Document,
    "\n    mutation LocationPrivacyUpdateMyProfile($input: ProfileInput!) {\n      updateMyProfile(input: $input) {\n        id\n      }\n    }\n  ": types.LocationPrivacyUpdateMyProfileDocument,
    "\n              mutation MyCalendarSaveSession($id: ID!) {\n                saveSession(sessionId: $id)\n              }\n            ": types.MyCalendarSaveSessionDocument,
    "\n        query MyCalendarMe {\n          me {\n            savedSessions {\n              title\n            }\n            hasCalendarFeed\n          }\n        }\n      ": types.MyCalendarMeDocument,
    "\n          mutation MyCalendarNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        ": types.MyCalendarNewMyCalendarFeedDocument,
    "\n        mutation MyCalendarUnsaveSession($id: ID!) {\n          unsaveSession(sessionId: $id)\n        }\n      ": types.MyCalendarUnsaveSessionDocument,
    "\n            mutation MyCalendarNewMyCalendarFeed2 {\n              newMyCalendarFeed\n            }\n          ": types.MyCalendarNewMyCalendarFeed2Document,
    "\n            mutation MyCalendarEndMyCalendarFeed {\n              endMyCalendarFeed\n            }\n          ": types.MyCalendarEndMyCalendarFeedDocument,
    "\n        mutation MyCalendarSaveSession2 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      ": types.MyCalendarSaveSession2Document,
    "\n        mutation MyCalendarSaveSession3 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      ": types.MyCalendarSaveSession3Document,
    "\n  query MyHelpPostsMyHelpPosts($status: HelpPostStatus, $first: Int!, $after: String) {\n    myHelpPosts(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          title\n          status\n          authorGroup {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyHelpPostsMyHelpPostsDocument,
    "\n        mutation MyHelpPostsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.MyHelpPostsJoinGroupDocument,
    "\n        mutation MyHelpPostsWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      ": types.MyHelpPostsWithdrawHelpPostDocument,
    "\n  fragment OrukCounts on OpenReferralRecordCounts {\n    total\n    created\n    updated\n    unchanged\n    removed\n    failed\n    skipped\n  }\n": types.OrukCountsFragmentDoc,
    "\n  mutation OrukImportOpenReferral($json: String!, $source: String) {\n    importOpenReferral(json: $json, source: $source) {\n      organizations {\n        ...OrukCounts\n      }\n      locations {\n        ...OrukCounts\n      }\n      services {\n        ...OrukCounts\n      }\n      sessions {\n        ...OrukCounts\n      }\n      errors {\n        recordType\n        recordId\n        message\n      }\n      warnings {\n        recordType\n        recordId\n        message\n      }\n    }\n  }\n": types.OrukImportOpenReferralDocument,
    "\n  query OrukGroups {\n    groups(first: 6) {\n      edges {\n        node {\n          name\n          kind\n          description\n          languages\n          website\n          sessions {\n            title\n            description\n            recurrence\n            startDate\n            startTime\n            durationMinutes\n            minAgeMonths\n            maxAgeMonths\n            languages\n            costPence\n            nextOccurrences(count: 4)\n            space {\n              name\n              kind\n              postcode\n              accessibility\n              openingHours {\n                weekday\n                opens\n                closes\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrukGroupsDocument,
    "\n        query OrukExportOpenReferral {\n          exportOpenReferral\n        }\n      ": types.OrukExportOpenReferralDocument,
    "\n  mutation OutageCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n    }\n  }\n": types.OutageCreateHelpPostDocument,
    "\n          query OutageMe {\n            me {\n              consents {\n                id\n              }\n            }\n          }\n        ": types.OutageMeDocument,
    "\n          query OutageGroups {\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        ": types.OutageGroupsDocument,
    "\n  mutation PartnershipsPropose($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n      note\n      fromGroup {\n        name\n      }\n      toGroup {\n        name\n      }\n    }\n  }\n": types.PartnershipsProposeDocument,
    "\n  mutation PartnershipsAccept($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n      respondedAt\n    }\n  }\n": types.PartnershipsAcceptDocument,
    "\n  mutation PartnershipsDecline($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n": types.PartnershipsDeclineDocument,
    "\n  mutation PartnershipsEnd($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n": types.PartnershipsEndDocument,
    "\n  query PartnershipsGroup($id: ID!) {\n    group(id: $id) {\n      partnerships {\n        id\n        status\n        note\n        fromGroup {\n          name\n        }\n        toGroup {\n          name\n        }\n      }\n      pendingPartnerships {\n        id\n        fromGroup {\n          name\n        }\n      }\n    }\n  }\n": types.PartnershipsGroupDocument,
    "\n  query PartnershipsTies($groupId: ID!) {\n    ties(groupId: $groupId, kind: GROUP_GROUP, first: 10) {\n      edges {\n        node {\n          kind\n          provenance\n          from {\n            ... on Group {\n              name\n            }\n          }\n          to {\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PartnershipsTiesDocument,
    "\n        query PartnershipsAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                viaGroup {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.PartnershipsAuditEventsDocument,
    "\n  query PostcodesSessionSearch(\n    $postcode: String\n    $address: String\n    $point: PointInput\n    $within: Int\n  ) {\n    sessionSearch(postcode: $postcode, address: $address, point: $point, withinMetres: $within) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        node {\n          session {\n            title\n          }\n          distanceMetres\n        }\n      }\n    }\n  }\n": types.PostcodesSessionSearchDocument,
    "\n  query PostcodesSpaceSearch($postcode: String) {\n    spaceSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          space {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PostcodesSpaceSearchDocument,
    "\n  query PostcodesGroupSearch($postcode: String) {\n    groupSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PostcodesGroupSearchDocument,
    "\n  query PostcodesMapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n": types.PostcodesMapSettingsDocument,
    "\n  mutation PostcodesSaveSearch($search: SessionSearchInput!) {\n    saveSearch(name: \"From my postcode\", search: $search) {\n      id\n    }\n  }\n": types.PostcodesSaveSearchDocument,
    "\n  query PublishSessionsDates($id: ID!, $from: DateTime!, $count: Int!) {\n    session(id: $id) {\n      startTime\n      durationMinutes\n      occurrences(from: $from, count: $count) {\n        occursOn\n        startsAt\n        endsAt\n        cancelled\n        cancellationReason\n        movedFrom\n      }\n      nextOccurrences(count: 10)\n    }\n  }\n": types.PublishSessionsDatesDocument,
    "\n  mutation PublishSessionsCancel($s: ID!, $on: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $s, occursOn: $on, reason: $reason) {\n      occursOn\n      cancelled\n      cancellationReason\n    }\n  }\n": types.PublishSessionsCancelDocument,
    "\n  mutation PublishSessionsRestore($s: ID!, $on: String!) {\n    restoreSessionDate(sessionId: $s, occursOn: $on) {\n      occursOn\n      cancelled\n      startsAt\n      movedFrom\n    }\n  }\n": types.PublishSessionsRestoreDocument,
    "\n  mutation PublishSessionsMove($s: ID!, $on: String!, $toDate: String!, $toTime: String!) {\n    moveSessionDate(sessionId: $s, occursOn: $on, toDate: $toDate, toTime: $toTime) {\n      occursOn\n      startsAt\n      endsAt\n      movedFrom\n      cancelled\n    }\n  }\n": types.PublishSessionsMoveDocument,
    "\n  mutation PublishSessionsChangeTime(\n    $s: ID!\n    $from: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $s\n      fromDate: $from\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      startTime\n      durationMinutes\n    }\n  }\n": types.PublishSessionsChangeTimeDocument,
    "\n  mutation PublishSessionsDelete($id: ID!) {\n    deleteSession(id: $id)\n  }\n": types.PublishSessionsDeleteDocument,
    "\n        mutation PublishSessionsCreate($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            startTime\n          }\n        }\n      ": types.PublishSessionsCreateDocument,
    "\n        mutation PublishSessionsUpdate($id: ID!) {\n          updateSession(id: $id, input: { startTime: \"09:45\" }) {\n            startTime\n          }\n        }\n      ": types.PublishSessionsUpdateDocument,
    "\n        query PublishSessionsList($groupId: ID!) {\n          sessions(groupId: $groupId, first: 50) {\n            edges {\n              node {\n                id\n                startTime\n              }\n            }\n          }\n        }\n      ": types.PublishSessionsListDocument,
    "\n        query PublishSessionsOccurrence($id: ID!, $on: String!) {\n          session(id: $id) {\n            occurrence(occursOn: $on) {\n              startsAt\n              movedFrom\n            }\n          }\n        }\n      ": types.PublishSessionsOccurrenceDocument,
    "\n      mutation PublishSessionsEditTitle($id: ID!, $title: String!) {\n        updateSession(id: $id, input: { title: $title }) {\n          title\n        }\n      }\n    ": types.PublishSessionsEditTitleDocument,
    "\n        mutation RecurrenceRulesCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            recurrence\n          }\n        }\n      ": types.RecurrenceRulesCreateSessionDocument,
    "\n          mutation RecurrenceRulesUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              recurrence\n            }\n          }\n        ": types.RecurrenceRulesUpdateSessionDocument,
    "\n        query RecurrenceRulesSession($id: ID!) {\n          session(id: $id) {\n            recurrence\n          }\n        }\n      ": types.RecurrenceRulesSessionDocument,
    "\n  subscription TwoProcessesNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        createdAt\n        authorGroup {\n          id\n        }\n      }\n    }\n  }\n": types.TwoProcessesNearCellDocument,
    "\n        mutation TwoProcessesCreateHelpPost($input: CreateHelpPostInput!) {\n          createHelpPost(input: $input) {\n            id\n          }\n        }\n      ": types.TwoProcessesCreateHelpPostDocument,
    "\n      subscription TwoProcessesHelpPostsNear($cells: [String!], $since: String) {\n        helpPostsNear(areaCells: $cells, since: $since) {\n          cursor\n          helpPost {\n            title\n          }\n        }\n      }\n    ": types.TwoProcessesHelpPostsNearDocument,
    "\n          query TwoProcessesLiveCursor {\n            liveCursor\n          }\n        ": types.TwoProcessesLiveCursorDocument,
    "\n      mutation TwoProcessesSendExchangeMessage($e: ID!, $b: String!) {\n        sendExchangeMessage(exchangeId: $e, body: $b) {\n          id\n        }\n      }\n    ": types.TwoProcessesSendExchangeMessageDocument,
    "\n      subscription TwoProcessesExchangeMessageAdded($e: ID!, $since: String) {\n        exchangeMessageAdded(exchangeId: $e, since: $since) {\n          cursor\n          message {\n            body\n          }\n        }\n      }\n    ": types.TwoProcessesExchangeMessageAddedDocument,
    "\n          query TwoProcessesLiveCursor2 {\n            liveCursor\n          }\n        ": types.TwoProcessesLiveCursor2Document,
    "\n        mutation ResponseCacheUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n          updateSession(id: $id, input: $input) {\n            id\n          }\n        }\n      ": types.ResponseCacheUpdateSessionDocument,
    "\n  query SafetyHelpPosts {\n    helpPosts(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.SafetyHelpPostsDocument,
    "\n  query SafetyHelpPost($id: ID!) {\n    helpPost(id: $id) {\n      id\n      moderation\n    }\n  }\n": types.SafetyHelpPostDocument,
    "\n  mutation SafetyCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      moderation\n    }\n  }\n": types.SafetyCreateHelpPostDocument,
    "\n  query SafetyExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          id\n          body\n          moderation\n          removalNote\n        }\n      }\n    }\n  }\n": types.SafetyExchangeMessagesDocument,
    "\n  query SafetyModerationQueue($g: ID, $s: ModerationState) {\n    moderationQueue(groupId: $g, state: $s, first: 50) {\n      edges {\n        node {\n          id\n          subjectKind\n          state\n          text\n          helpPost {\n            id\n          }\n          group {\n            name\n          }\n          screening {\n            rule\n            phrase\n            description\n          }\n          reports {\n            id\n            reason\n            details\n            status\n          }\n        }\n      }\n    }\n  }\n": types.SafetyModerationQueueDocument,
    "\n  mutation SafetyReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n      state\n    }\n  }\n": types.SafetyReleaseModerationItemDocument,
    "\n  mutation SafetyRemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n": types.SafetyRemoveModerationItemDocument,
    "\n  mutation SafetyDismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      state\n    }\n  }\n": types.SafetyDismissReportDocument,
    "\n  mutation SafetyReportHelpPost($p: ID!, $r: ReportReason!, $d: String) {\n    reportHelpPost(helpPostId: $p, reason: $r, details: $d)\n  }\n": types.SafetyReportHelpPostDocument,
    "\n  mutation SafetyReportExchangeMessage($m: ID!, $r: ReportReason!) {\n    reportExchangeMessage(messageId: $m, reason: $r)\n  }\n": types.SafetyReportExchangeMessageDocument,
    "\n  mutation SafetyBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n": types.SafetyBlockPersonDocument,
    "\n  mutation SafetyUnblockPerson($p: ID!) {\n    unblockPerson(personId: $p)\n  }\n": types.SafetyUnblockPersonDocument,
    "\n  mutation SafetyRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      id\n      status\n      concern\n    }\n  }\n": types.SafetyRaiseSafeguardingConcernDocument,
    "\n  query SafetyMySafeguardingConcerns {\n    mySafeguardingConcerns {\n      id\n      status\n      concern\n    }\n  }\n": types.SafetyMySafeguardingConcernsDocument,
    "\n  query SafetySafeguardingConcerns {\n    safeguardingConcerns(first: 50) {\n      edges {\n        node {\n          id\n          concern\n          status\n          leadNotes\n          message\n          raisedBy {\n            displayName\n          }\n          aboutPerson {\n            displayName\n          }\n          helpPost {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SafetySafeguardingConcernsDocument,
    "\n  mutation SafetyUpdateSafeguardingConcern($id: ID!, $s: SafeguardingConcernStatus!, $n: String) {\n    updateSafeguardingConcern(id: $id, status: $s, leadNotes: $n) {\n      id\n      status\n      leadNotes\n    }\n  }\n": types.SafetyUpdateSafeguardingConcernDocument,
    "\n  query SafetyAuditEvents {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          basis\n          purpose\n          actor {\n            id\n          }\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.SafetyAuditEventsDocument,
    "\n          subscription SafetyHelpPostsNear($c: String!) {\n            helpPostsNear(areaCells: [$c]) {\n              helpPost {\n                id\n              }\n            }\n          }\n        ": types.SafetyHelpPostsNearDocument,
    "\n          subscription SafetyHelpPostStatusChanged($c: String!) {\n            helpPostStatusChanged(areaCell: $c) {\n              helpPost {\n                id\n                title\n              }\n            }\n          }\n        ": types.SafetyHelpPostStatusChangedDocument,
    "\n          mutation SafetyWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        ": types.SafetyWithdrawHelpPostDocument,
    "\n          mutation SafetyWithdrawHelpPost2($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        ": types.SafetyWithdrawHelpPost2Document,
    "\n          subscription SafetyExchangeMessageAdded($e: ID!) {\n            exchangeMessageAdded(exchangeId: $e) {\n              message {\n                body\n              }\n            }\n          }\n        ": types.SafetyExchangeMessageAddedDocument,
    "\n        query SafetyHelpPost2($id: ID!) {\n          helpPost(id: $id) {\n            moderation\n            removalNote\n          }\n        }\n      ": types.SafetyHelpPost2Document,
    "\n        mutation SafetyThankForExchange($e: ID!, $m: String!) {\n          thankForExchange(exchangeId: $e, message: $m) {\n            message\n          }\n        }\n      ": types.SafetyThankForExchangeDocument,
    "\n          query Safety_Type {\n            __type(name: \"ModerationReport\") {\n              fields {\n                name\n              }\n            }\n          }\n        ": types.Safety_TypeDocument,
    "\n              query SafetyHelpPostMatches($id: ID!) {\n                helpPostMatches(id: $id) {\n                  post {\n                    id\n                  }\n                }\n              }\n            ": types.SafetyHelpPostMatchesDocument,
    "\n          query SafetyExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        ": types.SafetyExchangeDocument,
    "\n        query SafetyBlockedPeople {\n          blockedPeople {\n            id\n            displayName\n          }\n        }\n      ": types.SafetyBlockedPeopleDocument,
    "\n            mutation SafetyAgreeToExchange($e: ID!) {\n              agreeToExchange(exchangeId: $e) {\n                id\n              }\n            }\n          ": types.SafetyAgreeToExchangeDocument,
    "\n              query SafetyHelpPost3($id: ID!) {\n                helpPost(id: $id) {\n                  status\n                }\n              }\n            ": types.SafetyHelpPost3Document,
    "\n      subscription SafetySafeguardingConcernRaised {\n        safeguardingConcernRaised {\n          id\n          concern\n          status\n          raisedBy {\n            displayName\n          }\n        }\n      }\n    ": types.SafetySafeguardingConcernRaisedDocument,
    "\n  subscription SavedSearchesMatches {\n    savedSearchMatches {\n      savedSearch {\n        name\n      }\n      result {\n        session {\n          title\n        }\n        distanceMetres\n        reasons {\n          kind\n        }\n      }\n    }\n  }\n": types.SavedSearchesMatchesDocument,
    "\n  mutation SavedSearchesSaveSearch($name: String!, $search: SessionSearchInput!) {\n    saveSearch(name: $name, search: $search) {\n      id\n      name\n      criteria\n    }\n  }\n": types.SavedSearchesSaveSearchDocument,
    "\n        query SavedSearchesMe {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      ": types.SavedSearchesMeDocument,
    "\n        query SavedSearchesMe2 {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      ": types.SavedSearchesMe2Document,
    "\n        mutation SavedSearchesDeleteSavedSearch($id: ID!) {\n          deleteSavedSearch(id: $id)\n        }\n      ": types.SavedSearchesDeleteSavedSearchDocument,
    "\n        query SavedSearchesSessions {\n          sessions(first: 50) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      ": types.SavedSearchesSessionsDocument,
    "\n        mutation SavedSearchesUpdateSession($id: ID!) {\n          updateSession(id: $id, input: { costPence: 0 }) {\n            id\n          }\n        }\n      ": types.SavedSearchesUpdateSessionDocument,
    "\n        query SessionsSession($id: ID!) {\n          session(id: $id) {\n            nextOccurrences(count: 10)\n            group {\n              name\n            }\n            space {\n              name\n              accessibility\n            }\n          }\n        }\n      ": types.SessionsSessionDocument,
    "\n            query SessionsSession2($id: ID!) {\n              session(id: $id) {\n                nextOccurrences(count: 2)\n              }\n            }\n          ": types.SessionsSession2Document,
    "\n        query SessionsUpcomingSessions {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7, language: \"pl\", ageMonths: 8) {\n            startsAt\n            session {\n              title\n              languages\n            }\n          }\n        }\n      ": types.SessionsUpcomingSessionsDocument,
    "\n        query SessionsUpcomingSessions2 {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      ": types.SessionsUpcomingSessions2Document,
    "\n        query SessionsUpcomingSessions3 {\n          upcomingSessions(from: \"9999-12-31T00:00:00Z\", days: 14) {\n            startsAt\n          }\n        }\n      ": types.SessionsUpcomingSessions3Document,
    "\n        mutation SessionsCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      ": types.SessionsCreateSessionDocument,
    "\n        mutation SessionsCreateSession2($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      ": types.SessionsCreateSession2Document,
    "\n        query SessionsSessions {\n          sessions(ageMonths: -3, first: 50) {\n            edges {\n              node {\n                title\n                minAgeMonths\n              }\n            }\n          }\n        }\n      ": types.SessionsSessionsDocument,
    "\n        query SessionsSpaces {\n          spaces(accessibility: [STEP_FREE, PRAM_SPACE]) {\n            edges {\n              node {\n                name\n                sessions {\n                  title\n                }\n                openingHours {\n                  weekday\n                  opens\n                  closes\n                }\n              }\n            }\n          }\n        }\n      ": types.SessionsSpacesDocument,
    "\n        mutation SessionsCreateSpace {\n          createSpace(\n            input: {\n              name: \"Odd Hours\"\n              kind: CAFE\n              latitude: 53.8\n              longitude: -1.75\n              openingHours: [{ weekday: 1, opens: \"17:00\", closes: \"09:00\" }]\n            }\n          ) {\n            id\n          }\n        }\n      ": types.SessionsCreateSpaceDocument,
    "\n          mutation SessionsCreateSession3($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              id\n            }\n          }\n        ": types.SessionsCreateSession3Document,
    "\n          mutation SessionsUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              id\n            }\n          }\n        ": types.SessionsUpdateSessionDocument,
    "\n  mutation SignUpNoticesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": types.SignUpNoticesSignUpDocument,
    "\n        mutation SmtpRequestPasswordReset {\n          requestPasswordReset(email: \"smtp-reset@example.test\")\n        }\n      ": types.SmtpRequestPasswordResetDocument,
    "\n        mutation SmtpResetPassword($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a password from the mail\" })\n        }\n      ": types.SmtpResetPasswordDocument,
    "\n  mutation SpaceChangesPropose($spaceId: ID!, $input: UpdateSpaceInput!, $note: String) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n      note\n      mine\n      changes {\n        name\n        postcode\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n": types.SpaceChangesProposeDocument,
    "\n  mutation SpaceChangesAccept($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n": types.SpaceChangesAcceptDocument,
    "\n  mutation SpaceChangesDecline($id: ID!, $note: String) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n": types.SpaceChangesDeclineDocument,
    "\n  query SpaceChangesProposals($spaceId: ID!, $status: SpaceChangeStatus) {\n    spaceChangeProposals(spaceId: $spaceId, status: $status) {\n      id\n      status\n      mine\n      proposer {\n        displayName\n      }\n    }\n  }\n": types.SpaceChangesProposalsDocument,
    "\n  query SpaceChangesSpace($id: ID!) {\n    space(id: $id) {\n      name\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      viewerIsSteward\n    }\n  }\n": types.SpaceChangesSpaceDocument,
    "\n  mutation SpaceChangesUpdate($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SpaceChangesUpdateDocument,
    "\n  query SpaceChangesStewards($id: ID!) {\n    space(id: $id) {\n      stewards {\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n": types.SpaceChangesStewardsDocument,
    "\n        query SpaceChangesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.SpaceChangesAuditEventsDocument,
    "\n        mutation SpaceChangesGrant($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      ": types.SpaceChangesGrantDocument,
    "\n        mutation SpaceChangesExportMyData {\n          exportMyData\n        }\n      ": types.SpaceChangesExportMyDataDocument,
    "\n        mutation SpaceChangesDeleteMyAccount($password: String!) {\n          deleteMyAccount(password: $password)\n        }\n      ": types.SpaceChangesDeleteMyAccountDocument,
    "\n  mutation SpacesUpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.SpacesUpdateSpaceDocument,
    "\n  mutation SpacesGrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": types.SpacesGrantSpaceStewardshipDocument,
    "\n  mutation SpacesRevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": types.SpacesRevokeSpaceStewardshipDocument,
    "\n        query SpacesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.SpacesAuditEventsDocument,
    "\n        query SpacesSpace($id: ID!) {\n          space(id: $id) {\n            name\n          }\n        }\n      ": types.SpacesSpaceDocument,
    "\n        mutation SpacesCreateSpace($input: CreateSpaceInput!) {\n          createSpace(input: $input) {\n            id\n          }\n        }\n      ": types.SpacesCreateSpaceDocument,
    "\n  query SuggestionsDaysSuggested {\n    suggestedSessions {\n      items(first: 10) {\n        match {\n          session {\n            title\n          }\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n": types.SuggestionsDaysSuggestedDocument,
    "\n  mutation SuggestionsDaysSet($days: [Int!]) {\n    updateMyProfile(input: { suitableWeekdays: $days }) {\n      suitableWeekdays\n    }\n  }\n": types.SuggestionsDaysSetDocument,
    "\n  query SuggestionsDaysMine {\n    me {\n      person {\n        suitableWeekdays\n      }\n    }\n  }\n": types.SuggestionsDaysMineDocument,
    "\n  query SuggestionsSuggested($first: Int) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          session {\n            id\n            title\n          }\n          fit\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n": types.SuggestionsSuggestedDocument,
    "\n  mutation SuggestionsJoin($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n    }\n  }\n": types.SuggestionsJoinDocument,
    "\n  query SuggestionsNextDate($id: ID!) {\n    session(id: $id) {\n      occurrences(count: 1, includeCancelled: false) {\n        occursOn\n      }\n    }\n  }\n": types.SuggestionsNextDateDocument,
    "\n  mutation SuggestionsGo($s: ID!, $d: String!) {\n    goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: false) {\n      status\n    }\n  }\n": types.SuggestionsGoDocument,
    "\n  mutation SuggestionsGive($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n": types.SuggestionsGiveDocument,
    "\n  mutation SuggestionsBlock($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n": types.SuggestionsBlockDocument,
    "\n      mutation SuggestionsHideTie($id: ID!) {\n        hideTie(id: $id) {\n          id\n        }\n      }\n    ": types.SuggestionsHideTieDocument,
    "\n      mutation SuggestionsUnhideTie($id: ID!) {\n        unhideTie(id: $id) {\n          id\n        }\n      }\n    ": types.SuggestionsUnhideTieDocument,
    "\n        query SuggestionsTooMany($first: Int) {\n          suggestedSessions {\n            items(first: $first) {\n              reasons {\n                kind\n              }\n            }\n          }\n        }\n      ": types.SuggestionsTooManyDocument,
    "\n        mutation AccessWorldJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      ": types.AccessWorldJoinGroupDocument,
    "\n          mutation AccessWorldGiveConsent($input: GiveConsentInput!) {\n            giveConsent(input: $input) {\n              inForce\n            }\n          }\n        ": types.AccessWorldGiveConsentDocument,
    "\n          mutation AccessWorldRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        ": types.AccessWorldRecordVettingDocument,
    "\n        mutation AccessWorldReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n        }\n      ": types.AccessWorldReportHelpPostDocument,
    "\n        query AccessWorldModerationQueue($g: ID) {\n          moderationQueue(groupId: $g) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      ": types.AccessWorldModerationQueueDocument,
    "\n        mutation AccessWorldRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n          raiseSafeguardingConcern(input: $input) {\n            id\n          }\n        }\n      ": types.AccessWorldRaiseSafeguardingConcernDocument,
    "\n      query AuditEventsAbout {\n        auditEvents(first: 50) {\n          edges {\n            node {\n              action\n              basis\n              actor {\n                id\n              }\n              subject {\n                id\n              }\n              viaGroup {\n                id\n              }\n            }\n          }\n        }\n      }\n    ": types.AuditEventsAboutDocument,
    "\n  query SupportMyDataAccessLog {\n    me {\n      dataAccessLog {\n        edges {\n          node {\n            action\n            basis\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupportMyDataAccessLogDocument,
    "\n      mutation FactoriesCreateGroup($input: CreateGroupInput!) {\n        createGroup(input: $input) {\n          id\n          name\n        }\n      }\n    ": types.FactoriesCreateGroupDocument,
    "\n      mutation FactoriesCreateSpace($input: CreateSpaceInput!) {\n        createSpace(input: $input) {\n          id\n          name\n        }\n      }\n    ": types.FactoriesCreateSpaceDocument,
    "\n      mutation FactoriesCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) {\n          id\n          title\n        }\n      }\n    ": types.FactoriesCreateSessionDocument,
    "\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    agreedByPostSide\n    agreedByResponder\n    fulfilledAt\n    cancelledAt\n    helpPost {\n      id\n      status\n    }\n    responder {\n      displayName\n    }\n  }\n": types.ExchangeFieldsFragmentDoc,
    "\n      mutation HelpExchangesCreateHelpPost($input: CreateHelpPostInput!) {\n        createHelpPost(input: $input) {\n          id\n          status\n          moderation\n        }\n      }\n    ": types.HelpExchangesCreateHelpPostDocument,
    "\n      mutation HelpExchangesRespondToHelpPost($p: ID!, $m: String!) {\n        respondToHelpPost(helpPostId: $p, message: $m) {\n          ...ExchangeFields\n        }\n      }\n    ": types.HelpExchangesRespondToHelpPostDocument,
    "\n  mutation HelpExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      moderation\n    }\n  }\n": types.HelpExchangesSendExchangeMessageDocument,
    "\n    mutation HelpExchangesAgreeToExchange($e: ID!) {\n      agreeToExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  ": types.HelpExchangesAgreeToExchangeDocument,
    "\n    mutation HelpExchangesMarkExchangeFulfilled($e: ID!) {\n      markExchangeFulfilled(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  ": types.HelpExchangesMarkExchangeFulfilledDocument,
    "\n    mutation HelpExchangesCancelExchange($e: ID!) {\n      cancelExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  ": types.HelpExchangesCancelExchangeDocument,
    "\n        query HelpExchangesHelpPost($id: ID!) {\n          helpPost(id: $id) {\n            status\n          }\n        }\n      ": types.HelpExchangesHelpPostDocument,
    "\n          query MatrixAnalyticsLatest {\n            socialGraphAnalysis {\n              status\n              peopleCount\n              town {\n                people\n                shareWithoutActiveTie\n                shareOfHouseholdsIsolated\n              }\n              areas {\n                areaCell\n                people\n              }\n              households {\n                households\n                isolated\n                factors {\n                  factor\n                  households\n                }\n              }\n            }\n          }\n        ": types.MatrixAnalyticsLatestDocument,
    "\n          query MatrixAnalyticsHistory {\n            socialGraphAnalyses(first: 5) {\n              id\n              status\n              trigger\n            }\n          }\n        ": types.MatrixAnalyticsHistoryDocument,
    "\n          mutation MatrixAnalyticsStart {\n            startSocialGraphAnalysis {\n              status\n              trigger\n              percent\n            }\n          }\n        ": types.MatrixAnalyticsStartDocument,
    "\n  subscription MatrixAnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      status\n      percent\n    }\n  }\n": types.MatrixAnalyticsChangedDocument,
    "\n              query MatrixCheckInSessionRegister($s: ID!, $d: String!) {\n                sessionRegister(sessionId: $s, occursOn: $d) {\n                  sessionTitle\n                  people {\n                    displayName\n                    attended\n                  }\n                  unnamedGoing\n                  guests\n                }\n              }\n            ": types.MatrixCheckInSessionRegisterDocument,
    "\n            query MatrixCheckInRegisterDates($s: ID!) {\n              registerDates(sessionId: $s) {\n                occursOn\n              }\n            }\n          ": types.MatrixCheckInRegisterDatesDocument,
    "\n            mutation MatrixCheckInMarkAttended($s: ID!, $d: String!, $p: ID!) {\n              markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: true) {\n                people {\n                  displayName\n                  attended\n                }\n              }\n            }\n          ": types.MatrixCheckInMarkAttendedDocument,
    "\n            mutation MatrixCheckInSetHeadcount($s: ID!, $d: String!) {\n              setHeadcount(sessionId: $s, occursOn: $d, guests: 3) {\n                guests\n              }\n            }\n          ": types.MatrixCheckInSetHeadcountDocument,
    "\n            mutation MatrixCheckInOpenCheckIn($s: ID!, $d: String!) {\n              openCheckIn(sessionId: $s, occursOn: $d) {\n                code\n              }\n            }\n          ": types.MatrixCheckInOpenCheckInDocument,
    "\n            mutation MatrixCheckInDeleteMyAttendance($id: ID!) {\n              deleteMyAttendance(id: $id)\n            }\n          ": types.MatrixCheckInDeleteMyAttendanceDocument,
    "\n        query MatrixGoingNextDates($id: ID!) {\n          session(id: $id) {\n            occurrences(count: 1, includeCancelled: false) {\n              occursOn\n            }\n          }\n        }\n      ": types.MatrixGoingNextDatesDocument,
    "\n        mutation MatrixGoingGoToSession($s: ID!, $d: String!) {\n          goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: true) {\n            status\n          }\n        }\n      ": types.MatrixGoingGoToSessionDocument,
    "\n          query MatrixGoingSessionAttendees($s: ID!, $d: String!) {\n            sessionAttendees(sessionId: $s, occursOn: $d) {\n              goingCount\n              named {\n                displayName\n                status\n              }\n            }\n          }\n        ": types.MatrixGoingSessionAttendeesDocument,
    "\n  mutation MatrixGroupsInviteCoOrganiser($g: ID!) {\n    inviteCoOrganiser(groupId: $g) {\n      token\n      invitation {\n        id\n      }\n    }\n  }\n": types.MatrixGroupsInviteCoOrganiserDocument,
    "\n        mutation MatrixGroupsArchiveGroup($id: ID!) {\n          archiveGroup(id: $id) {\n            id\n          }\n        }\n      ": types.MatrixGroupsArchiveGroupDocument,
    "\n        mutation MatrixGroupsAcceptInvitation($t: String!) {\n          acceptCoOrganiserInvitation(token: $t) {\n            role\n          }\n        }\n      ": types.MatrixGroupsAcceptInvitationDocument,
    "\n        query MatrixGroupsOrganisers($id: ID!) {\n          group(id: $id) {\n            name\n            organisers {\n              displayName\n            }\n          }\n        }\n      ": types.MatrixGroupsOrganisersDocument,
    "\n        query MatrixGroupsOpenInvitations($id: ID!) {\n          group(id: $id) {\n            name\n            openInvitations {\n              expiresAt\n            }\n          }\n        }\n      ": types.MatrixGroupsOpenInvitationsDocument,
    "\n            mutation MatrixGroupsArchive($id: ID!) {\n              archiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          ": types.MatrixGroupsArchiveDocument,
    "\n            mutation MatrixGroupsUnarchive($id: ID!) {\n              unarchiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          ": types.MatrixGroupsUnarchiveDocument,
    "\n            mutation MatrixGroupsInvite($g: ID!) {\n              inviteCoOrganiser(groupId: $g) {\n                invitation {\n                  expiresAt\n                }\n              }\n            }\n          ": types.MatrixGroupsInviteDocument,
    "\n            mutation MatrixGroupsRevoke($id: ID!) {\n              revokeCoOrganiserInvitation(id: $id)\n            }\n          ": types.MatrixGroupsRevokeDocument,
    "\n            mutation MatrixGroupsRemoveOrganiser($g: ID!, $p: ID!) {\n              removeOrganiser(groupId: $g, personId: $p)\n            }\n          ": types.MatrixGroupsRemoveOrganiserDocument,
    "\n  mutation MatrixPartnersProposeSpaceChange($s: ID!, $postcode: String!) {\n    proposeSpaceChange(spaceId: $s, input: { postcode: $postcode }) {\n      id\n    }\n  }\n": types.MatrixPartnersProposeSpaceChangeDocument,
    "\n  mutation MatrixPartnersProposePartnership($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n    }\n  }\n": types.MatrixPartnersProposePartnershipDocument,
    "\n  mutation MatrixPartnersAcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      status\n    }\n  }\n": types.MatrixPartnersAcceptPartnershipDocument,
    "\n          query MatrixPartnersSpaceStewards($id: ID!) {\n            space(id: $id) {\n              name\n              stewards {\n                person {\n                  displayName\n                }\n              }\n            }\n          }\n        ": types.MatrixPartnersSpaceStewardsDocument,
    "\n          query MatrixPartnersStewardCandidates($id: ID!) {\n            space(id: $id) {\n              name\n              stewardCandidates {\n                displayName\n              }\n            }\n          }\n        ": types.MatrixPartnersStewardCandidatesDocument,
    "\n          query MatrixPartnersPendingPartnerships($id: ID!) {\n            group(id: $id) {\n              name\n              pendingPartnerships {\n                status\n                fromGroup {\n                  name\n                }\n              }\n            }\n          }\n        ": types.MatrixPartnersPendingPartnershipsDocument,
    "\n          query MatrixPartnersPartnershipNote($id: ID!) {\n            group(id: $id) {\n              partnerships {\n                fromGroup {\n                  name\n                }\n                note\n              }\n            }\n          }\n        ": types.MatrixPartnersPartnershipNoteDocument,
    "\n          mutation MatrixPartnersProposeSpaceChange2($s: ID!, $note: String!) {\n            proposeSpaceChange(\n              spaceId: $s\n              input: { name: \"Partner Hall (rear door)\" }\n              note: $note\n            ) {\n              status\n              note\n            }\n          }\n        ": types.MatrixPartnersProposeSpaceChange2Document,
    "\n          mutation MatrixPartnersAcceptSpaceChange($id: ID!) {\n            acceptSpaceChange(id: $id) {\n              status\n            }\n          }\n        ": types.MatrixPartnersAcceptSpaceChangeDocument,
    "\n          mutation MatrixPartnersDeclineSpaceChange($id: ID!) {\n            declineSpaceChange(id: $id, note: \"Not now\") {\n              status\n              decisionNote\n            }\n          }\n        ": types.MatrixPartnersDeclineSpaceChangeDocument,
    "\n          mutation MatrixPartnersProposePartnership2($from: ID!, $to: ID!) {\n            proposePartnership(fromGroupId: $from, toGroupId: $to) {\n              status\n              toGroup {\n                name\n              }\n            }\n          }\n        ": types.MatrixPartnersProposePartnership2Document,
    "\n          mutation MatrixPartnersAcceptPartnership2($id: ID!) {\n            acceptPartnership(id: $id) {\n              status\n            }\n          }\n        ": types.MatrixPartnersAcceptPartnership2Document,
    "\n          mutation MatrixPartnersDeclinePartnership($id: ID!) {\n            declinePartnership(id: $id) {\n              status\n            }\n          }\n        ": types.MatrixPartnersDeclinePartnershipDocument,
    "\n          mutation MatrixPartnersEndPartnership($id: ID!) {\n            endPartnership(id: $id) {\n              status\n            }\n          }\n        ": types.MatrixPartnersEndPartnershipDocument,
    "\n      mutation MatrixPublishCancelToRestore($s: ID!) {\n        cancelSessionDate(sessionId: $s, occursOn: \"2027-01-19\", reason: \"Snow\") {\n          cancelled\n        }\n      }\n    ": types.MatrixPublishCancelToRestoreDocument,
    "\n          mutation MatrixPublishDeleteSession($id: ID!) {\n            deleteSession(id: $id)\n          }\n        ": types.MatrixPublishDeleteSessionDocument,
    "\n          mutation MatrixPublishCancelSessionDate($s: ID!) {\n            cancelSessionDate(sessionId: $s, occursOn: \"2027-02-02\", reason: \"Half term\") {\n              occursOn\n              cancelled\n              cancellationReason\n            }\n          }\n        ": types.MatrixPublishCancelSessionDateDocument,
    "\n          mutation MatrixPublishRestoreSessionDate($s: ID!) {\n            restoreSessionDate(sessionId: $s, occursOn: \"2027-01-19\") {\n              occursOn\n              cancelled\n            }\n          }\n        ": types.MatrixPublishRestoreSessionDateDocument,
    "\n          mutation MatrixPublishMoveSessionDate($s: ID!) {\n            moveSessionDate(\n              sessionId: $s\n              occursOn: \"2027-01-19\"\n              toDate: \"2027-01-20\"\n              toTime: \"10:00\"\n            ) {\n              occursOn\n              startsAt\n            }\n          }\n        ": types.MatrixPublishMoveSessionDateDocument,
    "\n          mutation MatrixPublishChangeSessionTimeFrom($s: ID!) {\n            changeSessionTimeFrom(sessionId: $s, fromDate: \"2027-01-05\", startTime: \"11:00\") {\n              startTime\n            }\n          }\n        ": types.MatrixPublishChangeSessionTimeFromDocument,
    "\n            mutation MatrixTiesHideTie($id: ID!) {\n              hideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          ": types.MatrixTiesHideTieDocument,
    "\n            mutation MatrixTiesUnhideTie($id: ID!) {\n              unhideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          ": types.MatrixTiesUnhideTieDocument,
    "\n            mutation MatrixTiesRemoveTie($id: ID!) {\n              removeTie(id: $id)\n            }\n          ": types.MatrixTiesRemoveTieDocument,
    "\n  mutation TestApiSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n": types.TestApiSignInDocument,
    "\n  mutation TestApiSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n": types.TestApiSignUpDocument,
    "\n  query TiesMyTies($hidden: Boolean, $first: Int, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          provenance\n          strength\n          weight\n          fades\n          active\n          hidden\n          evidenceCount\n          reasons {\n            kind\n            count\n            sessionTitle\n            groupName\n            lastOn\n          }\n          other {\n            __typename\n            ... on Person {\n              id\n              displayName\n            }\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TiesMyTiesDocument,
    "\n  mutation TiesMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      total\n    }\n  }\n": types.TiesMarkAttendedDocument,
    "\n  mutation TiesOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n    }\n  }\n": types.TiesOpenCheckInDocument,
    "\n  mutation TiesCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n    }\n  }\n": types.TiesCheckInDocument,
    "\n  mutation TiesHideTie($id: ID!) {\n    hideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n": types.TiesHideTieDocument,
    "\n  mutation TiesUnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n": types.TiesUnhideTieDocument,
    "\n  mutation TiesRemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n": types.TiesRemoveTieDocument,
    "\n  mutation TiesJoinGroup($g: ID!) {\n    joinGroup(groupId: $g) {\n      role\n    }\n  }\n": types.TiesJoinGroupDocument,
    "\n  mutation TiesLeaveGroup($g: ID!) {\n    leaveGroup(groupId: $g)\n  }\n": types.TiesLeaveGroupDocument,
    "\n  mutation TiesBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n": types.TiesBlockPersonDocument,
    "\n  query TiesMyAttendance {\n    myAttendance(first: 5) {\n      edges {\n        node {\n          id\n          occursOn\n        }\n      }\n    }\n  }\n": types.TiesMyAttendanceDocument,
    "\n  mutation TiesDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n": types.TiesDeleteMyAttendanceDocument,
    "\n  mutation TiesExportMyData {\n    exportMyData\n  }\n": types.TiesExportMyDataDocument,
    "\n  mutation TiesDeleteMyAccount($p: String!) {\n    deleteMyAccount(password: $p)\n  }\n": types.TiesDeleteMyAccountDocument,
    "\n        query TownMe {\n          me {\n            workerFor {\n              inDate\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      ": types.TownMeDocument,
    "\n        query TownCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n                lifeStage {\n                  childAgesMonths\n                }\n              }\n            }\n          }\n        }\n      ": types.TownCaseloadDocument,
    "\n          query TownMe2 {\n            me {\n              person {\n                id\n              }\n            }\n          }\n        ": types.TownMe2Document,
    "\n          query TownMe3 {\n            me {\n              roles\n            }\n          }\n        ": types.TownMe3Document,
    "\n        query TownGroups {\n          groups(first: 10) {\n            edges {\n              node {\n                name\n                kind\n                memberCount\n                sessions {\n                  title\n                  nextOccurrences(count: 2)\n                  space {\n                    name\n                    latitude\n                  }\n                }\n              }\n            }\n          }\n          helpPosts(first: 5) {\n            edges {\n              node {\n                title\n                category\n                areaCell\n              }\n            }\n          }\n          upcomingSessions(days: 7, first: 10) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      ": types.TownGroupsDocument,
    "\n  subscription WebsocketLimitsHelpPostsNear($cells: [String!], $since: String) {\n    helpPostsNear(areaCells: $cells, since: $since) {\n      helpPost {\n        title\n      }\n    }\n  }\n": types.WebsocketLimitsHelpPostsNearDocument,
    "\n          query WebsocketLimitsLiveCursor {\n            liveCursor\n          }\n        ": types.WebsocketLimitsLiveCursorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixLiveLiveCursor {\n          liveCursor\n        }\n      "): (typeof documents)["\n        query AccessMatrixLiveLiveCursor {\n          liveCursor\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription AccessMatrixLiveExchangeMessageAdded($e: ID!, $since: String) {\n            exchangeMessageAdded(exchangeId: $e, since: $since) {\n              message {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          subscription AccessMatrixLiveExchangeMessageAdded($e: ID!, $since: String) {\n            exchangeMessageAdded(exchangeId: $e, since: $since) {\n              message {\n                body\n                author {\n                  displayName\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription AccessMatrixLiveExchangeUpdated($e: ID!, $since: String) {\n            exchangeUpdated(exchangeId: $e, since: $since) {\n              exchange {\n                status\n                agreedByPostSide\n                agreedByResponder\n              }\n            }\n          }\n        "): (typeof documents)["\n          subscription AccessMatrixLiveExchangeUpdated($e: ID!, $since: String) {\n            exchangeUpdated(exchangeId: $e, since: $since) {\n              exchange {\n                status\n                agreedByPostSide\n                agreedByResponder\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription AccessMatrixLivePersonUpdatedCase($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        "): (typeof documents)["\n          subscription AccessMatrixLivePersonUpdatedCase($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixLiveUpdateMyProfile {\n            updateMyProfile(input: { languages: [\"ur\", \"en\"] }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixLiveUpdateMyProfile {\n            updateMyProfile(input: { languages: [\"ur\", \"en\"] }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription AccessMatrixLiveSafeguardingConcernRaised {\n            safeguardingConcernRaised {\n              concern\n              aboutPerson {\n                displayName\n              }\n            }\n          }\n        "): (typeof documents)["\n          subscription AccessMatrixLiveSafeguardingConcernRaised {\n            safeguardingConcernRaised {\n              concern\n              aboutPerson {\n                displayName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixLiveRaiseSafeguardingConcern(\n            $input: RaiseSafeguardingConcernInput!\n          ) {\n            raiseSafeguardingConcern(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixLiveRaiseSafeguardingConcern(\n            $input: RaiseSafeguardingConcernInput!\n          ) {\n            raiseSafeguardingConcern(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription AccessMatrixLivePersonUpdated($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n            }\n          }\n        "): (typeof documents)["\n          subscription AccessMatrixLivePersonUpdated($id: ID!) {\n            personUpdated(id: $id) {\n              displayName\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixLiveUpdateMyProfile2 {\n            updateMyProfile(input: { languages: [\"ur\"] }) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixLiveUpdateMyProfile2 {\n            updateMyProfile(input: { languages: [\"ur\"] }) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixLiveMe {\n            me {\n              consents {\n                id\n                kind\n                inForce\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixLiveMe {\n            me {\n              consents {\n                id\n                kind\n                inForce\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixLiveWithdrawConsent($id: ID!) {\n            withdrawConsent(id: $id) {\n              inForce\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixLiveWithdrawConsent($id: ID!) {\n            withdrawConsent(id: $id) {\n              inForce\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixLivePerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query AccessMatrixLivePerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixLiveCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessMatrixLiveCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesReportHelpPost($p: ID!) {\n            reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesReportHelpPost($p: ID!) {\n            reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixWritesModerationQueue($g: ID) {\n          moderationQueue(groupId: $g, first: 50) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n                helpPost {\n                  title\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessMatrixWritesModerationQueue($g: ID) {\n          moderationQueue(groupId: $g, first: 50) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n                helpPost {\n                  title\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessMatrixWritesGrantSpaceStewardship($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      "): (typeof documents)["\n        mutation AccessMatrixWritesGrantSpaceStewardship($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessMatrixWritesReleaseModerationItem($id: ID!) {\n      releaseModerationItem(id: $id) {\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessMatrixWritesReleaseModerationItem($id: ID!) {\n      releaseModerationItem(id: $id) {\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessMatrixWritesRemoveModerationItem($id: ID!) {\n      removeModerationItem(id: $id, note: \"Against the rules\") {\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessMatrixWritesRemoveModerationItem($id: ID!) {\n      removeModerationItem(id: $id, note: \"Against the rules\") {\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccessMatrixWritesDismissReport($id: ID!) {\n      dismissReport(id: $id) {\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation AccessMatrixWritesDismissReport($id: ID!) {\n      dismissReport(id: $id) {\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesGiveExchangeFeedback($e: ID!) {\n            giveExchangeFeedback(\n              exchangeId: $e\n              feltWelcome: true\n              feltListenedTo: true\n              wouldMeetAgain: true\n            )\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesGiveExchangeFeedback($e: ID!) {\n            giveExchangeFeedback(\n              exchangeId: $e\n              feltWelcome: true\n              feltListenedTo: true\n              wouldMeetAgain: true\n            )\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesThankForExchange($e: ID!, $m: String!) {\n            thankForExchange(exchangeId: $e, message: $m) {\n              message\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesThankForExchange($e: ID!, $m: String!) {\n            thankForExchange(exchangeId: $e, message: $m) {\n              message\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesSendExchangeMessage($e: ID!, $b: String!) {\n            sendExchangeMessage(exchangeId: $e, body: $b) {\n              body\n              mine\n              moderation\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesSendExchangeMessage($e: ID!, $b: String!) {\n            sendExchangeMessage(exchangeId: $e, body: $b) {\n              body\n              mine\n              moderation\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              title\n              authorGroup {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              title\n              authorGroup {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesUpdateHelpPost($id: ID!) {\n            updateHelpPost(id: $id, input: { title: \"Lift to the clinic on Friday\" }) {\n              title\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesUpdateHelpPost($id: ID!) {\n            updateHelpPost(id: $id, input: { title: \"Lift to the clinic on Friday\" }) {\n              title\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              title\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              title\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesUpdateGroup($id: ID!) {\n            updateGroup(id: $id, input: { description: \"Songs and toys on Tuesdays\" }) {\n              name\n              description\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesUpdateGroup($id: ID!) {\n            updateGroup(id: $id, input: { description: \"Songs and toys on Tuesdays\" }) {\n              name\n              description\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesCreateSession($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              title\n              group {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesCreateSession($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              title\n              group {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesUpdateSession($id: ID!) {\n            updateSession(id: $id, input: { title: \"Stay and Play (moved)\" }) {\n              title\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesUpdateSession($id: ID!) {\n            updateSession(id: $id, input: { title: \"Stay and Play (moved)\" }) {\n              title\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesCreateSpace($input: CreateSpaceInput!) {\n            createSpace(input: $input) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesCreateSpace($input: CreateSpaceInput!) {\n            createSpace(input: $input) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesUpdateSpace($id: ID!, $name: String!) {\n            updateSpace(id: $id, input: { name: $name }) {\n              name\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesUpdateSpace($id: ID!, $name: String!) {\n            updateSpace(id: $id, input: { name: $name }) {\n              name\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesGrantSpaceStewardship2($s: ID!, $p: ID!) {\n            grantSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesGrantSpaceStewardship2($s: ID!, $p: ID!) {\n            grantSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesRevokeSpaceStewardship($s: ID!, $p: ID!) {\n            revokeSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesRevokeSpaceStewardship($s: ID!, $p: ID!) {\n            revokeSpaceStewardship(spaceId: $s, personId: $p)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesGrantRole($id: ID!) {\n            grantRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesGrantRole($id: ID!) {\n            grantRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesRevokeRole($id: ID!) {\n            revokeRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesRevokeRole($id: ID!) {\n            revokeRole(personId: $id, role: SAFEGUARDING_LEAD)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesImportOpenReferral($json: String!) {\n            importOpenReferral(json: $json) {\n              organizations {\n                total\n                created\n              }\n              errors {\n                message\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesImportOpenReferral($json: String!) {\n            importOpenReferral(json: $json) {\n              organizations {\n                total\n                created\n              }\n              errors {\n                message\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesRecordVetting2($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              checkType\n              inDate\n              person {\n                displayName\n              }\n              organisation {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesRecordVetting2($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              checkType\n              inDate\n              person {\n                displayName\n              }\n              organisation {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesRevokeVetting($id: ID!) {\n            revokeVetting(id: $id) {\n              id\n              inDate\n              revokedAt\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesRevokeVetting($id: ID!) {\n            revokeVetting(id: $id) {\n              id\n              inDate\n              revokedAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessMatrixWritesUpdateSafeguardingConcern($id: ID!) {\n            updateSafeguardingConcern(\n              id: $id\n              status: IN_PROGRESS\n              leadNotes: \"Called the health visitor\"\n            ) {\n              status\n              leadNotes\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessMatrixWritesUpdateSafeguardingConcern($id: ID!) {\n            updateSafeguardingConcern(\n              id: $id\n              status: IN_PROGRESS\n              leadNotes: \"Called the health visitor\"\n            ) {\n              status\n              leadNotes\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeConsents {\n        me {\n          consents {\n            kind\n            inForce\n            purpose\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeConsents {\n        me {\n          consents {\n            kind\n            inForce\n            purpose\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeEmail {\n        me {\n          email\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeEmail {\n        me {\n          email\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeHasCalendarFeed {\n        me {\n          hasCalendarFeed\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeHasCalendarFeed {\n        me {\n          hasCalendarFeed\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeOrganising {\n        me {\n          organising {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeOrganising {\n        me {\n          organising {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMePerson {\n        me {\n          person {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMePerson {\n        me {\n          person {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeRoles {\n        me {\n          roles\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeRoles {\n        me {\n          roles\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeSavedSearches {\n        me {\n          savedSearches {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeSavedSearches {\n        me {\n          savedSearches {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeSavedSessions {\n        me {\n          savedSessions {\n            title\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeSavedSessions {\n        me {\n          savedSessions {\n            title\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeSessions {\n        me {\n          sessions {\n            current\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeSessions {\n        me {\n          sessions {\n            current\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixMeWorkerFor {\n        me {\n          workerFor {\n            inDate\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixMeWorkerFor {\n        me {\n          workerFor {\n            inDate\n            organisation {\n              name\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonAreaCell($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            areaCell\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonAreaCell($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            areaCell\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonCanOffer($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            canOffer\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonCanOffer($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            canOffer\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonHelpGiven($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpGiven\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonHelpGiven($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpGiven\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonHelpReceived($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpReceived\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonHelpReceived($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            helpReceived\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonLanguages($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            languages\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonLanguages($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            languages\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonLifeStage($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            lifeStage {\n              expecting\n              dueMonth\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonLifeStage($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            lifeStage {\n              expecting\n              dueMonth\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonMemberships($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            memberships {\n              role\n              group {\n                name\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonMemberships($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            memberships {\n              role\n              group {\n                name\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonSuitableWeekdays($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            suitableWeekdays\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonSuitableWeekdays($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            suitableWeekdays\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AccessMatrixPersonWouldLike($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            wouldLike\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AccessMatrixPersonWouldLike($id: ID!) {\n        helpPost(id: $id) {\n          authorPerson {\n            displayName\n            wouldLike\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixGroup($id: ID!) {\n            group(id: $id) {\n              name\n              helpGiven\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixGroup($id: ID!) {\n            group(id: $id) {\n              name\n              helpGiven\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixGroup2($id: ID!) {\n            group(id: $id) {\n              name\n              helpReceived\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixGroup2($id: ID!) {\n            group(id: $id) {\n              name\n              helpReceived\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixAuditEvents($id: ID) {\n            auditEvents(subjectPersonId: $id) {\n              edges {\n                node {\n                  action\n                  basis\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixAuditEvents($id: ID) {\n            auditEvents(subjectPersonId: $id) {\n              edges {\n                node {\n                  action\n                  basis\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixCaseload($id: ID!) {\n            caseload(organisationId: $id) {\n              edges {\n                node {\n                  displayName\n                  languages\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixCaseload($id: ID!) {\n            caseload(organisationId: $id) {\n              edges {\n                node {\n                  displayName\n                  languages\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n              helpPost {\n                title\n              }\n              responder {\n                displayName\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n              helpPost {\n                title\n              }\n              responder {\n                displayName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixExchangeFeedbackSummary($g: ID) {\n            exchangeFeedbackSummary(groupId: $g) {\n              responses\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixExchangeFeedbackSummary($g: ID) {\n            exchangeFeedbackSummary(groupId: $g) {\n              responses\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixExchangeMessages($id: ID!) {\n            exchangeMessages(exchangeId: $id) {\n              edges {\n                node {\n                  body\n                  author {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixExchangeMessages($id: ID!) {\n            exchangeMessages(exchangeId: $id) {\n              edges {\n                node {\n                  body\n                  author {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  status\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixGroupMembers($g: ID!) {\n            groupMembers(groupId: $g) {\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixGroupMembers($g: ID!) {\n            groupMembers(groupId: $g) {\n              edges {\n                node {\n                  displayName\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixHelpPostMatches($id: ID!) {\n            helpPostMatches(id: $id) {\n              post {\n                title\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixHelpPostMatches($id: ID!) {\n            helpPostMatches(id: $id) {\n              post {\n                title\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixModerationQueue($g: ID) {\n            moderationQueue(groupId: $g) {\n              edges {\n                node {\n                  id\n                  state\n                  helpPost {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixModerationQueue($g: ID) {\n            moderationQueue(groupId: $g) {\n              edges {\n                node {\n                  id\n                  state\n                  helpPost {\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixPerson2($id: ID!) {\n            person(id: $id, purpose: \"Checking in after a referral\") {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixPerson2($id: ID!) {\n            person(id: $id, purpose: \"Checking in after a referral\") {\n              displayName\n              languages\n              canOffer\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixSafeguardingConcerns {\n            safeguardingConcerns {\n              edges {\n                node {\n                  id\n                  concern\n                  status\n                  aboutPerson {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixSafeguardingConcerns {\n            safeguardingConcerns {\n              edges {\n                node {\n                  id\n                  concern\n                  status\n                  aboutPerson {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixTies($id: ID!) {\n            ties(personId: $id, purpose: \"Concern raised by a health visitor\") {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixTies($id: ID!) {\n            ties(personId: $id, purpose: \"Concern raised by a health visitor\") {\n              edges {\n                node {\n                  kind\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query AccessMatrixVettings($id: ID!) {\n            vettings(organisationId: $id) {\n              id\n              checkType\n              inDate\n              person {\n                displayName\n              }\n            }\n          }\n        "): (typeof documents)["\n          query AccessMatrixVettings($id: ID!) {\n            vettings(organisationId: $id) {\n              id\n              checkType\n              inDate\n              person {\n                displayName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixPerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query AccessMatrixPerson($id: ID!) {\n          person(id: $id) {\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessMatrixMe {\n          me {\n            dataAccessLog(first: 50) {\n              edges {\n                node {\n                  action\n                  basis\n                  purpose\n                  actor {\n                    displayName\n                  }\n                  viaGroup {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessMatrixMe {\n          me {\n            dataAccessLog(first: 50) {\n              edges {\n                node {\n                  action\n                  basis\n                  purpose\n                  actor {\n                    displayName\n                  }\n                  viaGroup {\n                    name\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnalyticsStart {\n    startSocialGraphAnalysis {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AnalyticsStart {\n    startSocialGraphAnalysis {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      id\n      status\n      phase\n      percent\n      phaseDone\n      phaseTotal\n    }\n  }\n"): (typeof documents)["\n  subscription AnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      id\n      status\n      phase\n      percent\n      phaseDone\n      phaseTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsLatest($id: ID) {\n    socialGraphAnalysis(id: $id) {\n      id\n      status\n      peopleCount\n      tieCount\n      communities\n      modularity\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n        people\n      }\n      households {\n        households\n        isolated\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsLatest($id: ID) {\n    socialGraphAnalysis(id: $id) {\n      id\n      status\n      peopleCount\n      tieCount\n      communities\n      modularity\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n        people\n      }\n      households {\n        households\n        isolated\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsMine {\n    myConnectedness {\n      activeTies\n      bondingTies\n      bridgingTies\n      linkingTies\n      groups\n      helpGiven\n      helpReceived\n      egoOneHop\n      egoTwoHop\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsMine {\n    myConnectedness {\n      activeTies\n      bondingTies\n      bridgingTies\n      linkingTies\n      groups\n      helpGiven\n      helpReceived\n      egoOneHop\n      egoTwoHop\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AnalyticsErase($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation AnalyticsErase($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query BackupRestoreSessionSearch {\n            sessionSearch(point: { latitude: 53.7901, longitude: -1.7501 }, withinMetres: 1000) {\n              edges {\n                node {\n                  session {\n                    id\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query BackupRestoreSessionSearch {\n            sessionSearch(point: { latitude: 53.7901, longitude: -1.7501 }, withinMetres: 1000) {\n              edges {\n                node {\n                  session {\n                    id\n                    title\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BatchingGroups {\n        groups(first: 50) {\n          edges {\n            node {\n              name\n              memberCount\n              sessions {\n                title\n                space {\n                  name\n                }\n                group {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query BatchingGroups {\n        groups(first: 50) {\n          edges {\n            node {\n              name\n              memberCount\n              sessions {\n                title\n                space {\n                  name\n                }\n                group {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BatchingSessionSearch {\n        sessionSearch(\n          point: { latitude: 53.7946, longitude: -1.7564 }\n          childAgeMonths: 8\n          first: 20\n        ) {\n          edges {\n            node {\n              distanceMetres\n              session {\n                title\n                group {\n                  name\n                  kind\n                }\n                space {\n                  name\n                  accessibility\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query BatchingSessionSearch {\n        sessionSearch(\n          point: { latitude: 53.7946, longitude: -1.7564 }\n          childAgeMonths: 8\n          first: 20\n        ) {\n          edges {\n            node {\n              distanceMetres\n              session {\n                title\n                group {\n                  name\n                  kind\n                }\n                space {\n                  name\n                  accessibility\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CalendarsGroup($id: ID!, $session: ID!) {\n          group(id: $id) {\n            id\n            slug\n            icalUrl\n          }\n          session(id: $session) {\n            id\n            icalUrl\n          }\n        }\n      "): (typeof documents)["\n        query CalendarsGroup($id: ID!, $session: ID!) {\n          group(id: $id) {\n            id\n            slug\n            icalUrl\n          }\n          session(id: $session) {\n            id\n            icalUrl\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CalendarsGroup2($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      "): (typeof documents)["\n        query CalendarsGroup2($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CalendarsGroup3($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      "): (typeof documents)["\n        query CalendarsGroup3($id: ID!) {\n          group(id: $id) {\n            icalUrl\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CanonicalIdsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            role\n            group {\n              id\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation CanonicalIdsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            role\n            group {\n              id\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CanonicalIdsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "): (typeof documents)["\n        mutation CanonicalIdsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CanonicalIdsBlockPerson2($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "): (typeof documents)["\n        mutation CanonicalIdsBlockPerson2($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CatchUpExchangeMessageAdded($e: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $e, since: $since) {\n      cursor\n      message {\n        body\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CatchUpExchangeMessageAdded($e: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $e, since: $since) {\n      cursor\n      message {\n        body\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CatchUpExchangeUpdated($e: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $e, since: $since) {\n      cursor\n      exchange {\n        status\n        agreedByPostSide\n        agreedByResponder\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CatchUpExchangeUpdated($e: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $e, since: $since) {\n      cursor\n      exchange {\n        status\n        agreedByPostSide\n        agreedByResponder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CatchUpHelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        id\n        helpPost {\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CatchUpHelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        id\n        helpPost {\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CatchUpHelpPostStatusChanged($c: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $c, since: $since) {\n      cursor\n      helpPost {\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CatchUpHelpPostStatusChanged($c: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $c, since: $since) {\n      cursor\n      helpPost {\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CatchUpHelpPostsNear($cells: [String!]) {\n    helpPostsNear(areaCells: $cells) {\n      helpPost {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CatchUpHelpPostsNear($cells: [String!]) {\n    helpPostsNear(areaCells: $cells) {\n      helpPost {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatchUpBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n"): (typeof documents)["\n  mutation CatchUpBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatchUpReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CatchUpReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatchUpModerationQueue($g: ID) {\n    moderationQueue(groupId: $g, first: 50) {\n      edges {\n        node {\n          id\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatchUpModerationQueue($g: ID) {\n    moderationQueue(groupId: $g, first: 50) {\n      edges {\n        node {\n          id\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatchUpLiveCursor {\n          liveCursor\n        }\n      "): (typeof documents)["\n        query CatchUpLiveCursor {\n          liveCursor\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CatchUpExchangeMessages($e: ID!) {\n          exchangeMessages(exchangeId: $e, first: 20) {\n            edges {\n              node {\n                body\n              }\n            }\n          }\n          liveCursor\n        }\n      "): (typeof documents)["\n        query CatchUpExchangeMessages($e: ID!) {\n          exchangeMessages(exchangeId: $e, first: 20) {\n            edges {\n              node {\n                body\n              }\n            }\n          }\n          liveCursor\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CatchUpJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpLeaveGroup($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      "): (typeof documents)["\n        mutation CatchUpLeaveGroup($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpLeaveGroup2($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      "): (typeof documents)["\n        mutation CatchUpLeaveGroup2($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpJoinGroup2($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CatchUpJoinGroup2($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpLeaveGroup3($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      "): (typeof documents)["\n        mutation CatchUpLeaveGroup3($g: ID!) {\n          leaveGroup(groupId: $g)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CatchUpWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CatchUpWithdrawHelpPost2($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation CatchUpWithdrawHelpPost2($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInRegister($s: ID!, $d: String!) {\n    sessionRegister(sessionId: $s, occursOn: $d) {\n      id\n      sessionTitle\n      occursOn\n      editable\n      people {\n        personId\n        displayName\n        waiting\n        attended\n        recordedHow\n      }\n      unnamedGoing\n      unnamedCheckedIn\n      guests\n      total\n      checkInCode {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInRegister($s: ID!, $d: String!) {\n    sessionRegister(sessionId: $s, occursOn: $d) {\n      id\n      sessionTitle\n      occursOn\n      editable\n      people {\n        personId\n        displayName\n        waiting\n        attended\n        recordedHow\n      }\n      unnamedGoing\n      unnamedCheckedIn\n      guests\n      total\n      checkInCode {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      people {\n        displayName\n        attended\n        recordedHow\n      }\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      people {\n        displayName\n        attended\n        recordedHow\n      }\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInSetHeadcount($s: ID!, $d: String!, $g: Int!) {\n    setHeadcount(sessionId: $s, occursOn: $d, guests: $g) {\n      guests\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInSetHeadcount($s: ID!, $d: String!, $g: Int!) {\n    setHeadcount(sessionId: $s, occursOn: $d, guests: $g) {\n      guests\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n      occursOn\n      recordedHow\n      session {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n      occursOn\n      recordedHow\n      session {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInMyAttendance($first: Int, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInMyAttendance($first: Int, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n"): (typeof documents)["\n  mutation CheckInDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CheckInRegisterDates($s: ID!) {\n          registerDates(sessionId: $s) {\n            occursOn\n          }\n        }\n      "): (typeof documents)["\n        query CheckInRegisterDates($s: ID!) {\n          registerDates(sessionId: $s) {\n            occursOn\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CheckInExportMyData {\n          exportMyData\n        }\n      "): (typeof documents)["\n        mutation CheckInExportMyData {\n          exportMyData\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation CheckInDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation CheckInDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CliListed {\n    groups {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    me {\n      person {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CliListed {\n    groups {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    me {\n      person {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CliSignUp {\n                signUp(\n                  input: {\n                    email: \"keeps@example.test\"\n                    password: \"a long enough password\"\n                    profile: { displayName: \"Keeps\" }\n                  }\n                ) {\n                  person {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              mutation CliSignUp {\n                signUp(\n                  input: {\n                    email: \"keeps@example.test\"\n                    password: \"a long enough password\"\n                    profile: { displayName: \"Keeps\" }\n                  }\n                ) {\n                  person {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation CliCreateGroup {\n                createGroup(input: { name: \"Survives Restarts\", kind: CIVIC }) {\n                  id\n                }\n              }\n            "): (typeof documents)["\n              mutation CliCreateGroup {\n                createGroup(input: { name: \"Survives Restarts\", kind: CIVIC }) {\n                  id\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DataRightsCoverageExportMyData {\n              exportMyData\n            }\n          "): (typeof documents)["\n            mutation DataRightsCoverageExportMyData {\n              exportMyData\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsCoverageDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation DataRightsCoverageDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsGiveConsent {\n          giveConsent(input: { kind: VISIBLE_TO_GROUP_ORGANISERS }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsGiveConsent {\n          giveConsent(input: { kind: VISIBLE_TO_GROUP_ORGANISERS }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsCreateHelpPost {\n          createHelpPost(\n            input: {\n              kind: OFFER\n              category: COOKING\n              title: \"Biryani for new parents\"\n              description: \"Homemade and halal, for your first week home\"\n              areaCell: \"8819429a9dfffff\"\n            }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsCreateHelpPost {\n          createHelpPost(\n            input: {\n              kind: OFFER\n              category: COOKING\n              title: \"Biryani for new parents\"\n              description: \"Homemade and halal, for your first week home\"\n              areaCell: \"8819429a9dfffff\"\n            }\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataRightsPerson($id: ID!) {\n          person(id: $id) {\n            languages\n          }\n        }\n      "): (typeof documents)["\n        query DataRightsPerson($id: ID!) {\n          person(id: $id) {\n            languages\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsExportMyData {\n          exportMyData\n        }\n      "): (typeof documents)["\n        mutation DataRightsExportMyData {\n          exportMyData\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DataRightsExportMyData2 {\n              exportMyData\n            }\n          "): (typeof documents)["\n            mutation DataRightsExportMyData2 {\n              exportMyData\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsDeleteMyAccount {\n          deleteMyAccount(password: \"not my password\")\n        }\n      "): (typeof documents)["\n        mutation DataRightsDeleteMyAccount {\n          deleteMyAccount(password: \"not my password\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DataRightsMe {\n              me {\n                email\n              }\n            }\n          "): (typeof documents)["\n            query DataRightsMe {\n              me {\n                email\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsSaveSearch {\n          saveSearch(name: \"Mornings\", search: { areaCell: \"8819429a9dfffff\" }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsSaveSearch {\n          saveSearch(name: \"Mornings\", search: { areaCell: \"8819429a9dfffff\" }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsDeleteMyAccount2($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation DataRightsDeleteMyAccount2($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query DataRightsMe2 {\n              me {\n                email\n              }\n            }\n          "): (typeof documents)["\n            query DataRightsMe2 {\n              me {\n                email\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataRightsTies($id: ID!) {\n          ties(personId: $id) {\n            edges {\n              node {\n                kind\n                to {\n                  ... on Person {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DataRightsTies($id: ID!) {\n          ties(personId: $id) {\n            edges {\n              node {\n                kind\n                to {\n                  ... on Person {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataRightsGroup($id: ID!) {\n          group(id: $id) {\n            memberCount\n          }\n        }\n      "): (typeof documents)["\n        query DataRightsGroup($id: ID!) {\n          group(id: $id) {\n            memberCount\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataRightsPerson2($id: ID!) {\n          person(id: $id, purpose: \"check\") {\n            languages\n          }\n        }\n      "): (typeof documents)["\n        query DataRightsPerson2($id: ID!) {\n          person(id: $id, purpose: \"check\") {\n            languages\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Could I collect on Friday?\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Could I collect on Friday?\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DataRightsExportMyData3 {\n              exportMyData\n            }\n          "): (typeof documents)["\n            mutation DataRightsExportMyData3 {\n              exportMyData\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsDeleteMyAccount3($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation DataRightsDeleteMyAccount3($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataRightsExchange($id: ID!) {\n          exchange(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        query DataRightsExchange($id: ID!) {\n          exchange(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "): (typeof documents)["\n        mutation DataRightsBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: NOT_GENUINE, details: \"Same pram as last week\")\n        }\n      "): (typeof documents)["\n        mutation DataRightsReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: NOT_GENUINE, details: \"Same pram as last week\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsRaiseSafeguardingConcern($p: ID!) {\n          raiseSafeguardingConcern(\n            input: { concern: \"They asked where my children sleep.\", helpPostId: $p }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsRaiseSafeguardingConcern($p: ID!) {\n          raiseSafeguardingConcern(\n            input: { concern: \"They asked where my children sleep.\", helpPostId: $p }\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsUpdateSafeguardingConcern($id: ID!) {\n          updateSafeguardingConcern(\n            id: $id\n            status: IN_PROGRESS\n            leadNotes: \"Spoke to the health visitor.\"\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation DataRightsUpdateSafeguardingConcern($id: ID!) {\n          updateSafeguardingConcern(\n            id: $id\n            status: IN_PROGRESS\n            leadNotes: \"Spoke to the health visitor.\"\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation DataRightsExportMyData4 {\n              exportMyData\n            }\n          "): (typeof documents)["\n            mutation DataRightsExportMyData4 {\n              exportMyData\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation DataRightsDeleteMyAccount4($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation DataRightsDeleteMyAccount4($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DataRightsSafeguardingConcerns {\n          safeguardingConcerns(first: 5) {\n            edges {\n              node {\n                id\n                leadNotes\n                raisedBy {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DataRightsSafeguardingConcerns {\n          safeguardingConcerns(first: 5) {\n            edges {\n              node {\n                id\n                leadNotes\n                raisedBy {\n                  displayName\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverySessionSearch(\n    $args: PointInput\n    $within: Int\n    $age: Int\n    $due: String\n    $days: [Int!]\n    $from: String\n    $by: String\n    $langs: [String!]\n    $free: Boolean\n    $access: [AccessibilityFeature!]\n    $kinds: [GroupKind!]\n    $text: String\n    $sort: SessionSearchSort\n    $first: Int\n    $after: String\n  ) {\n    sessionSearch(\n      point: $args\n      withinMetres: $within\n      childAgeMonths: $age\n      dueMonth: $due\n      weekdays: $days\n      startsFrom: $from\n      startsBy: $by\n      languages: $langs\n      freeOnly: $free\n      accessibility: $access\n      groupKinds: $kinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          session {\n            title\n          }\n          distanceMetres\n          walkingMinutes\n          nextOccurrences\n          fit\n          reasons {\n            kind\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverySessionSearch(\n    $args: PointInput\n    $within: Int\n    $age: Int\n    $due: String\n    $days: [Int!]\n    $from: String\n    $by: String\n    $langs: [String!]\n    $free: Boolean\n    $access: [AccessibilityFeature!]\n    $kinds: [GroupKind!]\n    $text: String\n    $sort: SessionSearchSort\n    $first: Int\n    $after: String\n  ) {\n    sessionSearch(\n      point: $args\n      withinMetres: $within\n      childAgeMonths: $age\n      dueMonth: $due\n      weekdays: $days\n      startsFrom: $from\n      startsBy: $by\n      languages: $langs\n      freeOnly: $free\n      accessibility: $access\n      groupKinds: $kinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          session {\n            title\n          }\n          distanceMetres\n          walkingMinutes\n          nextOccurrences\n          fit\n          reasons {\n            kind\n            detail\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiscoverySessionSearch2 {\n          sessionSearch(point: { latitude: 53.79, longitude: -1.75 }, areaCell: \"8819429a9dfffff\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiscoverySessionSearch2 {\n          sessionSearch(point: { latitude: 53.79, longitude: -1.75 }, areaCell: \"8819429a9dfffff\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DiscoverySessionSearch3($cell: String!) {\n          sessionSearch(areaCell: $cell, withinMetres: 5000) {\n            edges {\n              node {\n                session {\n                  title\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query DiscoverySessionSearch3($cell: String!) {\n          sessionSearch(areaCell: $cell, withinMetres: 5000) {\n            edges {\n              node {\n                session {\n                  title\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiscoverySpacesNearMe(\n        $point: PointInput\n        $access: [AccessibilityFeature!]\n        $first: Int\n        $after: String\n      ) {\n        spaceSearch(\n          point: $point\n          withinMetres: 5000\n          accessibility: $access\n          first: $first\n          after: $after\n        ) {\n          edges {\n            node {\n              space {\n                name\n              }\n              distanceMetres\n              walkingMinutes\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiscoverySpacesNearMe(\n        $point: PointInput\n        $access: [AccessibilityFeature!]\n        $first: Int\n        $after: String\n      ) {\n        spaceSearch(\n          point: $point\n          withinMetres: 5000\n          accessibility: $access\n          first: $first\n          after: $after\n        ) {\n          edges {\n            node {\n              space {\n                name\n              }\n              distanceMetres\n              walkingMinutes\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiscoveryGroupsNearMe($point: PointInput, $kinds: [GroupKind!], $langs: [String!]) {\n        groupSearch(point: $point, withinMetres: 5000, groupKinds: $kinds, languages: $langs) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n              distanceMetres\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiscoveryGroupsNearMe($point: PointInput, $kinds: [GroupKind!], $langs: [String!]) {\n        groupSearch(point: $point, withinMetres: 5000, groupKinds: $kinds, languages: $langs) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n              distanceMetres\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query DiscoveryGroupSearch($point: PointInput, $first: Int, $after: String) {\n        groupSearch(point: $point, withinMetres: null, first: $first, after: $after) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): (typeof documents)["\n      query DiscoveryGroupSearch($point: PointInput, $first: Int, $after: String) {\n        groupSearch(point: $point, withinMetres: null, first: $first, after: $after) {\n          edges {\n            node {\n              group {\n                name\n              }\n              nearestSpace {\n                name\n              }\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrorsGroups {\n          groups(first: 500) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ErrorsGroups {\n          groups(first: 500) {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrorsGroups2 {\n          groups(after: \"bm90IGEgY3Vyc29y\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      "): (typeof documents)["\n        query ErrorsGroups2 {\n          groups(after: \"bm90IGEgY3Vyc29y\") {\n            edges {\n              cursor\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrorsSpace {\n          space(id: \"42\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query ErrorsSpace {\n          space(id: \"42\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ErrorsSpaces {\n            spaces {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ErrorsSpaces {\n            spaces {\n              edges {\n                node {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      body\n      side\n      mine\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      body\n      side\n      mine\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangesExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          body\n          side\n          mine\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExchangesExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          body\n          side\n          mine\n          author {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExchangesThankForExchange($e: ID!, $m: String!) {\n    thankForExchange(exchangeId: $e, message: $m) {\n      message\n      side\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExchangesThankForExchange($e: ID!, $m: String!) {\n    thankForExchange(exchangeId: $e, message: $m) {\n      message\n      side\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExchangesGiveExchangeFeedback($e: ID!, $w: Boolean!, $l: Boolean!, $a: Boolean!) {\n    giveExchangeFeedback(exchangeId: $e, feltWelcome: $w, feltListenedTo: $l, wouldMeetAgain: $a)\n  }\n"): (typeof documents)["\n  mutation ExchangesGiveExchangeFeedback($e: ID!, $w: Boolean!, $l: Boolean!, $a: Boolean!) {\n    giveExchangeFeedback(exchangeId: $e, feltWelcome: $w, feltListenedTo: $l, wouldMeetAgain: $a)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangesExchange($id: ID!) {\n    exchange(id: $id) {\n      id\n      status\n      mySide\n      givingSide\n      myFeedbackGiven\n      thanks {\n        message\n        side\n        author {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExchangesExchange($id: ID!) {\n    exchange(id: $id) {\n      id\n      status\n      mySide\n      givingSide\n      myFeedbackGiven\n      thanks {\n        message\n        side\n        author {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangesExchangeFeedbackSummary($g: ID) {\n    exchangeFeedbackSummary(groupId: $g) {\n      responses\n      feltWelcome\n      feltListenedTo\n      wouldMeetAgain\n    }\n  }\n"): (typeof documents)["\n  query ExchangesExchangeFeedbackSummary($g: ID) {\n    exchangeFeedbackSummary(groupId: $g) {\n      responses\n      feltWelcome\n      feltListenedTo\n      wouldMeetAgain\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangesPerson($id: ID!) {\n    person(id: $id) {\n      helpGiven\n      helpReceived\n    }\n  }\n"): (typeof documents)["\n  query ExchangesPerson($id: ID!) {\n    person(id: $id) {\n      helpGiven\n      helpReceived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangesTies($id: ID!) {\n    ties(personId: $id, kind: PERSON_PERSON) {\n      edges {\n        node {\n          provenance\n          strength\n          exchangeId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExchangesTies($id: ID!) {\n    ties(personId: $id, kind: PERSON_PERSON) {\n      edges {\n        node {\n          provenance\n          strength\n          exchangeId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ExchangesHelpPostResponded {\n          helpPostResponded {\n            exchange {\n              id\n              responder {\n                displayName\n              }\n              helpPost {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription ExchangesHelpPostResponded {\n          helpPostResponded {\n            exchange {\n              id\n              responder {\n                displayName\n              }\n              helpPost {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ExchangesExchangeMessageAdded($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n              side\n              mine\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription ExchangesExchangeMessageAdded($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n              side\n              mine\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ExchangesExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n              agreedByResponder\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription ExchangesExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n              agreedByResponder\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Exchanges_Type {\n          __type(name: \"ExchangeFeedback\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query Exchanges_Type {\n          __type(name: \"ExchangeFeedback\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation ExchangesJoinGroup($g: ID!) {\n            joinGroup(groupId: $g) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation ExchangesJoinGroup($g: ID!) {\n            joinGroup(groupId: $g) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExchangesGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  mySide\n                  responder {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ExchangesGroupExchanges($g: ID!) {\n            groupExchanges(groupId: $g) {\n              edges {\n                node {\n                  id\n                  mySide\n                  responder {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query ExchangesGroupExchanges2($g: ID!) {\n                groupExchanges(groupId: $g) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query ExchangesGroupExchanges2($g: ID!) {\n                groupExchanges(groupId: $g) {\n                  edges {\n                    node {\n                      id\n                    }\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExchangesExchange2($id: ID!) {\n            exchange(id: $id) {\n              responder {\n                displayName\n                languages\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ExchangesExchange2($id: ID!) {\n            exchange(id: $id) {\n              responder {\n                displayName\n                languages\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query ExchangesExchange3($id: ID!) {\n              exchange(id: $id) {\n                thanks {\n                  message\n                }\n              }\n            }\n          "): (typeof documents)["\n            query ExchangesExchange3($id: ID!) {\n              exchange(id: $id) {\n                thanks {\n                  message\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ExchangesGroupCounts($g: ID!) {\n          group(id: $g) {\n            helpGiven\n            helpReceived\n          }\n        }\n      "): (typeof documents)["\n        query ExchangesGroupCounts($g: ID!) {\n          group(id: $g) {\n            helpGiven\n            helpReceived\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query ExchangesTies2($id: ID!) {\n            ties(personId: $id, kind: PERSON_GROUP) {\n              edges {\n                node {\n                  provenance\n                  exchangeId\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query ExchangesTies2($id: ID!) {\n            ties(personId: $id, kind: PERSON_GROUP) {\n              edges {\n                node {\n                  provenance\n                  exchangeId\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription ExchangesExchangeMessageAdded2($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription ExchangesExchangeMessageAdded2($e: ID!) {\n          exchangeMessageAdded(exchangeId: $e) {\n            message {\n              body\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GoingNextDates($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 3, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n          placesLeft\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GoingNextDates($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 3, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n          placesLeft\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GoingMyRsvp($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          myRsvp {\n            status\n            waitingPosition\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GoingMyRsvp($id: ID!) {\n      session(id: $id) {\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          myRsvp {\n            status\n            waitingPosition\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GoingGoToSession($s: ID!, $d: String!, $share: Boolean!) {\n      goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: $share) {\n        occursOn\n        status\n        waitingPosition\n        nameSharedWithOrganisers\n      }\n    }\n  "): (typeof documents)["\n    mutation GoingGoToSession($s: ID!, $d: String!, $share: Boolean!) {\n      goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: $share) {\n        occursOn\n        status\n        waitingPosition\n        nameSharedWithOrganisers\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GoingCancelGoing($s: ID!, $d: String!) {\n      cancelGoing(sessionId: $s, occursOn: $d)\n    }\n  "): (typeof documents)["\n    mutation GoingCancelGoing($s: ID!, $d: String!) {\n      cancelGoing(sessionId: $s, occursOn: $d)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GoingSessionAttendees($s: ID!, $d: String!) {\n      sessionAttendees(sessionId: $s, occursOn: $d) {\n        occursOn\n        goingCount\n        waitingCount\n        named {\n          displayName\n          status\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GoingSessionAttendees($s: ID!, $d: String!) {\n      sessionAttendees(sessionId: $s, occursOn: $d) {\n        occursOn\n        goingCount\n        waitingCount\n        named {\n          displayName\n          status\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GoingMyUpcomingSessions($first: Int!, $after: String) {\n      myUpcomingSessions(first: $first, after: $after) {\n        edges {\n          node {\n            occursOn\n            status\n            cancelled\n            session {\n              title\n            }\n            occurrence {\n              startsAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GoingMyUpcomingSessions($first: Int!, $after: String) {\n      myUpcomingSessions(first: $first, after: $after) {\n        edges {\n          node {\n            occursOn\n            status\n            cancelled\n            session {\n              title\n            }\n            occurrence {\n              startsAt\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GoingUpdateSessionCapacity($id: ID!) {\n          updateSession(id: $id, input: { capacity: 2 }) {\n            capacity\n          }\n        }\n      "): (typeof documents)["\n        mutation GoingUpdateSessionCapacity($id: ID!) {\n          updateSession(id: $id, input: { capacity: 2 }) {\n            capacity\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GoingDataAccessLog {\n          me {\n            dataAccessLog(first: 10) {\n              edges {\n                node {\n                  action\n                  basis\n                  actor {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GoingDataAccessLog {\n          me {\n            dataAccessLog(first: 10) {\n              edges {\n                node {\n                  action\n                  basis\n                  actor {\n                    displayName\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation GoingNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        "): (typeof documents)["\n          mutation GoingNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation GoingExportMyData {\n              exportMyData\n            }\n          "): (typeof documents)["\n            mutation GoingExportMyData {\n              exportMyData\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GoingDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation GoingDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      viewerRole\n      organisers {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      viewerRole\n      organisers {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersUnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersUnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersJoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersLeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersInviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersInviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersRevokeInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersRevokeInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOrganisersPreviewInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      group {\n        name\n      }\n      alreadyOrganiser\n    }\n  }\n"): (typeof documents)["\n  query GroupOrganisersPreviewInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      group {\n        name\n      }\n      alreadyOrganiser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersAcceptInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersAcceptInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupOrganisersRemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation GroupOrganisersRemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOrganisersGroup($id: ID!) {\n    group(id: $id) {\n      name\n      archivedAt\n      viewerRole\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query GroupOrganisersGroup($id: ID!) {\n    group(id: $id) {\n      name\n      archivedAt\n      viewerRole\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOrganisersOrganiserView($id: ID!) {\n    group(id: $id) {\n      organisers {\n        displayName\n      }\n      openInvitations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupOrganisersOrganiserView($id: ID!) {\n    group(id: $id) {\n      organisers {\n        displayName\n      }\n      openInvitations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupOrganisersListed($search: String!) {\n    groups(search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    groupSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n    sessionSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          session {\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupOrganisersListed($search: String!) {\n    groups(search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n    groupSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n    sessionSearch(point: { latitude: 53.7946, longitude: -1.7564 }, withinMetres: 2000) {\n      edges {\n        node {\n          session {\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n      kind\n      languages\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation GroupsCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      slug\n      name\n      kind\n      languages\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GroupsGroupBySlugOrId($id: ID, $slug: String) {\n        group(id: $id, slug: $slug) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      query GroupsGroupBySlugOrId($id: ID, $slug: String) {\n        group(id: $id, slug: $slug) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GroupsGroups {\n          groups(kind: PARENT_AND_BABY) {\n            edges {\n              node {\n                name\n                kind\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GroupsGroups {\n          groups(kind: PARENT_AND_BABY) {\n            edges {\n              node {\n                name\n                kind\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GroupsGroups2($after: String) {\n        groups(kind: MUTUAL_AID, first: 2, after: $after) {\n          edges {\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "): (typeof documents)["\n      query GroupsGroups2($after: String) {\n        groups(kind: MUTUAL_AID, first: 2, after: $after) {\n          edges {\n            node {\n              name\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GroupsGroups3 {\n          groups(search: \"gurdwra langar\") {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query GroupsGroups3 {\n          groups(search: \"gurdwra langar\") {\n            edges {\n              node {\n                name\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation GroupsUpdateGroup($id: ID!) {\n          updateGroup(id: $id, input: { name: \"Town Food Bank\" }) {\n            name\n            description\n          }\n        }\n      "): (typeof documents)["\n        mutation GroupsUpdateGroup($id: ID!) {\n          updateGroup(id: $id, input: { name: \"Town Food Bank\" }) {\n            name\n            description\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query GroupsGroup {\n          group(id: \"00000000-0000-4000-8000-000000000000\") {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query GroupsGroup {\n          group(id: \"00000000-0000-4000-8000-000000000000\") {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GroupsJoinGroup($g: ID!) {\n        joinGroup(groupId: $g) {\n          role\n          group {\n            name\n            memberCount\n          }\n          person {\n            displayName\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GroupsJoinGroup($g: ID!) {\n        joinGroup(groupId: $g) {\n          role\n          group {\n            name\n            memberCount\n          }\n          person {\n            displayName\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GroupsUpdateGroup2($id: ID!) {\n        updateGroup(id: $id, input: { name: \"Taken over\" }) {\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation GroupsUpdateGroup2($id: ID!) {\n        updateGroup(id: $id, input: { name: \"Taken over\" }) {\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation GroupsUpdateGroup3($id: ID!, $input: UpdateGroupInput!) {\n            updateGroup(id: $id, input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation GroupsUpdateGroup3($id: ID!, $input: UpdateGroupInput!) {\n            updateGroup(id: $id, input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HardeningMe {\n          me {\n            dataAccessLog(first: 1) {\n              edges {\n                node {\n                  actor {\n                    memberships {\n                      person {\n                        memberships {\n                          group {\n                            name\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HardeningMe {\n          me {\n            dataAccessLog(first: 1) {\n              edges {\n                node {\n                  actor {\n                    memberships {\n                      person {\n                        memberships {\n                          group {\n                            name\n                          }\n                        }\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpLifecycleWithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation HelpLifecycleWithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpLifecycleUpdateHelpPost($id: ID!, $input: UpdateHelpPostInput!) {\n    updateHelpPost(id: $id, input: $input) {\n      status\n      quantity\n    }\n  }\n"): (typeof documents)["\n  mutation HelpLifecycleUpdateHelpPost($id: ID!, $input: UpdateHelpPostInput!) {\n    updateHelpPost(id: $id, input: $input) {\n      status\n      quantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpLifecycleHelpPosts($cell: String) {\n    helpPosts(areaCell: $cell, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpLifecycleHelpPosts($cell: String) {\n    helpPosts(areaCell: $cell, first: 50) {\n      edges {\n        node {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HelpLifecycleExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          query HelpLifecycleExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query HelpLifecycleExchange2($id: ID!) {\n              exchange(id: $id) {\n                status\n              }\n            }\n          "): (typeof documents)["\n            query HelpLifecycleExchange2($id: ID!) {\n              exchange(id: $id) {\n                status\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpLifecycleSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Still on?\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpLifecycleSendExchangeMessage($e: ID!) {\n          sendExchangeMessage(exchangeId: $e, body: \"Still on?\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription HelpLifecycleHelpPostStatusChanged($cell: String!) {\n          helpPostStatusChanged(areaCell: $cell) {\n            helpPost {\n              id\n              status\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription HelpLifecycleHelpPostStatusChanged($cell: String!) {\n          helpPostStatusChanged(areaCell: $cell) {\n            helpPost {\n              id\n              status\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpLifecycleJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpLifecycleJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HelpLifecycleHelpPosts2 {\n          helpPosts(status: EXPIRED, first: 50) {\n            edges {\n              node {\n                id\n                status\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HelpLifecycleHelpPosts2 {\n          helpPosts(status: EXPIRED, first: 50) {\n            edges {\n              node {\n                id\n                status\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        subscription HelpLifecycleExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n            }\n          }\n        }\n      "): (typeof documents)["\n        subscription HelpLifecycleExchangeUpdated($e: ID!) {\n          exchangeUpdated(exchangeId: $e) {\n            exchange {\n              status\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HelpLiveHelpPostsNear(\n    $cells: [String!]\n    $categories: [HelpCategory!]\n    $since: String\n  ) {\n    helpPostsNear(areaCells: $cells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        id\n        title\n        areaCell\n        category\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HelpLiveHelpPostsNear(\n    $cells: [String!]\n    $categories: [HelpCategory!]\n    $since: String\n  ) {\n    helpPostsNear(areaCells: $cells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        id\n        title\n        areaCell\n        category\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpLiveWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpLiveWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HelpLiveLiveCursor {\n          liveCursor\n        }\n      "): (typeof documents)["\n        query HelpLiveLiveCursor {\n          liveCursor\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription HelpLiveHelpPostsNear2($cells: [String!]) {\n        helpPostsNear(areaCells: $cells) {\n          helpPost {\n            title\n            authorPerson {\n              displayName\n              areaCell\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription HelpLiveHelpPostsNear2($cells: [String!]) {\n        helpPostsNear(areaCells: $cells) {\n          helpPost {\n            title\n            authorPerson {\n              displayName\n              areaCell\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HelpLiveLiveCursor2 {\n          liveCursor\n        }\n      "): (typeof documents)["\n        query HelpLiveLiveCursor2 {\n          liveCursor\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpLiveBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "): (typeof documents)["\n        mutation HelpLiveBlockPerson($p: ID!) {\n          blockPerson(personId: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query HelpLiveLiveCursor3 {\n            liveCursor\n          }\n        "): (typeof documents)["\n          query HelpLiveLiveCursor3 {\n            liveCursor\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpMatchingHelpPostMatches($id: ID!, $first: Int) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      post {\n        id\n        title\n      }\n      reasons {\n        kind\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpMatchingHelpPostMatches($id: ID!, $first: Int) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      post {\n        id\n        title\n      }\n      reasons {\n        kind\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpMatchingJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpMatchingJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation HelpMatchingWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation HelpMatchingWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HelpNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        authorGroup {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HelpNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        authorGroup {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      title\n      status\n      areaCell\n      authorGroup {\n        name\n      }\n      authorPerson {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HelpCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      title\n      status\n      areaCell\n      authorGroup {\n        name\n      }\n      authorPerson {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HelpHelpPosts {\n          helpPosts(first: 10) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HelpHelpPosts {\n          helpPosts(first: 10) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HelpHelpPosts2 {\n          helpPosts(kind: OFFER) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query HelpHelpPosts2 {\n          helpPosts(kind: OFFER) {\n            edges {\n              node {\n                title\n                authorGroup {\n                  name\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityMe {\n    me {\n      email\n      roles\n      person {\n        displayName\n        languages\n        lifeStage {\n          expecting\n          dueMonth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IdentityMe {\n    me {\n      email\n      roles\n      person {\n        displayName\n        languages\n        lifeStage {\n          expecting\n          dueMonth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentitySignUpWithProfile($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      person {\n        displayName\n        lifeStage {\n          expecting\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdentitySignUpWithProfile($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      person {\n        displayName\n        lifeStage {\n          expecting\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentitySignInFrom($input: SignInInput!) {\n    signIn(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation IdentitySignInFrom($input: SignInInput!) {\n    signIn(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IdentitySignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n          roles\n          person {\n            displayName\n            languages\n            lifeStage {\n              expecting\n            }\n            memberships {\n              group {\n                name\n              }\n            }\n          }\n          sessions {\n            current\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation IdentitySignUp($input: SignUpInput!) {\n        signUp(input: $input) {\n          email\n          roles\n          person {\n            displayName\n            languages\n            lifeStage {\n              expecting\n            }\n            memberships {\n              group {\n                name\n              }\n            }\n          }\n          sessions {\n            current\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentitySignUp2 {\n          signUp(\n            input: {\n              email: \"weak@example.test\"\n              password: \"short\"\n              profile: { displayName: \"Weak\" }\n            }\n          ) {\n            email\n          }\n        }\n      "): (typeof documents)["\n        mutation IdentitySignUp2 {\n          signUp(\n            input: {\n              email: \"weak@example.test\"\n              password: \"short\"\n              profile: { displayName: \"Weak\" }\n            }\n          ) {\n            email\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation IdentitySignOut {\n              signOut\n            }\n          "): (typeof documents)["\n            mutation IdentitySignOut {\n              signOut\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation IdentityRequestPasswordReset {\n            requestPasswordReset(email: \"nobody@example.test\")\n          }\n        "): (typeof documents)["\n          mutation IdentityRequestPasswordReset {\n            requestPasswordReset(email: \"nobody@example.test\")\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityRequestPasswordReset2 {\n          requestPasswordReset(email: \"reset@example.test\")\n        }\n      "): (typeof documents)["\n        mutation IdentityRequestPasswordReset2 {\n          requestPasswordReset(email: \"reset@example.test\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IdentityResetPassword($token: String!) {\n        resetPassword(input: { token: $token, newPassword: \"a brand new password\" })\n      }\n    "): (typeof documents)["\n      mutation IdentityResetPassword($token: String!) {\n        resetPassword(input: { token: $token, newPassword: \"a brand new password\" })\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IdentityMe2 {\n          me {\n            sessions {\n              id\n              current\n            }\n          }\n        }\n      "): (typeof documents)["\n        query IdentityMe2 {\n          me {\n            sessions {\n              id\n              current\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation IdentityRevokeSession($id: ID!) {\n                revokeSession(id: $id)\n              }\n            "): (typeof documents)["\n              mutation IdentityRevokeSession($id: ID!) {\n                revokeSession(id: $id)\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityChangePassword {\n          changePassword(\n            input: { currentPassword: \"not it at all\", newPassword: \"another long password\" }\n          )\n        }\n      "): (typeof documents)["\n        mutation IdentityChangePassword {\n          changePassword(\n            input: { currentPassword: \"not it at all\", newPassword: \"another long password\" }\n          )\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityChangePassword2($current: String!) {\n          changePassword(input: { currentPassword: $current, newPassword: \"another long password\" })\n        }\n      "): (typeof documents)["\n        mutation IdentityChangePassword2($current: String!) {\n          changePassword(input: { currentPassword: $current, newPassword: \"another long password\" })\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityRequestPasswordReset3($email: String!) {\n          requestPasswordReset(email: $email)\n        }\n      "): (typeof documents)["\n        mutation IdentityRequestPasswordReset3($email: String!) {\n          requestPasswordReset(email: $email)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IdentityResetPassword2($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a fresh long password\" })\n        }\n      "): (typeof documents)["\n        mutation IdentityResetPassword2($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a fresh long password\" })\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputErrorsCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation InputErrorsCreateHelpPost($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputErrorsCreateHelpPost2($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation InputErrorsCreateHelpPost2($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsGroups2($a: String) {\n            groups(after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsGroups2($a: String) {\n            groups(after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsGroups3 {\n            groups(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsGroups3 {\n            groups(first: 1) {\n              pageInfo {\n                endCursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsHelpPostsAfter($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsHelpPostsAfter($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsHelpPostsFirst {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1) {\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsHelpPostsFirst {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1) {\n              pageInfo {\n                endCursor\n                hasNextPage\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsHelpPostsNext($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1, after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsHelpPostsNext($a: String) {\n            helpPosts(areaCell: \"8819429a9dfffff\", first: 1, after: $a) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InputErrorsUpcomingSessions($from: DateTime) {\n        upcomingSessions(from: $from) {\n          startsAt\n        }\n      }\n    "): (typeof documents)["\n      query InputErrorsUpcomingSessions($from: DateTime) {\n        upcomingSessions(from: $from) {\n          startsAt\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsUpcomingSessions2 {\n            upcomingSessions(from: \"yesterday\") {\n              startsAt\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsUpcomingSessions2 {\n            upcomingSessions(from: \"yesterday\") {\n              startsAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputErrorsCreateHelpPost3($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation InputErrorsCreateHelpPost3($input: CreateHelpPostInput!) {\n            createHelpPost(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsLiveCursor {\n            liveCursor\n          }\n        "): (typeof documents)["\n          query InputErrorsLiveCursor {\n            liveCursor\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsLiveCursor2 {\n            liveCursor\n          }\n        "): (typeof documents)["\n          query InputErrorsLiveCursor2 {\n            liveCursor\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation InputErrorsWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation InputErrorsWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query InputErrorsGroups4($k: GroupKind) {\n            groups(kind: $k) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query InputErrorsGroups4($k: GroupKind) {\n            groups(kind: $k) {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocationPrivacyNearbyParents($near: NearInput!, $first: Int, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          person {\n            id\n            displayName\n          }\n          sharesALanguage\n          distance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocationPrivacyNearbyParents($near: NearInput!, $first: Int, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          person {\n            id\n            displayName\n          }\n          sharesALanguage\n          distance\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LocationPrivacyGiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LocationPrivacyGiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LocationPrivacyWithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n    }\n  }\n"): (typeof documents)["\n  mutation LocationPrivacyWithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation LocationPrivacyDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "): (typeof documents)["\n        mutation LocationPrivacyDeleteMyAccount($p: String!) {\n          deleteMyAccount(password: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LocationPrivacyNearbyParents2($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              cursor\n              node {\n                __typename\n                person {\n                  __typename\n                  id\n                  displayName\n                }\n                sharesALanguage\n                distance\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LocationPrivacyNearbyParents2($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              cursor\n              node {\n                __typename\n                person {\n                  __typename\n                  id\n                  displayName\n                }\n                sharesALanguage\n                distance\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LocationPrivacy_Type {\n          __type(name: \"NearbyParent\") {\n            fields {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LocationPrivacy_Type {\n          __type(name: \"NearbyParent\") {\n            fields {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query LocationPrivacyNearbyParents3($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              node {\n                person {\n                  areaCell\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query LocationPrivacyNearbyParents3($near: NearInput!) {\n          nearbyParents(near: $near) {\n            edges {\n              node {\n                person {\n                  areaCell\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LocationPrivacyNearbyParents4($near: NearInput!) {\n      nearbyParents(near: $near) {\n        profileAsOf\n        edges {\n          node {\n            __typename\n            person {\n              displayName\n            }\n            sharesALanguage\n            distance\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query LocationPrivacyNearbyParents4($near: NearInput!) {\n      nearbyParents(near: $near) {\n        profileAsOf\n        edges {\n          node {\n            __typename\n            person {\n              displayName\n            }\n            sharesALanguage\n            distance\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LocationPrivacyUpdateMyProfile($input: ProfileInput!) {\n      updateMyProfile(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation LocationPrivacyUpdateMyProfile($input: ProfileInput!) {\n      updateMyProfile(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              mutation MyCalendarSaveSession($id: ID!) {\n                saveSession(sessionId: $id)\n              }\n            "): (typeof documents)["\n              mutation MyCalendarSaveSession($id: ID!) {\n                saveSession(sessionId: $id)\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MyCalendarMe {\n          me {\n            savedSessions {\n              title\n            }\n            hasCalendarFeed\n          }\n        }\n      "): (typeof documents)["\n        query MyCalendarMe {\n          me {\n            savedSessions {\n              title\n            }\n            hasCalendarFeed\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MyCalendarNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        "): (typeof documents)["\n          mutation MyCalendarNewMyCalendarFeed {\n            newMyCalendarFeed\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MyCalendarUnsaveSession($id: ID!) {\n          unsaveSession(sessionId: $id)\n        }\n      "): (typeof documents)["\n        mutation MyCalendarUnsaveSession($id: ID!) {\n          unsaveSession(sessionId: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MyCalendarNewMyCalendarFeed2 {\n              newMyCalendarFeed\n            }\n          "): (typeof documents)["\n            mutation MyCalendarNewMyCalendarFeed2 {\n              newMyCalendarFeed\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MyCalendarEndMyCalendarFeed {\n              endMyCalendarFeed\n            }\n          "): (typeof documents)["\n            mutation MyCalendarEndMyCalendarFeed {\n              endMyCalendarFeed\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MyCalendarSaveSession2 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      "): (typeof documents)["\n        mutation MyCalendarSaveSession2 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MyCalendarSaveSession3 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      "): (typeof documents)["\n        mutation MyCalendarSaveSession3 {\n          saveSession(sessionId: \"00000000-0000-4000-8000-000000000000\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHelpPostsMyHelpPosts($status: HelpPostStatus, $first: Int!, $after: String) {\n    myHelpPosts(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          title\n          status\n          authorGroup {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyHelpPostsMyHelpPosts($status: HelpPostStatus, $first: Int!, $after: String) {\n    myHelpPosts(status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          title\n          status\n          authorGroup {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MyHelpPostsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MyHelpPostsJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MyHelpPostsWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MyHelpPostsWithdrawHelpPost($id: ID!) {\n          withdrawHelpPost(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrukCounts on OpenReferralRecordCounts {\n    total\n    created\n    updated\n    unchanged\n    removed\n    failed\n    skipped\n  }\n"): (typeof documents)["\n  fragment OrukCounts on OpenReferralRecordCounts {\n    total\n    created\n    updated\n    unchanged\n    removed\n    failed\n    skipped\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrukImportOpenReferral($json: String!, $source: String) {\n    importOpenReferral(json: $json, source: $source) {\n      organizations {\n        ...OrukCounts\n      }\n      locations {\n        ...OrukCounts\n      }\n      services {\n        ...OrukCounts\n      }\n      sessions {\n        ...OrukCounts\n      }\n      errors {\n        recordType\n        recordId\n        message\n      }\n      warnings {\n        recordType\n        recordId\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrukImportOpenReferral($json: String!, $source: String) {\n    importOpenReferral(json: $json, source: $source) {\n      organizations {\n        ...OrukCounts\n      }\n      locations {\n        ...OrukCounts\n      }\n      services {\n        ...OrukCounts\n      }\n      sessions {\n        ...OrukCounts\n      }\n      errors {\n        recordType\n        recordId\n        message\n      }\n      warnings {\n        recordType\n        recordId\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrukGroups {\n    groups(first: 6) {\n      edges {\n        node {\n          name\n          kind\n          description\n          languages\n          website\n          sessions {\n            title\n            description\n            recurrence\n            startDate\n            startTime\n            durationMinutes\n            minAgeMonths\n            maxAgeMonths\n            languages\n            costPence\n            nextOccurrences(count: 4)\n            space {\n              name\n              kind\n              postcode\n              accessibility\n              openingHours {\n                weekday\n                opens\n                closes\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrukGroups {\n    groups(first: 6) {\n      edges {\n        node {\n          name\n          kind\n          description\n          languages\n          website\n          sessions {\n            title\n            description\n            recurrence\n            startDate\n            startTime\n            durationMinutes\n            minAgeMonths\n            maxAgeMonths\n            languages\n            costPence\n            nextOccurrences(count: 4)\n            space {\n              name\n              kind\n              postcode\n              accessibility\n              openingHours {\n                weekday\n                opens\n                closes\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query OrukExportOpenReferral {\n          exportOpenReferral\n        }\n      "): (typeof documents)["\n        query OrukExportOpenReferral {\n          exportOpenReferral\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutageCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OutageCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OutageMe {\n            me {\n              consents {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OutageMe {\n            me {\n              consents {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query OutageGroups {\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        "): (typeof documents)["\n          query OutageGroups {\n            groups {\n              edges {\n                cursor\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipsPropose($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n      note\n      fromGroup {\n        name\n      }\n      toGroup {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnershipsPropose($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n      note\n      fromGroup {\n        name\n      }\n      toGroup {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipsAccept($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n      respondedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PartnershipsAccept($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n      respondedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipsDecline($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PartnershipsDecline($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnershipsEnd($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PartnershipsEnd($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipsGroup($id: ID!) {\n    group(id: $id) {\n      partnerships {\n        id\n        status\n        note\n        fromGroup {\n          name\n        }\n        toGroup {\n          name\n        }\n      }\n      pendingPartnerships {\n        id\n        fromGroup {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipsGroup($id: ID!) {\n    group(id: $id) {\n      partnerships {\n        id\n        status\n        note\n        fromGroup {\n          name\n        }\n        toGroup {\n          name\n        }\n      }\n      pendingPartnerships {\n        id\n        fromGroup {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnershipsTies($groupId: ID!) {\n    ties(groupId: $groupId, kind: GROUP_GROUP, first: 10) {\n      edges {\n        node {\n          kind\n          provenance\n          from {\n            ... on Group {\n              name\n            }\n          }\n          to {\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnershipsTies($groupId: ID!) {\n    ties(groupId: $groupId, kind: GROUP_GROUP, first: 10) {\n      edges {\n        node {\n          kind\n          provenance\n          from {\n            ... on Group {\n              name\n            }\n          }\n          to {\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PartnershipsAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                viaGroup {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PartnershipsAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                viaGroup {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostcodesSessionSearch(\n    $postcode: String\n    $address: String\n    $point: PointInput\n    $within: Int\n  ) {\n    sessionSearch(postcode: $postcode, address: $address, point: $point, withinMetres: $within) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        node {\n          session {\n            title\n          }\n          distanceMetres\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostcodesSessionSearch(\n    $postcode: String\n    $address: String\n    $point: PointInput\n    $within: Int\n  ) {\n    sessionSearch(postcode: $postcode, address: $address, point: $point, withinMetres: $within) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        node {\n          session {\n            title\n          }\n          distanceMetres\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostcodesSpaceSearch($postcode: String) {\n    spaceSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          space {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostcodesSpaceSearch($postcode: String) {\n    spaceSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          space {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostcodesGroupSearch($postcode: String) {\n    groupSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostcodesGroupSearch($postcode: String) {\n    groupSearch(postcode: $postcode, withinMetres: 2000) {\n      origin {\n        label\n      }\n      edges {\n        node {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostcodesMapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n"): (typeof documents)["\n  query PostcodesMapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostcodesSaveSearch($search: SessionSearchInput!) {\n    saveSearch(name: \"From my postcode\", search: $search) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PostcodesSaveSearch($search: SessionSearchInput!) {\n    saveSearch(name: \"From my postcode\", search: $search) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishSessionsDates($id: ID!, $from: DateTime!, $count: Int!) {\n    session(id: $id) {\n      startTime\n      durationMinutes\n      occurrences(from: $from, count: $count) {\n        occursOn\n        startsAt\n        endsAt\n        cancelled\n        cancellationReason\n        movedFrom\n      }\n      nextOccurrences(count: 10)\n    }\n  }\n"): (typeof documents)["\n  query PublishSessionsDates($id: ID!, $from: DateTime!, $count: Int!) {\n    session(id: $id) {\n      startTime\n      durationMinutes\n      occurrences(from: $from, count: $count) {\n        occursOn\n        startsAt\n        endsAt\n        cancelled\n        cancellationReason\n        movedFrom\n      }\n      nextOccurrences(count: 10)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSessionsCancel($s: ID!, $on: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $s, occursOn: $on, reason: $reason) {\n      occursOn\n      cancelled\n      cancellationReason\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSessionsCancel($s: ID!, $on: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $s, occursOn: $on, reason: $reason) {\n      occursOn\n      cancelled\n      cancellationReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSessionsRestore($s: ID!, $on: String!) {\n    restoreSessionDate(sessionId: $s, occursOn: $on) {\n      occursOn\n      cancelled\n      startsAt\n      movedFrom\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSessionsRestore($s: ID!, $on: String!) {\n    restoreSessionDate(sessionId: $s, occursOn: $on) {\n      occursOn\n      cancelled\n      startsAt\n      movedFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSessionsMove($s: ID!, $on: String!, $toDate: String!, $toTime: String!) {\n    moveSessionDate(sessionId: $s, occursOn: $on, toDate: $toDate, toTime: $toTime) {\n      occursOn\n      startsAt\n      endsAt\n      movedFrom\n      cancelled\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSessionsMove($s: ID!, $on: String!, $toDate: String!, $toTime: String!) {\n    moveSessionDate(sessionId: $s, occursOn: $on, toDate: $toDate, toTime: $toTime) {\n      occursOn\n      startsAt\n      endsAt\n      movedFrom\n      cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSessionsChangeTime(\n    $s: ID!\n    $from: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $s\n      fromDate: $from\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      startTime\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSessionsChangeTime(\n    $s: ID!\n    $from: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $s\n      fromDate: $from\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      startTime\n      durationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSessionsDelete($id: ID!) {\n    deleteSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation PublishSessionsDelete($id: ID!) {\n    deleteSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PublishSessionsCreate($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            startTime\n          }\n        }\n      "): (typeof documents)["\n        mutation PublishSessionsCreate($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            startTime\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation PublishSessionsUpdate($id: ID!) {\n          updateSession(id: $id, input: { startTime: \"09:45\" }) {\n            startTime\n          }\n        }\n      "): (typeof documents)["\n        mutation PublishSessionsUpdate($id: ID!) {\n          updateSession(id: $id, input: { startTime: \"09:45\" }) {\n            startTime\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublishSessionsList($groupId: ID!) {\n          sessions(groupId: $groupId, first: 50) {\n            edges {\n              node {\n                id\n                startTime\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublishSessionsList($groupId: ID!) {\n          sessions(groupId: $groupId, first: 50) {\n            edges {\n              node {\n                id\n                startTime\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query PublishSessionsOccurrence($id: ID!, $on: String!) {\n          session(id: $id) {\n            occurrence(occursOn: $on) {\n              startsAt\n              movedFrom\n            }\n          }\n        }\n      "): (typeof documents)["\n        query PublishSessionsOccurrence($id: ID!, $on: String!) {\n          session(id: $id) {\n            occurrence(occursOn: $on) {\n              startsAt\n              movedFrom\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PublishSessionsEditTitle($id: ID!, $title: String!) {\n        updateSession(id: $id, input: { title: $title }) {\n          title\n        }\n      }\n    "): (typeof documents)["\n      mutation PublishSessionsEditTitle($id: ID!, $title: String!) {\n        updateSession(id: $id, input: { title: $title }) {\n          title\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation RecurrenceRulesCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            recurrence\n          }\n        }\n      "): (typeof documents)["\n        mutation RecurrenceRulesCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n            recurrence\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation RecurrenceRulesUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              recurrence\n            }\n          }\n        "): (typeof documents)["\n          mutation RecurrenceRulesUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              recurrence\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query RecurrenceRulesSession($id: ID!) {\n          session(id: $id) {\n            recurrence\n          }\n        }\n      "): (typeof documents)["\n        query RecurrenceRulesSession($id: ID!) {\n          session(id: $id) {\n            recurrence\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TwoProcessesNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        createdAt\n        authorGroup {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TwoProcessesNearCell($cell: String!) {\n    helpPostsNear(areaCells: [$cell]) {\n      helpPost {\n        title\n        createdAt\n        authorGroup {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation TwoProcessesCreateHelpPost($input: CreateHelpPostInput!) {\n          createHelpPost(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation TwoProcessesCreateHelpPost($input: CreateHelpPostInput!) {\n          createHelpPost(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription TwoProcessesHelpPostsNear($cells: [String!], $since: String) {\n        helpPostsNear(areaCells: $cells, since: $since) {\n          cursor\n          helpPost {\n            title\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription TwoProcessesHelpPostsNear($cells: [String!], $since: String) {\n        helpPostsNear(areaCells: $cells, since: $since) {\n          cursor\n          helpPost {\n            title\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TwoProcessesLiveCursor {\n            liveCursor\n          }\n        "): (typeof documents)["\n          query TwoProcessesLiveCursor {\n            liveCursor\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation TwoProcessesSendExchangeMessage($e: ID!, $b: String!) {\n        sendExchangeMessage(exchangeId: $e, body: $b) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation TwoProcessesSendExchangeMessage($e: ID!, $b: String!) {\n        sendExchangeMessage(exchangeId: $e, body: $b) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription TwoProcessesExchangeMessageAdded($e: ID!, $since: String) {\n        exchangeMessageAdded(exchangeId: $e, since: $since) {\n          cursor\n          message {\n            body\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription TwoProcessesExchangeMessageAdded($e: ID!, $since: String) {\n        exchangeMessageAdded(exchangeId: $e, since: $since) {\n          cursor\n          message {\n            body\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TwoProcessesLiveCursor2 {\n            liveCursor\n          }\n        "): (typeof documents)["\n          query TwoProcessesLiveCursor2 {\n            liveCursor\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ResponseCacheUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n          updateSession(id: $id, input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation ResponseCacheUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n          updateSession(id: $id, input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyHelpPosts {\n    helpPosts(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetyHelpPosts {\n    helpPosts(first: 50) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyHelpPost($id: ID!) {\n    helpPost(id: $id) {\n      id\n      moderation\n    }\n  }\n"): (typeof documents)["\n  query SafetyHelpPost($id: ID!) {\n    helpPost(id: $id) {\n      id\n      moderation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      moderation\n    }\n  }\n"): (typeof documents)["\n  mutation SafetyCreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      id\n      moderation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          id\n          body\n          moderation\n          removalNote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetyExchangeMessages($e: ID!) {\n    exchangeMessages(exchangeId: $e) {\n      edges {\n        node {\n          id\n          body\n          moderation\n          removalNote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyModerationQueue($g: ID, $s: ModerationState) {\n    moderationQueue(groupId: $g, state: $s, first: 50) {\n      edges {\n        node {\n          id\n          subjectKind\n          state\n          text\n          helpPost {\n            id\n          }\n          group {\n            name\n          }\n          screening {\n            rule\n            phrase\n            description\n          }\n          reports {\n            id\n            reason\n            details\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetyModerationQueue($g: ID, $s: ModerationState) {\n    moderationQueue(groupId: $g, state: $s, first: 50) {\n      edges {\n        node {\n          id\n          subjectKind\n          state\n          text\n          helpPost {\n            id\n          }\n          group {\n            name\n          }\n          screening {\n            rule\n            phrase\n            description\n          }\n          reports {\n            id\n            reason\n            details\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SafetyReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyRemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SafetyRemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyDismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SafetyDismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyReportHelpPost($p: ID!, $r: ReportReason!, $d: String) {\n    reportHelpPost(helpPostId: $p, reason: $r, details: $d)\n  }\n"): (typeof documents)["\n  mutation SafetyReportHelpPost($p: ID!, $r: ReportReason!, $d: String) {\n    reportHelpPost(helpPostId: $p, reason: $r, details: $d)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyReportExchangeMessage($m: ID!, $r: ReportReason!) {\n    reportExchangeMessage(messageId: $m, reason: $r)\n  }\n"): (typeof documents)["\n  mutation SafetyReportExchangeMessage($m: ID!, $r: ReportReason!) {\n    reportExchangeMessage(messageId: $m, reason: $r)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n"): (typeof documents)["\n  mutation SafetyBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyUnblockPerson($p: ID!) {\n    unblockPerson(personId: $p)\n  }\n"): (typeof documents)["\n  mutation SafetyUnblockPerson($p: ID!) {\n    unblockPerson(personId: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      id\n      status\n      concern\n    }\n  }\n"): (typeof documents)["\n  mutation SafetyRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      id\n      status\n      concern\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyMySafeguardingConcerns {\n    mySafeguardingConcerns {\n      id\n      status\n      concern\n    }\n  }\n"): (typeof documents)["\n  query SafetyMySafeguardingConcerns {\n    mySafeguardingConcerns {\n      id\n      status\n      concern\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetySafeguardingConcerns {\n    safeguardingConcerns(first: 50) {\n      edges {\n        node {\n          id\n          concern\n          status\n          leadNotes\n          message\n          raisedBy {\n            displayName\n          }\n          aboutPerson {\n            displayName\n          }\n          helpPost {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetySafeguardingConcerns {\n    safeguardingConcerns(first: 50) {\n      edges {\n        node {\n          id\n          concern\n          status\n          leadNotes\n          message\n          raisedBy {\n            displayName\n          }\n          aboutPerson {\n            displayName\n          }\n          helpPost {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SafetyUpdateSafeguardingConcern($id: ID!, $s: SafeguardingConcernStatus!, $n: String) {\n    updateSafeguardingConcern(id: $id, status: $s, leadNotes: $n) {\n      id\n      status\n      leadNotes\n    }\n  }\n"): (typeof documents)["\n  mutation SafetyUpdateSafeguardingConcern($id: ID!, $s: SafeguardingConcernStatus!, $n: String) {\n    updateSafeguardingConcern(id: $id, status: $s, leadNotes: $n) {\n      id\n      status\n      leadNotes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyAuditEvents {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          basis\n          purpose\n          actor {\n            id\n          }\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetyAuditEvents {\n    auditEvents(first: 50) {\n      edges {\n        node {\n          action\n          basis\n          purpose\n          actor {\n            id\n          }\n          subject {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription SafetyHelpPostsNear($c: String!) {\n            helpPostsNear(areaCells: [$c]) {\n              helpPost {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          subscription SafetyHelpPostsNear($c: String!) {\n            helpPostsNear(areaCells: [$c]) {\n              helpPost {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription SafetyHelpPostStatusChanged($c: String!) {\n            helpPostStatusChanged(areaCell: $c) {\n              helpPost {\n                id\n                title\n              }\n            }\n          }\n        "): (typeof documents)["\n          subscription SafetyHelpPostStatusChanged($c: String!) {\n            helpPostStatusChanged(areaCell: $c) {\n              helpPost {\n                id\n                title\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SafetyWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SafetyWithdrawHelpPost($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SafetyWithdrawHelpPost2($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SafetyWithdrawHelpPost2($id: ID!) {\n            withdrawHelpPost(id: $id) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          subscription SafetyExchangeMessageAdded($e: ID!) {\n            exchangeMessageAdded(exchangeId: $e) {\n              message {\n                body\n              }\n            }\n          }\n        "): (typeof documents)["\n          subscription SafetyExchangeMessageAdded($e: ID!) {\n            exchangeMessageAdded(exchangeId: $e) {\n              message {\n                body\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SafetyHelpPost2($id: ID!) {\n          helpPost(id: $id) {\n            moderation\n            removalNote\n          }\n        }\n      "): (typeof documents)["\n        query SafetyHelpPost2($id: ID!) {\n          helpPost(id: $id) {\n            moderation\n            removalNote\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SafetyThankForExchange($e: ID!, $m: String!) {\n          thankForExchange(exchangeId: $e, message: $m) {\n            message\n          }\n        }\n      "): (typeof documents)["\n        mutation SafetyThankForExchange($e: ID!, $m: String!) {\n          thankForExchange(exchangeId: $e, message: $m) {\n            message\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query Safety_Type {\n            __type(name: \"ModerationReport\") {\n              fields {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          query Safety_Type {\n            __type(name: \"ModerationReport\") {\n              fields {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SafetyHelpPostMatches($id: ID!) {\n                helpPostMatches(id: $id) {\n                  post {\n                    id\n                  }\n                }\n              }\n            "): (typeof documents)["\n              query SafetyHelpPostMatches($id: ID!) {\n                helpPostMatches(id: $id) {\n                  post {\n                    id\n                  }\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query SafetyExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          query SafetyExchange($id: ID!) {\n            exchange(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SafetyBlockedPeople {\n          blockedPeople {\n            id\n            displayName\n          }\n        }\n      "): (typeof documents)["\n        query SafetyBlockedPeople {\n          blockedPeople {\n            id\n            displayName\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation SafetyAgreeToExchange($e: ID!) {\n              agreeToExchange(exchangeId: $e) {\n                id\n              }\n            }\n          "): (typeof documents)["\n            mutation SafetyAgreeToExchange($e: ID!) {\n              agreeToExchange(exchangeId: $e) {\n                id\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query SafetyHelpPost3($id: ID!) {\n                helpPost(id: $id) {\n                  status\n                }\n              }\n            "): (typeof documents)["\n              query SafetyHelpPost3($id: ID!) {\n                helpPost(id: $id) {\n                  status\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription SafetySafeguardingConcernRaised {\n        safeguardingConcernRaised {\n          id\n          concern\n          status\n          raisedBy {\n            displayName\n          }\n        }\n      }\n    "): (typeof documents)["\n      subscription SafetySafeguardingConcernRaised {\n        safeguardingConcernRaised {\n          id\n          concern\n          status\n          raisedBy {\n            displayName\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SavedSearchesMatches {\n    savedSearchMatches {\n      savedSearch {\n        name\n      }\n      result {\n        session {\n          title\n        }\n        distanceMetres\n        reasons {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SavedSearchesMatches {\n    savedSearchMatches {\n      savedSearch {\n        name\n      }\n      result {\n        session {\n          title\n        }\n        distanceMetres\n        reasons {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavedSearchesSaveSearch($name: String!, $search: SessionSearchInput!) {\n    saveSearch(name: $name, search: $search) {\n      id\n      name\n      criteria\n    }\n  }\n"): (typeof documents)["\n  mutation SavedSearchesSaveSearch($name: String!, $search: SessionSearchInput!) {\n    saveSearch(name: $name, search: $search) {\n      id\n      name\n      criteria\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SavedSearchesMe {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SavedSearchesMe {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SavedSearchesMe2 {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SavedSearchesMe2 {\n          me {\n            savedSearches {\n              name\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SavedSearchesDeleteSavedSearch($id: ID!) {\n          deleteSavedSearch(id: $id)\n        }\n      "): (typeof documents)["\n        mutation SavedSearchesDeleteSavedSearch($id: ID!) {\n          deleteSavedSearch(id: $id)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SavedSearchesSessions {\n          sessions(first: 50) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SavedSearchesSessions {\n          sessions(first: 50) {\n            edges {\n              node {\n                id\n                title\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SavedSearchesUpdateSession($id: ID!) {\n          updateSession(id: $id, input: { costPence: 0 }) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SavedSearchesUpdateSession($id: ID!) {\n          updateSession(id: $id, input: { costPence: 0 }) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsSession($id: ID!) {\n          session(id: $id) {\n            nextOccurrences(count: 10)\n            group {\n              name\n            }\n            space {\n              name\n              accessibility\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsSession($id: ID!) {\n          session(id: $id) {\n            nextOccurrences(count: 10)\n            group {\n              name\n            }\n            space {\n              name\n              accessibility\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query SessionsSession2($id: ID!) {\n              session(id: $id) {\n                nextOccurrences(count: 2)\n              }\n            }\n          "): (typeof documents)["\n            query SessionsSession2($id: ID!) {\n              session(id: $id) {\n                nextOccurrences(count: 2)\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsUpcomingSessions {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7, language: \"pl\", ageMonths: 8) {\n            startsAt\n            session {\n              title\n              languages\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsUpcomingSessions {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7, language: \"pl\", ageMonths: 8) {\n            startsAt\n            session {\n              title\n              languages\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsUpcomingSessions2 {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsUpcomingSessions2 {\n          upcomingSessions(from: \"2026-11-23T00:00:00Z\", days: 7) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsUpcomingSessions3 {\n          upcomingSessions(from: \"9999-12-31T00:00:00Z\", days: 14) {\n            startsAt\n          }\n        }\n      "): (typeof documents)["\n        query SessionsUpcomingSessions3 {\n          upcomingSessions(from: \"9999-12-31T00:00:00Z\", days: 14) {\n            startsAt\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionsCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SessionsCreateSession($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionsCreateSession2($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SessionsCreateSession2($input: CreateSessionInput!) {\n          createSession(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsSessions {\n          sessions(ageMonths: -3, first: 50) {\n            edges {\n              node {\n                title\n                minAgeMonths\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsSessions {\n          sessions(ageMonths: -3, first: 50) {\n            edges {\n              node {\n                title\n                minAgeMonths\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SessionsSpaces {\n          spaces(accessibility: [STEP_FREE, PRAM_SPACE]) {\n            edges {\n              node {\n                name\n                sessions {\n                  title\n                }\n                openingHours {\n                  weekday\n                  opens\n                  closes\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SessionsSpaces {\n          spaces(accessibility: [STEP_FREE, PRAM_SPACE]) {\n            edges {\n              node {\n                name\n                sessions {\n                  title\n                }\n                openingHours {\n                  weekday\n                  opens\n                  closes\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SessionsCreateSpace {\n          createSpace(\n            input: {\n              name: \"Odd Hours\"\n              kind: CAFE\n              latitude: 53.8\n              longitude: -1.75\n              openingHours: [{ weekday: 1, opens: \"17:00\", closes: \"09:00\" }]\n            }\n          ) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SessionsCreateSpace {\n          createSpace(\n            input: {\n              name: \"Odd Hours\"\n              kind: CAFE\n              latitude: 53.8\n              longitude: -1.75\n              openingHours: [{ weekday: 1, opens: \"17:00\", closes: \"09:00\" }]\n            }\n          ) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SessionsCreateSession3($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SessionsCreateSession3($input: CreateSessionInput!) {\n            createSession(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation SessionsUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation SessionsUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n            updateSession(id: $id, input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpNoticesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignUpNoticesSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SmtpRequestPasswordReset {\n          requestPasswordReset(email: \"smtp-reset@example.test\")\n        }\n      "): (typeof documents)["\n        mutation SmtpRequestPasswordReset {\n          requestPasswordReset(email: \"smtp-reset@example.test\")\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SmtpResetPassword($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a password from the mail\" })\n        }\n      "): (typeof documents)["\n        mutation SmtpResetPassword($token: String!) {\n          resetPassword(input: { token: $token, newPassword: \"a password from the mail\" })\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceChangesPropose($spaceId: ID!, $input: UpdateSpaceInput!, $note: String) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n      note\n      mine\n      changes {\n        name\n        postcode\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SpaceChangesPropose($spaceId: ID!, $input: UpdateSpaceInput!, $note: String) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n      note\n      mine\n      changes {\n        name\n        postcode\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceChangesAccept($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SpaceChangesAccept($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceChangesDecline($id: ID!, $note: String) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n"): (typeof documents)["\n  mutation SpaceChangesDecline($id: ID!, $note: String) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n      decisionNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceChangesProposals($spaceId: ID!, $status: SpaceChangeStatus) {\n    spaceChangeProposals(spaceId: $spaceId, status: $status) {\n      id\n      status\n      mine\n      proposer {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceChangesProposals($spaceId: ID!, $status: SpaceChangeStatus) {\n    spaceChangeProposals(spaceId: $spaceId, status: $status) {\n      id\n      status\n      mine\n      proposer {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceChangesSpace($id: ID!) {\n    space(id: $id) {\n      name\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      viewerIsSteward\n    }\n  }\n"): (typeof documents)["\n  query SpaceChangesSpace($id: ID!) {\n    space(id: $id) {\n      name\n      postcode\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      viewerIsSteward\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpaceChangesUpdate($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SpaceChangesUpdate($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceChangesStewards($id: ID!) {\n    space(id: $id) {\n      stewards {\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceChangesStewards($id: ID!) {\n    space(id: $id) {\n      stewards {\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpaceChangesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SpaceChangesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpaceChangesGrant($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      "): (typeof documents)["\n        mutation SpaceChangesGrant($s: ID!, $p: ID!) {\n          grantSpaceStewardship(spaceId: $s, personId: $p)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpaceChangesExportMyData {\n          exportMyData\n        }\n      "): (typeof documents)["\n        mutation SpaceChangesExportMyData {\n          exportMyData\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpaceChangesDeleteMyAccount($password: String!) {\n          deleteMyAccount(password: $password)\n        }\n      "): (typeof documents)["\n        mutation SpaceChangesDeleteMyAccount($password: String!) {\n          deleteMyAccount(password: $password)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesUpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SpacesUpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesGrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation SpacesGrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpacesRevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation SpacesRevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpacesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SpacesAuditEvents {\n          auditEvents(first: 50) {\n            edges {\n              node {\n                action\n                basis\n                actor {\n                  id\n                }\n                subject {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SpacesSpace($id: ID!) {\n          space(id: $id) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query SpacesSpace($id: ID!) {\n          space(id: $id) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation SpacesCreateSpace($input: CreateSpaceInput!) {\n          createSpace(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation SpacesCreateSpace($input: CreateSpaceInput!) {\n          createSpace(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsDaysSuggested {\n    suggestedSessions {\n      items(first: 10) {\n        match {\n          session {\n            title\n          }\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionsDaysSuggested {\n    suggestedSessions {\n      items(first: 10) {\n        match {\n          session {\n            title\n          }\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsDaysSet($days: [Int!]) {\n    updateMyProfile(input: { suitableWeekdays: $days }) {\n      suitableWeekdays\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsDaysSet($days: [Int!]) {\n    updateMyProfile(input: { suitableWeekdays: $days }) {\n      suitableWeekdays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsDaysMine {\n    me {\n      person {\n        suitableWeekdays\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionsDaysMine {\n    me {\n      person {\n        suitableWeekdays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsSuggested($first: Int) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          session {\n            id\n            title\n          }\n          fit\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionsSuggested($first: Int) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          session {\n            id\n            title\n          }\n          fit\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsJoin($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsJoin($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionsNextDate($id: ID!) {\n    session(id: $id) {\n      occurrences(count: 1, includeCancelled: false) {\n        occursOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestionsNextDate($id: ID!) {\n    session(id: $id) {\n      occurrences(count: 1, includeCancelled: false) {\n        occursOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsGo($s: ID!, $d: String!) {\n    goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: false) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsGo($s: ID!, $d: String!) {\n    goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: false) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsGive($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestionsGive($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestionsBlock($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation SuggestionsBlock($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SuggestionsHideTie($id: ID!) {\n        hideTie(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SuggestionsHideTie($id: ID!) {\n        hideTie(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation SuggestionsUnhideTie($id: ID!) {\n        unhideTie(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation SuggestionsUnhideTie($id: ID!) {\n        unhideTie(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query SuggestionsTooMany($first: Int) {\n          suggestedSessions {\n            items(first: $first) {\n              reasons {\n                kind\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query SuggestionsTooMany($first: Int) {\n          suggestedSessions {\n            items(first: $first) {\n              reasons {\n                kind\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessWorldJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessWorldJoinGroup($g: ID!) {\n          joinGroup(groupId: $g) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessWorldGiveConsent($input: GiveConsentInput!) {\n            giveConsent(input: $input) {\n              inForce\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessWorldGiveConsent($input: GiveConsentInput!) {\n            giveConsent(input: $input) {\n              inForce\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation AccessWorldRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        "): (typeof documents)["\n          mutation AccessWorldRecordVetting($input: RecordVettingInput!) {\n            recordVetting(input: $input) {\n              id\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessWorldReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n        }\n      "): (typeof documents)["\n        mutation AccessWorldReportHelpPost($p: ID!) {\n          reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM)\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AccessWorldModerationQueue($g: ID) {\n          moderationQueue(groupId: $g) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query AccessWorldModerationQueue($g: ID) {\n          moderationQueue(groupId: $g) {\n            edges {\n              node {\n                id\n                reports {\n                  id\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation AccessWorldRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n          raiseSafeguardingConcern(input: $input) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation AccessWorldRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n          raiseSafeguardingConcern(input: $input) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuditEventsAbout {\n        auditEvents(first: 50) {\n          edges {\n            node {\n              action\n              basis\n              actor {\n                id\n              }\n              subject {\n                id\n              }\n              viaGroup {\n                id\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query AuditEventsAbout {\n        auditEvents(first: 50) {\n          edges {\n            node {\n              action\n              basis\n              actor {\n                id\n              }\n              subject {\n                id\n              }\n              viaGroup {\n                id\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportMyDataAccessLog {\n    me {\n      dataAccessLog {\n        edges {\n          node {\n            action\n            basis\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupportMyDataAccessLog {\n    me {\n      dataAccessLog {\n        edges {\n          node {\n            action\n            basis\n            actor {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FactoriesCreateGroup($input: CreateGroupInput!) {\n        createGroup(input: $input) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation FactoriesCreateGroup($input: CreateGroupInput!) {\n        createGroup(input: $input) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FactoriesCreateSpace($input: CreateSpaceInput!) {\n        createSpace(input: $input) {\n          id\n          name\n        }\n      }\n    "): (typeof documents)["\n      mutation FactoriesCreateSpace($input: CreateSpaceInput!) {\n        createSpace(input: $input) {\n          id\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FactoriesCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) {\n          id\n          title\n        }\n      }\n    "): (typeof documents)["\n      mutation FactoriesCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) {\n          id\n          title\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    agreedByPostSide\n    agreedByResponder\n    fulfilledAt\n    cancelledAt\n    helpPost {\n      id\n      status\n    }\n    responder {\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    agreedByPostSide\n    agreedByResponder\n    fulfilledAt\n    cancelledAt\n    helpPost {\n      id\n      status\n    }\n    responder {\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation HelpExchangesCreateHelpPost($input: CreateHelpPostInput!) {\n        createHelpPost(input: $input) {\n          id\n          status\n          moderation\n        }\n      }\n    "): (typeof documents)["\n      mutation HelpExchangesCreateHelpPost($input: CreateHelpPostInput!) {\n        createHelpPost(input: $input) {\n          id\n          status\n          moderation\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation HelpExchangesRespondToHelpPost($p: ID!, $m: String!) {\n        respondToHelpPost(helpPostId: $p, message: $m) {\n          ...ExchangeFields\n        }\n      }\n    "): (typeof documents)["\n      mutation HelpExchangesRespondToHelpPost($p: ID!, $m: String!) {\n        respondToHelpPost(helpPostId: $p, message: $m) {\n          ...ExchangeFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HelpExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      moderation\n    }\n  }\n"): (typeof documents)["\n  mutation HelpExchangesSendExchangeMessage($e: ID!, $b: String!) {\n    sendExchangeMessage(exchangeId: $e, body: $b) {\n      id\n      moderation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HelpExchangesAgreeToExchange($e: ID!) {\n      agreeToExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation HelpExchangesAgreeToExchange($e: ID!) {\n      agreeToExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HelpExchangesMarkExchangeFulfilled($e: ID!) {\n      markExchangeFulfilled(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation HelpExchangesMarkExchangeFulfilled($e: ID!) {\n      markExchangeFulfilled(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation HelpExchangesCancelExchange($e: ID!) {\n      cancelExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  "): (typeof documents)["\n    mutation HelpExchangesCancelExchange($e: ID!) {\n      cancelExchange(exchangeId: $e) {\n        ...ExchangeFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query HelpExchangesHelpPost($id: ID!) {\n          helpPost(id: $id) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        query HelpExchangesHelpPost($id: ID!) {\n          helpPost(id: $id) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixAnalyticsLatest {\n            socialGraphAnalysis {\n              status\n              peopleCount\n              town {\n                people\n                shareWithoutActiveTie\n                shareOfHouseholdsIsolated\n              }\n              areas {\n                areaCell\n                people\n              }\n              households {\n                households\n                isolated\n                factors {\n                  factor\n                  households\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MatrixAnalyticsLatest {\n            socialGraphAnalysis {\n              status\n              peopleCount\n              town {\n                people\n                shareWithoutActiveTie\n                shareOfHouseholdsIsolated\n              }\n              areas {\n                areaCell\n                people\n              }\n              households {\n                households\n                isolated\n                factors {\n                  factor\n                  households\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixAnalyticsHistory {\n            socialGraphAnalyses(first: 5) {\n              id\n              status\n              trigger\n            }\n          }\n        "): (typeof documents)["\n          query MatrixAnalyticsHistory {\n            socialGraphAnalyses(first: 5) {\n              id\n              status\n              trigger\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixAnalyticsStart {\n            startSocialGraphAnalysis {\n              status\n              trigger\n              percent\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixAnalyticsStart {\n            startSocialGraphAnalysis {\n              status\n              trigger\n              percent\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatrixAnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      status\n      percent\n    }\n  }\n"): (typeof documents)["\n  subscription MatrixAnalyticsChanged($id: ID) {\n    socialGraphAnalysisChanged(id: $id) {\n      status\n      percent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n              query MatrixCheckInSessionRegister($s: ID!, $d: String!) {\n                sessionRegister(sessionId: $s, occursOn: $d) {\n                  sessionTitle\n                  people {\n                    displayName\n                    attended\n                  }\n                  unnamedGoing\n                  guests\n                }\n              }\n            "): (typeof documents)["\n              query MatrixCheckInSessionRegister($s: ID!, $d: String!) {\n                sessionRegister(sessionId: $s, occursOn: $d) {\n                  sessionTitle\n                  people {\n                    displayName\n                    attended\n                  }\n                  unnamedGoing\n                  guests\n                }\n              }\n            "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            query MatrixCheckInRegisterDates($s: ID!) {\n              registerDates(sessionId: $s) {\n                occursOn\n              }\n            }\n          "): (typeof documents)["\n            query MatrixCheckInRegisterDates($s: ID!) {\n              registerDates(sessionId: $s) {\n                occursOn\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixCheckInMarkAttended($s: ID!, $d: String!, $p: ID!) {\n              markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: true) {\n                people {\n                  displayName\n                  attended\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixCheckInMarkAttended($s: ID!, $d: String!, $p: ID!) {\n              markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: true) {\n                people {\n                  displayName\n                  attended\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixCheckInSetHeadcount($s: ID!, $d: String!) {\n              setHeadcount(sessionId: $s, occursOn: $d, guests: 3) {\n                guests\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixCheckInSetHeadcount($s: ID!, $d: String!) {\n              setHeadcount(sessionId: $s, occursOn: $d, guests: 3) {\n                guests\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixCheckInOpenCheckIn($s: ID!, $d: String!) {\n              openCheckIn(sessionId: $s, occursOn: $d) {\n                code\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixCheckInOpenCheckIn($s: ID!, $d: String!) {\n              openCheckIn(sessionId: $s, occursOn: $d) {\n                code\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixCheckInDeleteMyAttendance($id: ID!) {\n              deleteMyAttendance(id: $id)\n            }\n          "): (typeof documents)["\n            mutation MatrixCheckInDeleteMyAttendance($id: ID!) {\n              deleteMyAttendance(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatrixGoingNextDates($id: ID!) {\n          session(id: $id) {\n            occurrences(count: 1, includeCancelled: false) {\n              occursOn\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MatrixGoingNextDates($id: ID!) {\n          session(id: $id) {\n            occurrences(count: 1, includeCancelled: false) {\n              occursOn\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatrixGoingGoToSession($s: ID!, $d: String!) {\n          goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: true) {\n            status\n          }\n        }\n      "): (typeof documents)["\n        mutation MatrixGoingGoToSession($s: ID!, $d: String!) {\n          goToSession(sessionId: $s, occursOn: $d, shareNameWithOrganisers: true) {\n            status\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixGoingSessionAttendees($s: ID!, $d: String!) {\n            sessionAttendees(sessionId: $s, occursOn: $d) {\n              goingCount\n              named {\n                displayName\n                status\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MatrixGoingSessionAttendees($s: ID!, $d: String!) {\n            sessionAttendees(sessionId: $s, occursOn: $d) {\n              goingCount\n              named {\n                displayName\n                status\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixGroupsInviteCoOrganiser($g: ID!) {\n    inviteCoOrganiser(groupId: $g) {\n      token\n      invitation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixGroupsInviteCoOrganiser($g: ID!) {\n    inviteCoOrganiser(groupId: $g) {\n      token\n      invitation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatrixGroupsArchiveGroup($id: ID!) {\n          archiveGroup(id: $id) {\n            id\n          }\n        }\n      "): (typeof documents)["\n        mutation MatrixGroupsArchiveGroup($id: ID!) {\n          archiveGroup(id: $id) {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation MatrixGroupsAcceptInvitation($t: String!) {\n          acceptCoOrganiserInvitation(token: $t) {\n            role\n          }\n        }\n      "): (typeof documents)["\n        mutation MatrixGroupsAcceptInvitation($t: String!) {\n          acceptCoOrganiserInvitation(token: $t) {\n            role\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatrixGroupsOrganisers($id: ID!) {\n          group(id: $id) {\n            name\n            organisers {\n              displayName\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MatrixGroupsOrganisers($id: ID!) {\n          group(id: $id) {\n            name\n            organisers {\n              displayName\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query MatrixGroupsOpenInvitations($id: ID!) {\n          group(id: $id) {\n            name\n            openInvitations {\n              expiresAt\n            }\n          }\n        }\n      "): (typeof documents)["\n        query MatrixGroupsOpenInvitations($id: ID!) {\n          group(id: $id) {\n            name\n            openInvitations {\n              expiresAt\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixGroupsArchive($id: ID!) {\n              archiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixGroupsArchive($id: ID!) {\n              archiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixGroupsUnarchive($id: ID!) {\n              unarchiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixGroupsUnarchive($id: ID!) {\n              unarchiveGroup(id: $id) {\n                name\n                archivedAt\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixGroupsInvite($g: ID!) {\n              inviteCoOrganiser(groupId: $g) {\n                invitation {\n                  expiresAt\n                }\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixGroupsInvite($g: ID!) {\n              inviteCoOrganiser(groupId: $g) {\n                invitation {\n                  expiresAt\n                }\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixGroupsRevoke($id: ID!) {\n              revokeCoOrganiserInvitation(id: $id)\n            }\n          "): (typeof documents)["\n            mutation MatrixGroupsRevoke($id: ID!) {\n              revokeCoOrganiserInvitation(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixGroupsRemoveOrganiser($g: ID!, $p: ID!) {\n              removeOrganiser(groupId: $g, personId: $p)\n            }\n          "): (typeof documents)["\n            mutation MatrixGroupsRemoveOrganiser($g: ID!, $p: ID!) {\n              removeOrganiser(groupId: $g, personId: $p)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixPartnersProposeSpaceChange($s: ID!, $postcode: String!) {\n    proposeSpaceChange(spaceId: $s, input: { postcode: $postcode }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixPartnersProposeSpaceChange($s: ID!, $postcode: String!) {\n    proposeSpaceChange(spaceId: $s, input: { postcode: $postcode }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixPartnersProposePartnership($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixPartnersProposePartnership($from: ID!, $to: ID!, $note: String) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatrixPartnersAcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MatrixPartnersAcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixPartnersSpaceStewards($id: ID!) {\n            space(id: $id) {\n              name\n              stewards {\n                person {\n                  displayName\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MatrixPartnersSpaceStewards($id: ID!) {\n            space(id: $id) {\n              name\n              stewards {\n                person {\n                  displayName\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixPartnersStewardCandidates($id: ID!) {\n            space(id: $id) {\n              name\n              stewardCandidates {\n                displayName\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MatrixPartnersStewardCandidates($id: ID!) {\n            space(id: $id) {\n              name\n              stewardCandidates {\n                displayName\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixPartnersPendingPartnerships($id: ID!) {\n            group(id: $id) {\n              name\n              pendingPartnerships {\n                status\n                fromGroup {\n                  name\n                }\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MatrixPartnersPendingPartnerships($id: ID!) {\n            group(id: $id) {\n              name\n              pendingPartnerships {\n                status\n                fromGroup {\n                  name\n                }\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query MatrixPartnersPartnershipNote($id: ID!) {\n            group(id: $id) {\n              partnerships {\n                fromGroup {\n                  name\n                }\n                note\n              }\n            }\n          }\n        "): (typeof documents)["\n          query MatrixPartnersPartnershipNote($id: ID!) {\n            group(id: $id) {\n              partnerships {\n                fromGroup {\n                  name\n                }\n                note\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersProposeSpaceChange2($s: ID!, $note: String!) {\n            proposeSpaceChange(\n              spaceId: $s\n              input: { name: \"Partner Hall (rear door)\" }\n              note: $note\n            ) {\n              status\n              note\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersProposeSpaceChange2($s: ID!, $note: String!) {\n            proposeSpaceChange(\n              spaceId: $s\n              input: { name: \"Partner Hall (rear door)\" }\n              note: $note\n            ) {\n              status\n              note\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersAcceptSpaceChange($id: ID!) {\n            acceptSpaceChange(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersAcceptSpaceChange($id: ID!) {\n            acceptSpaceChange(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersDeclineSpaceChange($id: ID!) {\n            declineSpaceChange(id: $id, note: \"Not now\") {\n              status\n              decisionNote\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersDeclineSpaceChange($id: ID!) {\n            declineSpaceChange(id: $id, note: \"Not now\") {\n              status\n              decisionNote\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersProposePartnership2($from: ID!, $to: ID!) {\n            proposePartnership(fromGroupId: $from, toGroupId: $to) {\n              status\n              toGroup {\n                name\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersProposePartnership2($from: ID!, $to: ID!) {\n            proposePartnership(fromGroupId: $from, toGroupId: $to) {\n              status\n              toGroup {\n                name\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersAcceptPartnership2($id: ID!) {\n            acceptPartnership(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersAcceptPartnership2($id: ID!) {\n            acceptPartnership(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersDeclinePartnership($id: ID!) {\n            declinePartnership(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersDeclinePartnership($id: ID!) {\n            declinePartnership(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPartnersEndPartnership($id: ID!) {\n            endPartnership(id: $id) {\n              status\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPartnersEndPartnership($id: ID!) {\n            endPartnership(id: $id) {\n              status\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MatrixPublishCancelToRestore($s: ID!) {\n        cancelSessionDate(sessionId: $s, occursOn: \"2027-01-19\", reason: \"Snow\") {\n          cancelled\n        }\n      }\n    "): (typeof documents)["\n      mutation MatrixPublishCancelToRestore($s: ID!) {\n        cancelSessionDate(sessionId: $s, occursOn: \"2027-01-19\", reason: \"Snow\") {\n          cancelled\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPublishDeleteSession($id: ID!) {\n            deleteSession(id: $id)\n          }\n        "): (typeof documents)["\n          mutation MatrixPublishDeleteSession($id: ID!) {\n            deleteSession(id: $id)\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPublishCancelSessionDate($s: ID!) {\n            cancelSessionDate(sessionId: $s, occursOn: \"2027-02-02\", reason: \"Half term\") {\n              occursOn\n              cancelled\n              cancellationReason\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPublishCancelSessionDate($s: ID!) {\n            cancelSessionDate(sessionId: $s, occursOn: \"2027-02-02\", reason: \"Half term\") {\n              occursOn\n              cancelled\n              cancellationReason\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPublishRestoreSessionDate($s: ID!) {\n            restoreSessionDate(sessionId: $s, occursOn: \"2027-01-19\") {\n              occursOn\n              cancelled\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPublishRestoreSessionDate($s: ID!) {\n            restoreSessionDate(sessionId: $s, occursOn: \"2027-01-19\") {\n              occursOn\n              cancelled\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPublishMoveSessionDate($s: ID!) {\n            moveSessionDate(\n              sessionId: $s\n              occursOn: \"2027-01-19\"\n              toDate: \"2027-01-20\"\n              toTime: \"10:00\"\n            ) {\n              occursOn\n              startsAt\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPublishMoveSessionDate($s: ID!) {\n            moveSessionDate(\n              sessionId: $s\n              occursOn: \"2027-01-19\"\n              toDate: \"2027-01-20\"\n              toTime: \"10:00\"\n            ) {\n              occursOn\n              startsAt\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation MatrixPublishChangeSessionTimeFrom($s: ID!) {\n            changeSessionTimeFrom(sessionId: $s, fromDate: \"2027-01-05\", startTime: \"11:00\") {\n              startTime\n            }\n          }\n        "): (typeof documents)["\n          mutation MatrixPublishChangeSessionTimeFrom($s: ID!) {\n            changeSessionTimeFrom(sessionId: $s, fromDate: \"2027-01-05\", startTime: \"11:00\") {\n              startTime\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixTiesHideTie($id: ID!) {\n              hideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixTiesHideTie($id: ID!) {\n              hideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixTiesUnhideTie($id: ID!) {\n              unhideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          "): (typeof documents)["\n            mutation MatrixTiesUnhideTie($id: ID!) {\n              unhideTie(id: $id) {\n                provenance\n                hidden\n              }\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n            mutation MatrixTiesRemoveTie($id: ID!) {\n              removeTie(id: $id)\n            }\n          "): (typeof documents)["\n            mutation MatrixTiesRemoveTie($id: ID!) {\n              removeTie(id: $id)\n            }\n          "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApiSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApiSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestApiSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestApiSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      person {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TiesMyTies($hidden: Boolean, $first: Int, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          provenance\n          strength\n          weight\n          fades\n          active\n          hidden\n          evidenceCount\n          reasons {\n            kind\n            count\n            sessionTitle\n            groupName\n            lastOn\n          }\n          other {\n            __typename\n            ... on Person {\n              id\n              displayName\n            }\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TiesMyTies($hidden: Boolean, $first: Int, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          provenance\n          strength\n          weight\n          fades\n          active\n          hidden\n          evidenceCount\n          reasons {\n            kind\n            count\n            sessionTitle\n            groupName\n            lastOn\n          }\n          other {\n            __typename\n            ... on Person {\n              id\n              displayName\n            }\n            ... on Group {\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      total\n    }\n  }\n"): (typeof documents)["\n  mutation TiesMarkAttended($s: ID!, $d: String!, $p: ID!, $a: Boolean!) {\n    markAttended(sessionId: $s, occursOn: $d, personId: $p, attended: $a) {\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation TiesOpenCheckIn($s: ID!, $d: String!) {\n    openCheckIn(sessionId: $s, occursOn: $d) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TiesCheckIn($c: String!) {\n    checkIn(code: $c) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesHideTie($id: ID!) {\n    hideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation TiesHideTie($id: ID!) {\n    hideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesUnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation TiesUnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      id\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesRemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n"): (typeof documents)["\n  mutation TiesRemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesJoinGroup($g: ID!) {\n    joinGroup(groupId: $g) {\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation TiesJoinGroup($g: ID!) {\n    joinGroup(groupId: $g) {\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesLeaveGroup($g: ID!) {\n    leaveGroup(groupId: $g)\n  }\n"): (typeof documents)["\n  mutation TiesLeaveGroup($g: ID!) {\n    leaveGroup(groupId: $g)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n"): (typeof documents)["\n  mutation TiesBlockPerson($p: ID!) {\n    blockPerson(personId: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TiesMyAttendance {\n    myAttendance(first: 5) {\n      edges {\n        node {\n          id\n          occursOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TiesMyAttendance {\n    myAttendance(first: 5) {\n      edges {\n        node {\n          id\n          occursOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n"): (typeof documents)["\n  mutation TiesDeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  mutation TiesExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TiesDeleteMyAccount($p: String!) {\n    deleteMyAccount(password: $p)\n  }\n"): (typeof documents)["\n  mutation TiesDeleteMyAccount($p: String!) {\n    deleteMyAccount(password: $p)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TownMe {\n          me {\n            workerFor {\n              inDate\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TownMe {\n          me {\n            workerFor {\n              inDate\n              organisation {\n                id\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TownCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n                lifeStage {\n                  childAgesMonths\n                }\n              }\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TownCaseload($id: ID!) {\n          caseload(organisationId: $id) {\n            edges {\n              node {\n                id\n                lifeStage {\n                  childAgesMonths\n                }\n              }\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TownMe2 {\n            me {\n              person {\n                id\n              }\n            }\n          }\n        "): (typeof documents)["\n          query TownMe2 {\n            me {\n              person {\n                id\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query TownMe3 {\n            me {\n              roles\n            }\n          }\n        "): (typeof documents)["\n          query TownMe3 {\n            me {\n              roles\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query TownGroups {\n          groups(first: 10) {\n            edges {\n              node {\n                name\n                kind\n                memberCount\n                sessions {\n                  title\n                  nextOccurrences(count: 2)\n                  space {\n                    name\n                    latitude\n                  }\n                }\n              }\n            }\n          }\n          helpPosts(first: 5) {\n            edges {\n              node {\n                title\n                category\n                areaCell\n              }\n            }\n          }\n          upcomingSessions(days: 7, first: 10) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      "): (typeof documents)["\n        query TownGroups {\n          groups(first: 10) {\n            edges {\n              node {\n                name\n                kind\n                memberCount\n                sessions {\n                  title\n                  nextOccurrences(count: 2)\n                  space {\n                    name\n                    latitude\n                  }\n                }\n              }\n            }\n          }\n          helpPosts(first: 5) {\n            edges {\n              node {\n                title\n                category\n                areaCell\n              }\n            }\n          }\n          upcomingSessions(days: 7, first: 10) {\n            startsAt\n            session {\n              title\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebsocketLimitsHelpPostsNear($cells: [String!], $since: String) {\n    helpPostsNear(areaCells: $cells, since: $since) {\n      helpPost {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WebsocketLimitsHelpPostsNear($cells: [String!], $since: String) {\n    helpPostsNear(areaCells: $cells, since: $since) {\n      helpPost {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          query WebsocketLimitsLiveCursor {\n            liveCursor\n          }\n        "): (typeof documents)["\n          query WebsocketLimitsLiveCursor {\n            liveCursor\n          }\n        "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;