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
    "\n  query Account {\n    me {\n      email\n      person {\n        ...MyProfile\n      }\n      sessions {\n        id\n        userAgent\n        createdAt\n        lastSeenAt\n        current\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query MyGiving {\n    me {\n      person {\n        id\n        helpGiven\n        helpReceived\n      }\n    }\n  }\n": typeof types.MyGivingDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ViewerFields on Me {\n    email\n    person {\n      id\n      displayName\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment SocialGraphRunFields on SocialGraphAnalysis {\n    id\n    status\n    phase\n    percent\n    phaseDone\n    phaseTotal\n    trigger\n    createdAt\n    finishedAt\n    peopleCount\n    error\n  }\n": typeof types.SocialGraphRunFieldsFragmentDoc,
    "\n  query SocialGraphAnalysis {\n    socialGraphAnalysis {\n      ...SocialGraphRunFields\n      at\n      groupCount\n      tieCount\n      communities\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n      }\n      households {\n        households\n        isolated\n      }\n    }\n    socialGraphAnalyses(first: 10) {\n      ...SocialGraphRunFields\n    }\n  }\n": typeof types.SocialGraphAnalysisDocument,
    "\n  mutation StartSocialGraphAnalysis {\n    startSocialGraphAnalysis {\n      ...SocialGraphRunFields\n    }\n  }\n": typeof types.StartSocialGraphAnalysisDocument,
    "\n  subscription SocialGraphAnalysisChanged {\n    socialGraphAnalysisChanged {\n      ...SocialGraphRunFields\n    }\n  }\n": typeof types.SocialGraphAnalysisChangedDocument,
    "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      id\n      occursOn\n      recordedHow\n      session {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query MyAttendance($first: Int!, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyAttendanceDocument,
    "\n  mutation DeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n": typeof types.DeleteMyAttendanceDocument,
    "\n  fragment SessionRegisterFields on SessionRegister {\n    id\n    sessionId\n    sessionTitle\n    occursOn\n    startsAt\n    endsAt\n    editable\n    editableFrom\n    editableUntil\n    people {\n      personId\n      displayName\n      waiting\n      attended\n      recordedHow\n    }\n    unnamedGoing\n    unnamedCheckedIn\n    guests\n    total\n    checkInCode {\n      code\n      validFrom\n      validUntil\n    }\n  }\n": typeof types.SessionRegisterFieldsFragmentDoc,
    "\n  query SessionRegister($sessionId: ID!, $occursOn: String!) {\n    sessionRegister(sessionId: $sessionId, occursOn: $occursOn) {\n      ...SessionRegisterFields\n    }\n  }\n": typeof types.SessionRegisterDocument,
    "\n  mutation MarkAttended($sessionId: ID!, $occursOn: String!, $personId: ID!, $attended: Boolean!) {\n    markAttended(\n      sessionId: $sessionId\n      occursOn: $occursOn\n      personId: $personId\n      attended: $attended\n    ) {\n      ...SessionRegisterFields\n    }\n  }\n": typeof types.MarkAttendedDocument,
    "\n  mutation SetHeadcount($sessionId: ID!, $occursOn: String!, $guests: Int!) {\n    setHeadcount(sessionId: $sessionId, occursOn: $occursOn, guests: $guests) {\n      ...SessionRegisterFields\n    }\n  }\n": typeof types.SetHeadcountDocument,
    "\n  mutation OpenCheckIn($sessionId: ID!, $occursOn: String!) {\n    openCheckIn(sessionId: $sessionId, occursOn: $occursOn) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n": typeof types.OpenCheckInDocument,
    "\n  query RegisterKeeper($id: ID!) {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      group {\n        id\n      }\n    }\n  }\n": typeof types.RegisterKeeperDocument,
    "\n  query RegisterDates($sessionId: ID!) {\n    registerDates(sessionId: $sessionId) {\n      occursOn\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.RegisterDatesDocument,
    "\n  fragment MyTieFields on MyTie {\n    id\n    provenance\n    weight\n    fades\n    active\n    hidden\n    reasons {\n      kind\n      count\n      sessionId\n      sessionTitle\n      groupName\n      lastOn\n      lastAt\n    }\n    other {\n      __typename\n      ... on Person {\n        id\n        displayName\n      }\n      ... on Group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyTieFieldsFragmentDoc,
    "\n  query MyTies($hidden: Boolean!, $first: Int!, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MyTieFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyTiesDocument,
    "\n  mutation HideTie($id: ID!) {\n    hideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n": typeof types.HideTieDocument,
    "\n  mutation UnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n": typeof types.UnhideTieDocument,
    "\n  mutation RemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n": typeof types.RemoveTieDocument,
    "\n  query DiscoverProfile {\n    me {\n      person {\n        ...MyProfile\n      }\n    }\n  }\n": typeof types.DiscoverProfileDocument,
    "\n  fragment SessionPlace on Space {\n    id\n    name\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n  }\n": typeof types.SessionPlaceFragmentDoc,
    "\n  query SessionSearch(\n    $point: PointInput\n    $areaCell: String\n    $postcode: String\n    $address: String\n    $withinMetres: Int\n    $childAgeMonths: Int\n    $dueMonth: String\n    $weekdays: [Int!]!\n    $startsFrom: String\n    $startsBy: String\n    $languages: [String!]!\n    $freeOnly: Boolean!\n    $accessibility: [AccessibilityFeature!]!\n    $groupKinds: [GroupKind!]!\n    $text: String\n    $sort: SessionSearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    sessionSearch(\n      point: $point\n      areaCell: $areaCell\n      postcode: $postcode\n      address: $address\n      withinMetres: $withinMetres\n      childAgeMonths: $childAgeMonths\n      dueMonth: $dueMonth\n      weekdays: $weekdays\n      startsFrom: $startsFrom\n      startsBy: $startsBy\n      languages: $languages\n      freeOnly: $freeOnly\n      accessibility: $accessibility\n      groupKinds: $groupKinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        cursor\n        node {\n          ...SessionSearchResultDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SessionSearchDocument,
    "\n  fragment SessionSearchResultDetails on SessionSearchResult {\n    distanceMetres\n    walkingMinutes\n    nextOccurrences\n    fit\n    reasons {\n      kind\n      detail\n    }\n    session {\n      id\n      title\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      durationMinutes\n      group {\n        id\n        name\n        kind\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n": typeof types.SessionSearchResultDetailsFragmentDoc,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      capacity\n      durationMinutes\n      nextOccurrences(count: 5)\n      recurrence\n      startDate\n      icalUrl\n      group {\n        id\n        name\n        kind\n        icalUrl\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n": typeof types.SessionDocument,
    "\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    mySide\n    givingSide\n    agreedByPostSide\n    agreedByResponder\n    createdAt\n    fulfilledAt\n    cancelledAt\n    myFeedbackGiven\n    responder {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      kind\n      category\n      title\n      status\n      authorGroup {\n        id\n        name\n      }\n      authorPerson {\n        id\n        displayName\n      }\n    }\n    thanks {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ExchangeFieldsFragmentDoc,
    "\n  fragment ExchangeConnectionFields on ExchangeConnection {\n    edges {\n      cursor\n      node {\n        ...ExchangeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.ExchangeConnectionFieldsFragmentDoc,
    "\n  query MyExchanges($first: Int!, $after: String) {\n    myExchanges(first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n    liveCursor\n  }\n": typeof types.MyExchangesDocument,
    "\n  query GroupExchanges($groupId: ID!, $first: Int!, $after: String) {\n    groupExchanges(groupId: $groupId, first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n  }\n": typeof types.GroupExchangesDocument,
    "\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeFields\n    }\n    liveCursor\n  }\n": typeof types.ExchangeDocument,
    "\n  fragment ExchangeMessageFields on ExchangeMessage {\n    id\n    body\n    mine\n    side\n    sentAt\n    moderation\n    removalNote\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.ExchangeMessageFieldsFragmentDoc,
    "\n  query ExchangeMessages($exchangeId: ID!, $first: Int!, $after: String) {\n    exchangeMessages(exchangeId: $exchangeId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ExchangeMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    liveCursor\n  }\n": typeof types.ExchangeMessagesDocument,
    "\n  mutation RespondToHelpPost($helpPostId: ID!, $message: String!) {\n    respondToHelpPost(helpPostId: $helpPostId, message: $message) {\n      ...ExchangeFields\n    }\n  }\n": typeof types.RespondToHelpPostDocument,
    "\n  mutation SendExchangeMessage($exchangeId: ID!, $body: String!) {\n    sendExchangeMessage(exchangeId: $exchangeId, body: $body) {\n      ...ExchangeMessageFields\n    }\n  }\n": typeof types.SendExchangeMessageDocument,
    "\n  mutation AgreeToExchange($exchangeId: ID!) {\n    agreeToExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n": typeof types.AgreeToExchangeDocument,
    "\n  mutation MarkExchangeFulfilled($exchangeId: ID!) {\n    markExchangeFulfilled(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n": typeof types.MarkExchangeFulfilledDocument,
    "\n  mutation CancelExchange($exchangeId: ID!) {\n    cancelExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n": typeof types.CancelExchangeDocument,
    "\n  mutation ThankForExchange($exchangeId: ID!, $message: String!) {\n    thankForExchange(exchangeId: $exchangeId, message: $message) {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ThankForExchangeDocument,
    "\n  mutation GiveExchangeFeedback(\n    $exchangeId: ID!\n    $feltWelcome: Boolean!\n    $feltListenedTo: Boolean!\n    $wouldMeetAgain: Boolean!\n  ) {\n    giveExchangeFeedback(\n      exchangeId: $exchangeId\n      feltWelcome: $feltWelcome\n      feltListenedTo: $feltListenedTo\n      wouldMeetAgain: $wouldMeetAgain\n    )\n  }\n": typeof types.GiveExchangeFeedbackDocument,
    "\n  subscription ExchangeMessageAdded($exchangeId: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $exchangeId, since: $since) {\n      cursor\n      message {\n        ...ExchangeMessageFields\n      }\n    }\n  }\n": typeof types.ExchangeMessageAddedDocument,
    "\n  subscription ExchangeUpdated($exchangeId: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $exchangeId, since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n": typeof types.ExchangeUpdatedDocument,
    "\n  subscription HelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n": typeof types.HelpPostRespondedDocument,
    "\n  query GoingDates($id: ID!, $signedIn: Boolean!) {\n    session(id: $id) {\n      id\n      title\n      capacity\n      group {\n        id\n      }\n      occurrences(count: 4, includeCancelled: false) {\n        occursOn\n        startsAt\n        endsAt\n        goingCount\n        waitingCount\n        placesLeft\n        myRsvp @include(if: $signedIn) {\n          occursOn\n          status\n          waitingPosition\n          nameSharedWithOrganisers\n        }\n      }\n    }\n  }\n": typeof types.GoingDatesDocument,
    "\n  query GoingViewer {\n    me {\n      savedSessions {\n        id\n        title\n      }\n      organising {\n        id\n      }\n    }\n  }\n": typeof types.GoingViewerDocument,
    "\n  mutation GoToSession($sessionId: ID!, $occursOn: String!, $share: Boolean!) {\n    goToSession(sessionId: $sessionId, occursOn: $occursOn, shareNameWithOrganisers: $share) {\n      occursOn\n      status\n      waitingPosition\n      nameSharedWithOrganisers\n    }\n  }\n": typeof types.GoToSessionDocument,
    "\n  mutation CancelGoing($sessionId: ID!, $occursOn: String!) {\n    cancelGoing(sessionId: $sessionId, occursOn: $occursOn)\n  }\n": typeof types.CancelGoingDocument,
    "\n  mutation GoingSaveSession($sessionId: ID!) {\n    saveSession(sessionId: $sessionId)\n  }\n": typeof types.GoingSaveSessionDocument,
    "\n  mutation GoingUnsaveSession($sessionId: ID!) {\n    unsaveSession(sessionId: $sessionId)\n  }\n": typeof types.GoingUnsaveSessionDocument,
    "\n  query SessionAttendees($sessionId: ID!, $occursOn: String!) {\n    sessionAttendees(sessionId: $sessionId, occursOn: $occursOn) {\n      occursOn\n      goingCount\n      waitingCount\n      named {\n        displayName\n        status\n      }\n    }\n  }\n": typeof types.SessionAttendeesDocument,
    "\n  query MyUpcomingSessions($first: Int!, $after: String) {\n    myUpcomingSessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          occursOn\n          status\n          waitingPosition\n          cancelled\n          session {\n            id\n            title\n          }\n          occurrence {\n            startsAt\n            endsAt\n            cancellationReason\n            movedFrom\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyUpcomingSessionsDocument,
    "\n  query GoingMyCalendarFeed {\n    me {\n      hasCalendarFeed\n    }\n  }\n": typeof types.GoingMyCalendarFeedDocument,
    "\n  mutation GoingNewMyCalendarFeed {\n    newMyCalendarFeed\n  }\n": typeof types.GoingNewMyCalendarFeedDocument,
    "\n  mutation GoingEndMyCalendarFeed {\n    endMyCalendarFeed\n  }\n": typeof types.GoingEndMyCalendarFeedDocument,
    "\n  query Group($id: ID, $slug: String) {\n    group(id: $id, slug: $slug) {\n      id\n      slug\n      name\n      kind\n      archivedAt\n      viewerRole\n      description\n      languages\n      memberCount\n      website\n      icalUrl\n      sessions {\n        ...SessionDetails\n        icalUrl\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  fragment GroupFormFields on Group {\n    id\n    slug\n    name\n    kind\n    description\n    languages\n    website\n    archivedAt\n    viewerRole\n  }\n": typeof types.GroupFormFieldsFragmentDoc,
    "\n  query EditGroup($slug: String!) {\n    group(slug: $slug) {\n      ...GroupFormFields\n    }\n  }\n": typeof types.EditGroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFormFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFormFields\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation UnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveGroupDocument,
    "\n  query JoiningPrivacy {\n    me {\n      person {\n        id\n      }\n      consents {\n        id\n        kind\n        inForce\n      }\n    }\n  }\n": typeof types.JoiningPrivacyDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      role\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  query OrganiserPanel($id: ID!) {\n    group(id: $id) {\n      id\n      memberCount\n      organisers {\n        id\n        displayName\n      }\n      openInvitations {\n        id\n        createdAt\n        expiresAt\n      }\n      sessions {\n        id\n        title\n        nextOccurrences(count: 1)\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n        }\n      }\n    }\n    groupMembers(groupId: $id, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.OrganiserPanelDocument,
    "\n  mutation InviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteCoOrganiserDocument,
    "\n  mutation RevokeCoOrganiserInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n": typeof types.RevokeCoOrganiserInvitationDocument,
    "\n  mutation RemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n": typeof types.RemoveOrganiserDocument,
    "\n  query CoOrganiserInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      expiresAt\n      alreadyOrganiser\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n": typeof types.CoOrganiserInvitationDocument,
    "\n  mutation AcceptCoOrganiserInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      id\n      role\n    }\n  }\n": typeof types.AcceptCoOrganiserInvitationDocument,
    "\n  query HelpPostMatches($id: ID!, $first: Int!) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      reasons {\n        kind\n        text\n      }\n      post {\n        ...HelpPostFields\n      }\n    }\n  }\n": typeof types.HelpPostMatchesDocument,
    "\n  fragment HelpPostFields on HelpPost {\n    id\n    kind\n    category\n    title\n    description\n    availability\n    availabilitySlots {\n      weekday\n      partOfDay\n    }\n    languages\n    quantity\n    expiresAt\n    status\n    moderation\n    removalNote\n    areaCell\n    createdAt\n    authorGroup {\n      id\n      name\n    }\n    authorPerson {\n      id\n      displayName\n    }\n  }\n": typeof types.HelpPostFieldsFragmentDoc,
    "\n  fragment HelpPostConnectionFields on HelpPostConnection {\n    edges {\n      cursor\n      node {\n        ...HelpPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.HelpPostConnectionFieldsFragmentDoc,
    "\n  query HelpPosts(\n    $kind: HelpPostKind\n    $category: HelpCategory\n    $areaCell: String\n    $first: Int!\n    $after: String\n  ) {\n    helpPosts(kind: $kind, category: $category, areaCell: $areaCell, first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n    liveCursor\n  }\n": typeof types.HelpPostsDocument,
    "\n  subscription HelpPostsNear($areaCells: [String!], $categories: [HelpCategory!], $since: String) {\n    helpPostsNear(areaCells: $areaCells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        ...HelpPostFields\n      }\n    }\n  }\n": typeof types.HelpPostsNearDocument,
    "\n  query HelpPost($id: ID!) {\n    helpPost(id: $id) {\n      ...HelpPostFields\n    }\n    liveCursor\n  }\n": typeof types.HelpPostDocument,
    "\n  subscription HelpPostStatusChanged($areaCell: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $areaCell, since: $since) {\n      cursor\n      helpPost {\n        id\n        status\n      }\n    }\n  }\n": typeof types.HelpPostStatusChangedDocument,
    "\n  query HelpFormContext {\n    me {\n      person {\n        id\n        areaCell\n        languages\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HelpFormContextDocument,
    "\n  mutation CreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      ...HelpPostFields\n    }\n  }\n": typeof types.CreateHelpPostDocument,
    "\n  query MyHelpPosts($first: Int!, $after: String) {\n    myHelpPosts(first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n  }\n": typeof types.MyHelpPostsDocument,
    "\n  mutation WithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawHelpPostDocument,
    "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n": typeof types.MapSettingsDocument,
    "\n  query NearbyParents($near: NearInput!, $first: Int!, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          distance\n          sharesALanguage\n          person {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      profileAsOf\n    }\n  }\n": typeof types.NearbyParentsDocument,
    "\n  query GroupPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      partnerships {\n        id\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n": typeof types.GroupPartnershipsDocument,
    "\n  query PendingPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      pendingPartnerships {\n        id\n        note\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PendingPartnershipsDocument,
    "\n  query PartnerSearch($text: String!) {\n    groups(search: $text, first: 8) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PartnerSearchDocument,
    "\n  mutation ProposePartnership($from: ID!, $to: ID!, $note: String!) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ProposePartnershipDocument,
    "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptPartnershipDocument,
    "\n  mutation DeclinePartnership($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeclinePartnershipDocument,
    "\n  mutation EndPartnership($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.EndPartnershipDocument,
    "\n  query DataAccessLog($first: Int!, $after: String) {\n    me {\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            at\n            action\n            basis\n            purpose\n            actor {\n              id\n              displayName\n            }\n            viaGroup {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.DataAccessLogDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query Privacy {\n    me {\n      person {\n        id\n        areaCell\n        lifeStage {\n          expecting\n          childAgesMonths\n        }\n      }\n      consents {\n        id\n        kind\n        purpose\n        givenAt\n        withdrawnAt\n        inForce\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PrivacyDocument,
    "\n  mutation GiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n      kind\n      inForce\n    }\n  }\n": typeof types.GiveConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  query Organisations($first: Int!) {\n    services: groups(kind: SERVICE, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    schemes: groups(kind: VOLUNTEER_SCHEME, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  fragment MyProfile on Person {\n    id\n    displayName\n    areaCell\n    languages\n    suitableWeekdays\n    lifeStage {\n      expecting\n      dueMonth\n      childAgesMonths\n    }\n  }\n": typeof types.MyProfileFragmentDoc,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfile\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query SafetyRoles {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n  }\n": typeof types.SafetyRolesDocument,
    "\n  mutation ReportHelpPost($helpPostId: ID!, $reason: ReportReason!, $details: String) {\n    reportHelpPost(helpPostId: $helpPostId, reason: $reason, details: $details)\n  }\n": typeof types.ReportHelpPostDocument,
    "\n  mutation ReportExchangeMessage($messageId: ID!, $reason: ReportReason!, $details: String) {\n    reportExchangeMessage(messageId: $messageId, reason: $reason, details: $details)\n  }\n": typeof types.ReportExchangeMessageDocument,
    "\n  mutation BlockPerson($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n": typeof types.BlockPersonDocument,
    "\n  mutation UnblockPerson($personId: ID!) {\n    unblockPerson(personId: $personId)\n  }\n": typeof types.UnblockPersonDocument,
    "\n  query BlockedPeople {\n    blockedPeople {\n      id\n      displayName\n    }\n  }\n": typeof types.BlockedPeopleDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    subjectKind\n    state\n    createdAt\n    text\n    helpPost {\n      id\n      title\n    }\n    group {\n      id\n      name\n    }\n    screening {\n      rule\n      phrase\n    }\n    reports {\n      id\n      reason\n      details\n      status\n      createdAt\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.ReleaseModerationItemDocument,
    "\n  mutation RemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.RemoveModerationItemDocument,
    "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n": typeof types.DismissReportDocument,
    "\n  fragment MyConcernFields on MySafeguardingConcern {\n    id\n    concern\n    status\n    createdAt\n    updatedAt\n  }\n": typeof types.MyConcernFieldsFragmentDoc,
    "\n  mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      ...MyConcernFields\n    }\n  }\n": typeof types.RaiseSafeguardingConcernDocument,
    "\n  query MySafeguardingConcerns {\n    mySafeguardingConcerns {\n      ...MyConcernFields\n    }\n  }\n": typeof types.MySafeguardingConcernsDocument,
    "\n  fragment SafeguardingConcernFields on SafeguardingConcern {\n    id\n    concern\n    status\n    leadNotes\n    createdAt\n    updatedAt\n    message\n    raisedBy {\n      id\n      displayName\n    }\n    aboutPerson {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      title\n    }\n  }\n": typeof types.SafeguardingConcernFieldsFragmentDoc,
    "\n  query SafeguardingConcerns($status: SafeguardingConcernStatus, $first: Int!, $after: String) {\n    safeguardingConcerns(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SafeguardingConcernFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SafeguardingConcernsDocument,
    "\n  mutation UpdateSafeguardingConcern(\n    $id: ID!\n    $status: SafeguardingConcernStatus!\n    $leadNotes: String\n  ) {\n    updateSafeguardingConcern(id: $id, status: $status, leadNotes: $leadNotes) {\n      ...SafeguardingConcernFields\n    }\n  }\n": typeof types.UpdateSafeguardingConcernDocument,
    "\n  subscription SafeguardingConcernRaised {\n    safeguardingConcernRaised {\n      ...SafeguardingConcernFields\n    }\n  }\n": typeof types.SafeguardingConcernRaisedDocument,
    "\n  query PublishOrganising {\n    me {\n      person {\n        id\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PublishOrganisingDocument,
    "\n  query PublishSessionToEdit($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n      group {\n        id\n        name\n      }\n      space {\n        id\n        name\n        address\n      }\n    }\n  }\n": typeof types.PublishSessionToEditDocument,
    "\n  mutation PublishCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishCreateSessionDocument,
    "\n  mutation PublishUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n    }\n  }\n": typeof types.PublishUpdateSessionDocument,
    "\n  mutation PublishDeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n": typeof types.PublishDeleteSessionDocument,
    "\n  query PublishSpacesByName($search: String!) {\n    spaces(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          address\n          postcode\n        }\n      }\n    }\n  }\n": typeof types.PublishSpacesByNameDocument,
    "\n  mutation PublishCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      address\n      postcode\n    }\n  }\n": typeof types.PublishCreateSpaceDocument,
    "\n  fragment PublishSessionDate on SessionOccurrence {\n    occursOn\n    startsAt\n    endsAt\n    cancelled\n    cancellationReason\n    movedFrom\n  }\n": typeof types.PublishSessionDateFragmentDoc,
    "\n  query PublishSessionDates($id: ID!, $count: Int!) {\n    session(id: $id) {\n      id\n      title\n      startTime\n      durationMinutes\n      group {\n        id\n      }\n      occurrences(count: $count) {\n        ...PublishSessionDate\n      }\n    }\n  }\n": typeof types.PublishSessionDatesDocument,
    "\n  mutation PublishCancelSessionDate($sessionId: ID!, $occursOn: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $sessionId, occursOn: $occursOn, reason: $reason) {\n      ...PublishSessionDate\n    }\n  }\n": typeof types.PublishCancelSessionDateDocument,
    "\n  mutation PublishRestoreSessionDate($sessionId: ID!, $occursOn: String!) {\n    restoreSessionDate(sessionId: $sessionId, occursOn: $occursOn) {\n      ...PublishSessionDate\n    }\n  }\n": typeof types.PublishRestoreSessionDateDocument,
    "\n  mutation PublishMoveSessionDate(\n    $sessionId: ID!\n    $occursOn: String!\n    $toDate: String!\n    $toTime: String!\n  ) {\n    moveSessionDate(sessionId: $sessionId, occursOn: $occursOn, toDate: $toDate, toTime: $toTime) {\n      ...PublishSessionDate\n    }\n  }\n": typeof types.PublishMoveSessionDateDocument,
    "\n  mutation PublishChangeSessionTime(\n    $sessionId: ID!\n    $fromDate: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $sessionId\n      fromDate: $fromDate\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      id\n      startTime\n      durationMinutes\n    }\n  }\n": typeof types.PublishChangeSessionTimeDocument,
    "\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n": typeof types.SessionDetailsFragmentDoc,
    "\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpcomingSessionsDocument,
    "\n  query SpaceStewardship($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsSteward\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n": typeof types.SpaceStewardshipDocument,
    "\n  query SpaceStewards($id: ID!) {\n    space(id: $id) {\n      id\n      stewards {\n        grantedAt\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SpaceStewardsDocument,
    "\n  query SpaceChangeProposals($spaceId: ID!) {\n    spaceChangeProposals(spaceId: $spaceId) {\n      id\n      status\n      note\n      decisionNote\n      createdAt\n      mine\n      proposer {\n        id\n        displayName\n      }\n      changes {\n        name\n        kind\n        address\n        postcode\n        latitude\n        longitude\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n": typeof types.SpaceChangeProposalsDocument,
    "\n  fragment SpaceEditableFields on Space {\n    id\n    name\n    kind\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n": typeof types.SpaceEditableFieldsFragmentDoc,
    "\n  query SpaceForm($id: ID!) {\n    space(id: $id) {\n      ...SpaceEditableFields\n      viewerIsSteward\n    }\n  }\n": typeof types.SpaceFormDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      ...SpaceEditableFields\n    }\n  }\n": typeof types.UpdateSpaceDocument,
    "\n  mutation ProposeSpaceChange($spaceId: ID!, $input: UpdateSpaceInput!, $note: String!) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeSpaceChangeDocument,
    "\n  mutation AcceptSpaceChange($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptSpaceChangeDocument,
    "\n  mutation DeclineSpaceChange($id: ID!, $note: String!) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineSpaceChangeDocument,
    "\n  mutation GrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": typeof types.GrantSpaceStewardshipDocument,
    "\n  mutation RevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": typeof types.RevokeSpaceStewardshipDocument,
    "\n  query MyOrganising {\n    me {\n      organising {\n        id\n      }\n    }\n  }\n": typeof types.MyOrganisingDocument,
    "\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      latitude\n      longitude\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SpaceDocument,
    "\n  query SuggestedSessions($first: Int!) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          ...SessionSearchResultDetails\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n": typeof types.SuggestedSessionsDocument,
};
const documents: Documents = {
    "\n  query Account {\n    me {\n      email\n      person {\n        ...MyProfile\n      }\n      sessions {\n        id\n        userAgent\n        createdAt\n        lastSeenAt\n        current\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query MyGiving {\n    me {\n      person {\n        id\n        helpGiven\n        helpReceived\n      }\n    }\n  }\n": types.MyGivingDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ViewerFields on Me {\n    email\n    person {\n      id\n      displayName\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment SocialGraphRunFields on SocialGraphAnalysis {\n    id\n    status\n    phase\n    percent\n    phaseDone\n    phaseTotal\n    trigger\n    createdAt\n    finishedAt\n    peopleCount\n    error\n  }\n": types.SocialGraphRunFieldsFragmentDoc,
    "\n  query SocialGraphAnalysis {\n    socialGraphAnalysis {\n      ...SocialGraphRunFields\n      at\n      groupCount\n      tieCount\n      communities\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n      }\n      households {\n        households\n        isolated\n      }\n    }\n    socialGraphAnalyses(first: 10) {\n      ...SocialGraphRunFields\n    }\n  }\n": types.SocialGraphAnalysisDocument,
    "\n  mutation StartSocialGraphAnalysis {\n    startSocialGraphAnalysis {\n      ...SocialGraphRunFields\n    }\n  }\n": types.StartSocialGraphAnalysisDocument,
    "\n  subscription SocialGraphAnalysisChanged {\n    socialGraphAnalysisChanged {\n      ...SocialGraphRunFields\n    }\n  }\n": types.SocialGraphAnalysisChangedDocument,
    "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      id\n      occursOn\n      recordedHow\n      session {\n        id\n        title\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  query MyAttendance($first: Int!, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyAttendanceDocument,
    "\n  mutation DeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n": types.DeleteMyAttendanceDocument,
    "\n  fragment SessionRegisterFields on SessionRegister {\n    id\n    sessionId\n    sessionTitle\n    occursOn\n    startsAt\n    endsAt\n    editable\n    editableFrom\n    editableUntil\n    people {\n      personId\n      displayName\n      waiting\n      attended\n      recordedHow\n    }\n    unnamedGoing\n    unnamedCheckedIn\n    guests\n    total\n    checkInCode {\n      code\n      validFrom\n      validUntil\n    }\n  }\n": types.SessionRegisterFieldsFragmentDoc,
    "\n  query SessionRegister($sessionId: ID!, $occursOn: String!) {\n    sessionRegister(sessionId: $sessionId, occursOn: $occursOn) {\n      ...SessionRegisterFields\n    }\n  }\n": types.SessionRegisterDocument,
    "\n  mutation MarkAttended($sessionId: ID!, $occursOn: String!, $personId: ID!, $attended: Boolean!) {\n    markAttended(\n      sessionId: $sessionId\n      occursOn: $occursOn\n      personId: $personId\n      attended: $attended\n    ) {\n      ...SessionRegisterFields\n    }\n  }\n": types.MarkAttendedDocument,
    "\n  mutation SetHeadcount($sessionId: ID!, $occursOn: String!, $guests: Int!) {\n    setHeadcount(sessionId: $sessionId, occursOn: $occursOn, guests: $guests) {\n      ...SessionRegisterFields\n    }\n  }\n": types.SetHeadcountDocument,
    "\n  mutation OpenCheckIn($sessionId: ID!, $occursOn: String!) {\n    openCheckIn(sessionId: $sessionId, occursOn: $occursOn) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n": types.OpenCheckInDocument,
    "\n  query RegisterKeeper($id: ID!) {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      group {\n        id\n      }\n    }\n  }\n": types.RegisterKeeperDocument,
    "\n  query RegisterDates($sessionId: ID!) {\n    registerDates(sessionId: $sessionId) {\n      occursOn\n      startsAt\n      endsAt\n    }\n  }\n": types.RegisterDatesDocument,
    "\n  fragment MyTieFields on MyTie {\n    id\n    provenance\n    weight\n    fades\n    active\n    hidden\n    reasons {\n      kind\n      count\n      sessionId\n      sessionTitle\n      groupName\n      lastOn\n      lastAt\n    }\n    other {\n      __typename\n      ... on Person {\n        id\n        displayName\n      }\n      ... on Group {\n        id\n        name\n      }\n    }\n  }\n": types.MyTieFieldsFragmentDoc,
    "\n  query MyTies($hidden: Boolean!, $first: Int!, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MyTieFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyTiesDocument,
    "\n  mutation HideTie($id: ID!) {\n    hideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n": types.HideTieDocument,
    "\n  mutation UnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n": types.UnhideTieDocument,
    "\n  mutation RemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n": types.RemoveTieDocument,
    "\n  query DiscoverProfile {\n    me {\n      person {\n        ...MyProfile\n      }\n    }\n  }\n": types.DiscoverProfileDocument,
    "\n  fragment SessionPlace on Space {\n    id\n    name\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n  }\n": types.SessionPlaceFragmentDoc,
    "\n  query SessionSearch(\n    $point: PointInput\n    $areaCell: String\n    $postcode: String\n    $address: String\n    $withinMetres: Int\n    $childAgeMonths: Int\n    $dueMonth: String\n    $weekdays: [Int!]!\n    $startsFrom: String\n    $startsBy: String\n    $languages: [String!]!\n    $freeOnly: Boolean!\n    $accessibility: [AccessibilityFeature!]!\n    $groupKinds: [GroupKind!]!\n    $text: String\n    $sort: SessionSearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    sessionSearch(\n      point: $point\n      areaCell: $areaCell\n      postcode: $postcode\n      address: $address\n      withinMetres: $withinMetres\n      childAgeMonths: $childAgeMonths\n      dueMonth: $dueMonth\n      weekdays: $weekdays\n      startsFrom: $startsFrom\n      startsBy: $startsBy\n      languages: $languages\n      freeOnly: $freeOnly\n      accessibility: $accessibility\n      groupKinds: $groupKinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        cursor\n        node {\n          ...SessionSearchResultDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SessionSearchDocument,
    "\n  fragment SessionSearchResultDetails on SessionSearchResult {\n    distanceMetres\n    walkingMinutes\n    nextOccurrences\n    fit\n    reasons {\n      kind\n      detail\n    }\n    session {\n      id\n      title\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      durationMinutes\n      group {\n        id\n        name\n        kind\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n": types.SessionSearchResultDetailsFragmentDoc,
    "\n  query Session($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      capacity\n      durationMinutes\n      nextOccurrences(count: 5)\n      recurrence\n      startDate\n      icalUrl\n      group {\n        id\n        name\n        kind\n        icalUrl\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n": types.SessionDocument,
    "\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    mySide\n    givingSide\n    agreedByPostSide\n    agreedByResponder\n    createdAt\n    fulfilledAt\n    cancelledAt\n    myFeedbackGiven\n    responder {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      kind\n      category\n      title\n      status\n      authorGroup {\n        id\n        name\n      }\n      authorPerson {\n        id\n        displayName\n      }\n    }\n    thanks {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ExchangeFieldsFragmentDoc,
    "\n  fragment ExchangeConnectionFields on ExchangeConnection {\n    edges {\n      cursor\n      node {\n        ...ExchangeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.ExchangeConnectionFieldsFragmentDoc,
    "\n  query MyExchanges($first: Int!, $after: String) {\n    myExchanges(first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n    liveCursor\n  }\n": types.MyExchangesDocument,
    "\n  query GroupExchanges($groupId: ID!, $first: Int!, $after: String) {\n    groupExchanges(groupId: $groupId, first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n  }\n": types.GroupExchangesDocument,
    "\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeFields\n    }\n    liveCursor\n  }\n": types.ExchangeDocument,
    "\n  fragment ExchangeMessageFields on ExchangeMessage {\n    id\n    body\n    mine\n    side\n    sentAt\n    moderation\n    removalNote\n    author {\n      id\n      displayName\n    }\n  }\n": types.ExchangeMessageFieldsFragmentDoc,
    "\n  query ExchangeMessages($exchangeId: ID!, $first: Int!, $after: String) {\n    exchangeMessages(exchangeId: $exchangeId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ExchangeMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    liveCursor\n  }\n": types.ExchangeMessagesDocument,
    "\n  mutation RespondToHelpPost($helpPostId: ID!, $message: String!) {\n    respondToHelpPost(helpPostId: $helpPostId, message: $message) {\n      ...ExchangeFields\n    }\n  }\n": types.RespondToHelpPostDocument,
    "\n  mutation SendExchangeMessage($exchangeId: ID!, $body: String!) {\n    sendExchangeMessage(exchangeId: $exchangeId, body: $body) {\n      ...ExchangeMessageFields\n    }\n  }\n": types.SendExchangeMessageDocument,
    "\n  mutation AgreeToExchange($exchangeId: ID!) {\n    agreeToExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n": types.AgreeToExchangeDocument,
    "\n  mutation MarkExchangeFulfilled($exchangeId: ID!) {\n    markExchangeFulfilled(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n": types.MarkExchangeFulfilledDocument,
    "\n  mutation CancelExchange($exchangeId: ID!) {\n    cancelExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n": types.CancelExchangeDocument,
    "\n  mutation ThankForExchange($exchangeId: ID!, $message: String!) {\n    thankForExchange(exchangeId: $exchangeId, message: $message) {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n": types.ThankForExchangeDocument,
    "\n  mutation GiveExchangeFeedback(\n    $exchangeId: ID!\n    $feltWelcome: Boolean!\n    $feltListenedTo: Boolean!\n    $wouldMeetAgain: Boolean!\n  ) {\n    giveExchangeFeedback(\n      exchangeId: $exchangeId\n      feltWelcome: $feltWelcome\n      feltListenedTo: $feltListenedTo\n      wouldMeetAgain: $wouldMeetAgain\n    )\n  }\n": types.GiveExchangeFeedbackDocument,
    "\n  subscription ExchangeMessageAdded($exchangeId: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $exchangeId, since: $since) {\n      cursor\n      message {\n        ...ExchangeMessageFields\n      }\n    }\n  }\n": types.ExchangeMessageAddedDocument,
    "\n  subscription ExchangeUpdated($exchangeId: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $exchangeId, since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n": types.ExchangeUpdatedDocument,
    "\n  subscription HelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n": types.HelpPostRespondedDocument,
    "\n  query GoingDates($id: ID!, $signedIn: Boolean!) {\n    session(id: $id) {\n      id\n      title\n      capacity\n      group {\n        id\n      }\n      occurrences(count: 4, includeCancelled: false) {\n        occursOn\n        startsAt\n        endsAt\n        goingCount\n        waitingCount\n        placesLeft\n        myRsvp @include(if: $signedIn) {\n          occursOn\n          status\n          waitingPosition\n          nameSharedWithOrganisers\n        }\n      }\n    }\n  }\n": types.GoingDatesDocument,
    "\n  query GoingViewer {\n    me {\n      savedSessions {\n        id\n        title\n      }\n      organising {\n        id\n      }\n    }\n  }\n": types.GoingViewerDocument,
    "\n  mutation GoToSession($sessionId: ID!, $occursOn: String!, $share: Boolean!) {\n    goToSession(sessionId: $sessionId, occursOn: $occursOn, shareNameWithOrganisers: $share) {\n      occursOn\n      status\n      waitingPosition\n      nameSharedWithOrganisers\n    }\n  }\n": types.GoToSessionDocument,
    "\n  mutation CancelGoing($sessionId: ID!, $occursOn: String!) {\n    cancelGoing(sessionId: $sessionId, occursOn: $occursOn)\n  }\n": types.CancelGoingDocument,
    "\n  mutation GoingSaveSession($sessionId: ID!) {\n    saveSession(sessionId: $sessionId)\n  }\n": types.GoingSaveSessionDocument,
    "\n  mutation GoingUnsaveSession($sessionId: ID!) {\n    unsaveSession(sessionId: $sessionId)\n  }\n": types.GoingUnsaveSessionDocument,
    "\n  query SessionAttendees($sessionId: ID!, $occursOn: String!) {\n    sessionAttendees(sessionId: $sessionId, occursOn: $occursOn) {\n      occursOn\n      goingCount\n      waitingCount\n      named {\n        displayName\n        status\n      }\n    }\n  }\n": types.SessionAttendeesDocument,
    "\n  query MyUpcomingSessions($first: Int!, $after: String) {\n    myUpcomingSessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          occursOn\n          status\n          waitingPosition\n          cancelled\n          session {\n            id\n            title\n          }\n          occurrence {\n            startsAt\n            endsAt\n            cancellationReason\n            movedFrom\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyUpcomingSessionsDocument,
    "\n  query GoingMyCalendarFeed {\n    me {\n      hasCalendarFeed\n    }\n  }\n": types.GoingMyCalendarFeedDocument,
    "\n  mutation GoingNewMyCalendarFeed {\n    newMyCalendarFeed\n  }\n": types.GoingNewMyCalendarFeedDocument,
    "\n  mutation GoingEndMyCalendarFeed {\n    endMyCalendarFeed\n  }\n": types.GoingEndMyCalendarFeedDocument,
    "\n  query Group($id: ID, $slug: String) {\n    group(id: $id, slug: $slug) {\n      id\n      slug\n      name\n      kind\n      archivedAt\n      viewerRole\n      description\n      languages\n      memberCount\n      website\n      icalUrl\n      sessions {\n        ...SessionDetails\n        icalUrl\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  fragment GroupFormFields on Group {\n    id\n    slug\n    name\n    kind\n    description\n    languages\n    website\n    archivedAt\n    viewerRole\n  }\n": types.GroupFormFieldsFragmentDoc,
    "\n  query EditGroup($slug: String!) {\n    group(slug: $slug) {\n      ...GroupFormFields\n    }\n  }\n": types.EditGroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFormFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFormFields\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation UnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveGroupDocument,
    "\n  query JoiningPrivacy {\n    me {\n      person {\n        id\n      }\n      consents {\n        id\n        kind\n        inForce\n      }\n    }\n  }\n": types.JoiningPrivacyDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      role\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  query OrganiserPanel($id: ID!) {\n    group(id: $id) {\n      id\n      memberCount\n      organisers {\n        id\n        displayName\n      }\n      openInvitations {\n        id\n        createdAt\n        expiresAt\n      }\n      sessions {\n        id\n        title\n        nextOccurrences(count: 1)\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n        }\n      }\n    }\n    groupMembers(groupId: $id, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.OrganiserPanelDocument,
    "\n  mutation InviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.InviteCoOrganiserDocument,
    "\n  mutation RevokeCoOrganiserInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n": types.RevokeCoOrganiserInvitationDocument,
    "\n  mutation RemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n": types.RemoveOrganiserDocument,
    "\n  query CoOrganiserInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      expiresAt\n      alreadyOrganiser\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n": types.CoOrganiserInvitationDocument,
    "\n  mutation AcceptCoOrganiserInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      id\n      role\n    }\n  }\n": types.AcceptCoOrganiserInvitationDocument,
    "\n  query HelpPostMatches($id: ID!, $first: Int!) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      reasons {\n        kind\n        text\n      }\n      post {\n        ...HelpPostFields\n      }\n    }\n  }\n": types.HelpPostMatchesDocument,
    "\n  fragment HelpPostFields on HelpPost {\n    id\n    kind\n    category\n    title\n    description\n    availability\n    availabilitySlots {\n      weekday\n      partOfDay\n    }\n    languages\n    quantity\n    expiresAt\n    status\n    moderation\n    removalNote\n    areaCell\n    createdAt\n    authorGroup {\n      id\n      name\n    }\n    authorPerson {\n      id\n      displayName\n    }\n  }\n": types.HelpPostFieldsFragmentDoc,
    "\n  fragment HelpPostConnectionFields on HelpPostConnection {\n    edges {\n      cursor\n      node {\n        ...HelpPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.HelpPostConnectionFieldsFragmentDoc,
    "\n  query HelpPosts(\n    $kind: HelpPostKind\n    $category: HelpCategory\n    $areaCell: String\n    $first: Int!\n    $after: String\n  ) {\n    helpPosts(kind: $kind, category: $category, areaCell: $areaCell, first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n    liveCursor\n  }\n": types.HelpPostsDocument,
    "\n  subscription HelpPostsNear($areaCells: [String!], $categories: [HelpCategory!], $since: String) {\n    helpPostsNear(areaCells: $areaCells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        ...HelpPostFields\n      }\n    }\n  }\n": types.HelpPostsNearDocument,
    "\n  query HelpPost($id: ID!) {\n    helpPost(id: $id) {\n      ...HelpPostFields\n    }\n    liveCursor\n  }\n": types.HelpPostDocument,
    "\n  subscription HelpPostStatusChanged($areaCell: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $areaCell, since: $since) {\n      cursor\n      helpPost {\n        id\n        status\n      }\n    }\n  }\n": types.HelpPostStatusChangedDocument,
    "\n  query HelpFormContext {\n    me {\n      person {\n        id\n        areaCell\n        languages\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n": types.HelpFormContextDocument,
    "\n  mutation CreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      ...HelpPostFields\n    }\n  }\n": types.CreateHelpPostDocument,
    "\n  query MyHelpPosts($first: Int!, $after: String) {\n    myHelpPosts(first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n  }\n": types.MyHelpPostsDocument,
    "\n  mutation WithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawHelpPostDocument,
    "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n": types.MapSettingsDocument,
    "\n  query NearbyParents($near: NearInput!, $first: Int!, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          distance\n          sharesALanguage\n          person {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      profileAsOf\n    }\n  }\n": types.NearbyParentsDocument,
    "\n  query GroupPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      partnerships {\n        id\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n": types.GroupPartnershipsDocument,
    "\n  query PendingPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      pendingPartnerships {\n        id\n        note\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PendingPartnershipsDocument,
    "\n  query PartnerSearch($text: String!) {\n    groups(search: $text, first: 8) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PartnerSearchDocument,
    "\n  mutation ProposePartnership($from: ID!, $to: ID!, $note: String!) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n    }\n  }\n": types.ProposePartnershipDocument,
    "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcceptPartnershipDocument,
    "\n  mutation DeclinePartnership($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeclinePartnershipDocument,
    "\n  mutation EndPartnership($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n    }\n  }\n": types.EndPartnershipDocument,
    "\n  query DataAccessLog($first: Int!, $after: String) {\n    me {\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            at\n            action\n            basis\n            purpose\n            actor {\n              id\n              displayName\n            }\n            viaGroup {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.DataAccessLogDocument,
    "\n  mutation ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query Privacy {\n    me {\n      person {\n        id\n        areaCell\n        lifeStage {\n          expecting\n          childAgesMonths\n        }\n      }\n      consents {\n        id\n        kind\n        purpose\n        givenAt\n        withdrawnAt\n        inForce\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PrivacyDocument,
    "\n  mutation GiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n      kind\n      inForce\n    }\n  }\n": types.GiveConsentDocument,
    "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  query Organisations($first: Int!) {\n    services: groups(kind: SERVICE, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    schemes: groups(kind: VOLUNTEER_SCHEME, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  fragment MyProfile on Person {\n    id\n    displayName\n    areaCell\n    languages\n    suitableWeekdays\n    lifeStage {\n      expecting\n      dueMonth\n      childAgesMonths\n    }\n  }\n": types.MyProfileFragmentDoc,
    "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfile\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query SafetyRoles {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n  }\n": types.SafetyRolesDocument,
    "\n  mutation ReportHelpPost($helpPostId: ID!, $reason: ReportReason!, $details: String) {\n    reportHelpPost(helpPostId: $helpPostId, reason: $reason, details: $details)\n  }\n": types.ReportHelpPostDocument,
    "\n  mutation ReportExchangeMessage($messageId: ID!, $reason: ReportReason!, $details: String) {\n    reportExchangeMessage(messageId: $messageId, reason: $reason, details: $details)\n  }\n": types.ReportExchangeMessageDocument,
    "\n  mutation BlockPerson($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n": types.BlockPersonDocument,
    "\n  mutation UnblockPerson($personId: ID!) {\n    unblockPerson(personId: $personId)\n  }\n": types.UnblockPersonDocument,
    "\n  query BlockedPeople {\n    blockedPeople {\n      id\n      displayName\n    }\n  }\n": types.BlockedPeopleDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    subjectKind\n    state\n    createdAt\n    text\n    helpPost {\n      id\n      title\n    }\n    group {\n      id\n      name\n    }\n    screening {\n      rule\n      phrase\n    }\n    reports {\n      id\n      reason\n      details\n      status\n      createdAt\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n": types.ReleaseModerationItemDocument,
    "\n  mutation RemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n": types.RemoveModerationItemDocument,
    "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n": types.DismissReportDocument,
    "\n  fragment MyConcernFields on MySafeguardingConcern {\n    id\n    concern\n    status\n    createdAt\n    updatedAt\n  }\n": types.MyConcernFieldsFragmentDoc,
    "\n  mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      ...MyConcernFields\n    }\n  }\n": types.RaiseSafeguardingConcernDocument,
    "\n  query MySafeguardingConcerns {\n    mySafeguardingConcerns {\n      ...MyConcernFields\n    }\n  }\n": types.MySafeguardingConcernsDocument,
    "\n  fragment SafeguardingConcernFields on SafeguardingConcern {\n    id\n    concern\n    status\n    leadNotes\n    createdAt\n    updatedAt\n    message\n    raisedBy {\n      id\n      displayName\n    }\n    aboutPerson {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      title\n    }\n  }\n": types.SafeguardingConcernFieldsFragmentDoc,
    "\n  query SafeguardingConcerns($status: SafeguardingConcernStatus, $first: Int!, $after: String) {\n    safeguardingConcerns(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SafeguardingConcernFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SafeguardingConcernsDocument,
    "\n  mutation UpdateSafeguardingConcern(\n    $id: ID!\n    $status: SafeguardingConcernStatus!\n    $leadNotes: String\n  ) {\n    updateSafeguardingConcern(id: $id, status: $status, leadNotes: $leadNotes) {\n      ...SafeguardingConcernFields\n    }\n  }\n": types.UpdateSafeguardingConcernDocument,
    "\n  subscription SafeguardingConcernRaised {\n    safeguardingConcernRaised {\n      ...SafeguardingConcernFields\n    }\n  }\n": types.SafeguardingConcernRaisedDocument,
    "\n  query PublishOrganising {\n    me {\n      person {\n        id\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n": types.PublishOrganisingDocument,
    "\n  query PublishSessionToEdit($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n      group {\n        id\n        name\n      }\n      space {\n        id\n        name\n        address\n      }\n    }\n  }\n": types.PublishSessionToEditDocument,
    "\n  mutation PublishCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n    }\n  }\n": types.PublishCreateSessionDocument,
    "\n  mutation PublishUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n    }\n  }\n": types.PublishUpdateSessionDocument,
    "\n  mutation PublishDeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n": types.PublishDeleteSessionDocument,
    "\n  query PublishSpacesByName($search: String!) {\n    spaces(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          address\n          postcode\n        }\n      }\n    }\n  }\n": types.PublishSpacesByNameDocument,
    "\n  mutation PublishCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      address\n      postcode\n    }\n  }\n": types.PublishCreateSpaceDocument,
    "\n  fragment PublishSessionDate on SessionOccurrence {\n    occursOn\n    startsAt\n    endsAt\n    cancelled\n    cancellationReason\n    movedFrom\n  }\n": types.PublishSessionDateFragmentDoc,
    "\n  query PublishSessionDates($id: ID!, $count: Int!) {\n    session(id: $id) {\n      id\n      title\n      startTime\n      durationMinutes\n      group {\n        id\n      }\n      occurrences(count: $count) {\n        ...PublishSessionDate\n      }\n    }\n  }\n": types.PublishSessionDatesDocument,
    "\n  mutation PublishCancelSessionDate($sessionId: ID!, $occursOn: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $sessionId, occursOn: $occursOn, reason: $reason) {\n      ...PublishSessionDate\n    }\n  }\n": types.PublishCancelSessionDateDocument,
    "\n  mutation PublishRestoreSessionDate($sessionId: ID!, $occursOn: String!) {\n    restoreSessionDate(sessionId: $sessionId, occursOn: $occursOn) {\n      ...PublishSessionDate\n    }\n  }\n": types.PublishRestoreSessionDateDocument,
    "\n  mutation PublishMoveSessionDate(\n    $sessionId: ID!\n    $occursOn: String!\n    $toDate: String!\n    $toTime: String!\n  ) {\n    moveSessionDate(sessionId: $sessionId, occursOn: $occursOn, toDate: $toDate, toTime: $toTime) {\n      ...PublishSessionDate\n    }\n  }\n": types.PublishMoveSessionDateDocument,
    "\n  mutation PublishChangeSessionTime(\n    $sessionId: ID!\n    $fromDate: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $sessionId\n      fromDate: $fromDate\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      id\n      startTime\n      durationMinutes\n    }\n  }\n": types.PublishChangeSessionTimeDocument,
    "\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n": types.SessionDetailsFragmentDoc,
    "\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpcomingSessionsDocument,
    "\n  query SpaceStewardship($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsSteward\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n": types.SpaceStewardshipDocument,
    "\n  query SpaceStewards($id: ID!) {\n    space(id: $id) {\n      id\n      stewards {\n        grantedAt\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n": types.SpaceStewardsDocument,
    "\n  query SpaceChangeProposals($spaceId: ID!) {\n    spaceChangeProposals(spaceId: $spaceId) {\n      id\n      status\n      note\n      decisionNote\n      createdAt\n      mine\n      proposer {\n        id\n        displayName\n      }\n      changes {\n        name\n        kind\n        address\n        postcode\n        latitude\n        longitude\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n": types.SpaceChangeProposalsDocument,
    "\n  fragment SpaceEditableFields on Space {\n    id\n    name\n    kind\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n": types.SpaceEditableFieldsFragmentDoc,
    "\n  query SpaceForm($id: ID!) {\n    space(id: $id) {\n      ...SpaceEditableFields\n      viewerIsSteward\n    }\n  }\n": types.SpaceFormDocument,
    "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation UpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      ...SpaceEditableFields\n    }\n  }\n": types.UpdateSpaceDocument,
    "\n  mutation ProposeSpaceChange($spaceId: ID!, $input: UpdateSpaceInput!, $note: String!) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n": types.ProposeSpaceChangeDocument,
    "\n  mutation AcceptSpaceChange($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcceptSpaceChangeDocument,
    "\n  mutation DeclineSpaceChange($id: ID!, $note: String!) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.DeclineSpaceChangeDocument,
    "\n  mutation GrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": types.GrantSpaceStewardshipDocument,
    "\n  mutation RevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n": types.RevokeSpaceStewardshipDocument,
    "\n  query MyOrganising {\n    me {\n      organising {\n        id\n      }\n    }\n  }\n": types.MyOrganisingDocument,
    "\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      latitude\n      longitude\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SpaceDocument,
    "\n  query SuggestedSessions($first: Int!) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          ...SessionSearchResultDetails\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n": types.SuggestedSessionsDocument,
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
export function graphql(source: "\n  query Account {\n    me {\n      email\n      person {\n        ...MyProfile\n      }\n      sessions {\n        id\n        userAgent\n        createdAt\n        lastSeenAt\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      email\n      person {\n        ...MyProfile\n      }\n      sessions {\n        id\n        userAgent\n        createdAt\n        lastSeenAt\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGiving {\n    me {\n      person {\n        id\n        helpGiven\n        helpReceived\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGiving {\n    me {\n      person {\n        id\n        helpGiven\n        helpReceived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Me {\n    email\n    person {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Me {\n    email\n    person {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SocialGraphRunFields on SocialGraphAnalysis {\n    id\n    status\n    phase\n    percent\n    phaseDone\n    phaseTotal\n    trigger\n    createdAt\n    finishedAt\n    peopleCount\n    error\n  }\n"): (typeof documents)["\n  fragment SocialGraphRunFields on SocialGraphAnalysis {\n    id\n    status\n    phase\n    percent\n    phaseDone\n    phaseTotal\n    trigger\n    createdAt\n    finishedAt\n    peopleCount\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SocialGraphAnalysis {\n    socialGraphAnalysis {\n      ...SocialGraphRunFields\n      at\n      groupCount\n      tieCount\n      communities\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n      }\n      households {\n        households\n        isolated\n      }\n    }\n    socialGraphAnalyses(first: 10) {\n      ...SocialGraphRunFields\n    }\n  }\n"): (typeof documents)["\n  query SocialGraphAnalysis {\n    socialGraphAnalysis {\n      ...SocialGraphRunFields\n      at\n      groupCount\n      tieCount\n      communities\n      town {\n        people\n        shareWithoutActiveTie\n        medianActiveTies\n        shareWithBridgingTie\n        shareWithLinkingTie\n        shareOfHouseholdsIsolated\n      }\n      areas {\n        areaCell\n      }\n      households {\n        households\n        isolated\n      }\n    }\n    socialGraphAnalyses(first: 10) {\n      ...SocialGraphRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSocialGraphAnalysis {\n    startSocialGraphAnalysis {\n      ...SocialGraphRunFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSocialGraphAnalysis {\n    startSocialGraphAnalysis {\n      ...SocialGraphRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SocialGraphAnalysisChanged {\n    socialGraphAnalysisChanged {\n      ...SocialGraphRunFields\n    }\n  }\n"): (typeof documents)["\n  subscription SocialGraphAnalysisChanged {\n    socialGraphAnalysisChanged {\n      ...SocialGraphRunFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      id\n      occursOn\n      recordedHow\n      session {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($code: String!) {\n    checkIn(code: $code) {\n      id\n      occursOn\n      recordedHow\n      session {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttendance($first: Int!, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAttendance($first: Int!, $after: String) {\n    myAttendance(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occursOn\n          recordedHow\n          session {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAttendance($id: ID!) {\n    deleteMyAttendance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionRegisterFields on SessionRegister {\n    id\n    sessionId\n    sessionTitle\n    occursOn\n    startsAt\n    endsAt\n    editable\n    editableFrom\n    editableUntil\n    people {\n      personId\n      displayName\n      waiting\n      attended\n      recordedHow\n    }\n    unnamedGoing\n    unnamedCheckedIn\n    guests\n    total\n    checkInCode {\n      code\n      validFrom\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  fragment SessionRegisterFields on SessionRegister {\n    id\n    sessionId\n    sessionTitle\n    occursOn\n    startsAt\n    endsAt\n    editable\n    editableFrom\n    editableUntil\n    people {\n      personId\n      displayName\n      waiting\n      attended\n      recordedHow\n    }\n    unnamedGoing\n    unnamedCheckedIn\n    guests\n    total\n    checkInCode {\n      code\n      validFrom\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRegister($sessionId: ID!, $occursOn: String!) {\n    sessionRegister(sessionId: $sessionId, occursOn: $occursOn) {\n      ...SessionRegisterFields\n    }\n  }\n"): (typeof documents)["\n  query SessionRegister($sessionId: ID!, $occursOn: String!) {\n    sessionRegister(sessionId: $sessionId, occursOn: $occursOn) {\n      ...SessionRegisterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttended($sessionId: ID!, $occursOn: String!, $personId: ID!, $attended: Boolean!) {\n    markAttended(\n      sessionId: $sessionId\n      occursOn: $occursOn\n      personId: $personId\n      attended: $attended\n    ) {\n      ...SessionRegisterFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttended($sessionId: ID!, $occursOn: String!, $personId: ID!, $attended: Boolean!) {\n    markAttended(\n      sessionId: $sessionId\n      occursOn: $occursOn\n      personId: $personId\n      attended: $attended\n    ) {\n      ...SessionRegisterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHeadcount($sessionId: ID!, $occursOn: String!, $guests: Int!) {\n    setHeadcount(sessionId: $sessionId, occursOn: $occursOn, guests: $guests) {\n      ...SessionRegisterFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetHeadcount($sessionId: ID!, $occursOn: String!, $guests: Int!) {\n    setHeadcount(sessionId: $sessionId, occursOn: $occursOn, guests: $guests) {\n      ...SessionRegisterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCheckIn($sessionId: ID!, $occursOn: String!) {\n    openCheckIn(sessionId: $sessionId, occursOn: $occursOn) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCheckIn($sessionId: ID!, $occursOn: String!) {\n    openCheckIn(sessionId: $sessionId, occursOn: $occursOn) {\n      code\n      validFrom\n      validUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterKeeper($id: ID!) {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      group {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegisterKeeper($id: ID!) {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n    session(id: $id) {\n      id\n      group {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterDates($sessionId: ID!) {\n    registerDates(sessionId: $sessionId) {\n      occursOn\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query RegisterDates($sessionId: ID!) {\n    registerDates(sessionId: $sessionId) {\n      occursOn\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTieFields on MyTie {\n    id\n    provenance\n    weight\n    fades\n    active\n    hidden\n    reasons {\n      kind\n      count\n      sessionId\n      sessionTitle\n      groupName\n      lastOn\n      lastAt\n    }\n    other {\n      __typename\n      ... on Person {\n        id\n        displayName\n      }\n      ... on Group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyTieFields on MyTie {\n    id\n    provenance\n    weight\n    fades\n    active\n    hidden\n    reasons {\n      kind\n      count\n      sessionId\n      sessionTitle\n      groupName\n      lastOn\n      lastAt\n    }\n    other {\n      __typename\n      ... on Person {\n        id\n        displayName\n      }\n      ... on Group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTies($hidden: Boolean!, $first: Int!, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MyTieFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTies($hidden: Boolean!, $first: Int!, $after: String) {\n    myTies(hidden: $hidden, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MyTieFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideTie($id: ID!) {\n    hideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideTie($id: ID!) {\n    hideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideTie($id: ID!) {\n    unhideTie(id: $id) {\n      ...MyTieFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTie($id: ID!) {\n    removeTie(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverProfile {\n    me {\n      person {\n        ...MyProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverProfile {\n    me {\n      person {\n        ...MyProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPlace on Space {\n    id\n    name\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n  }\n"): (typeof documents)["\n  fragment SessionPlace on Space {\n    id\n    name\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionSearch(\n    $point: PointInput\n    $areaCell: String\n    $postcode: String\n    $address: String\n    $withinMetres: Int\n    $childAgeMonths: Int\n    $dueMonth: String\n    $weekdays: [Int!]!\n    $startsFrom: String\n    $startsBy: String\n    $languages: [String!]!\n    $freeOnly: Boolean!\n    $accessibility: [AccessibilityFeature!]!\n    $groupKinds: [GroupKind!]!\n    $text: String\n    $sort: SessionSearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    sessionSearch(\n      point: $point\n      areaCell: $areaCell\n      postcode: $postcode\n      address: $address\n      withinMetres: $withinMetres\n      childAgeMonths: $childAgeMonths\n      dueMonth: $dueMonth\n      weekdays: $weekdays\n      startsFrom: $startsFrom\n      startsBy: $startsBy\n      languages: $languages\n      freeOnly: $freeOnly\n      accessibility: $accessibility\n      groupKinds: $groupKinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        cursor\n        node {\n          ...SessionSearchResultDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionSearch(\n    $point: PointInput\n    $areaCell: String\n    $postcode: String\n    $address: String\n    $withinMetres: Int\n    $childAgeMonths: Int\n    $dueMonth: String\n    $weekdays: [Int!]!\n    $startsFrom: String\n    $startsBy: String\n    $languages: [String!]!\n    $freeOnly: Boolean!\n    $accessibility: [AccessibilityFeature!]!\n    $groupKinds: [GroupKind!]!\n    $text: String\n    $sort: SessionSearchSort!\n    $first: Int!\n    $after: String\n  ) {\n    sessionSearch(\n      point: $point\n      areaCell: $areaCell\n      postcode: $postcode\n      address: $address\n      withinMetres: $withinMetres\n      childAgeMonths: $childAgeMonths\n      dueMonth: $dueMonth\n      weekdays: $weekdays\n      startsFrom: $startsFrom\n      startsBy: $startsBy\n      languages: $languages\n      freeOnly: $freeOnly\n      accessibility: $accessibility\n      groupKinds: $groupKinds\n      text: $text\n      sort: $sort\n      first: $first\n      after: $after\n    ) {\n      origin {\n        latitude\n        longitude\n        label\n      }\n      edges {\n        cursor\n        node {\n          ...SessionSearchResultDetails\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionSearchResultDetails on SessionSearchResult {\n    distanceMetres\n    walkingMinutes\n    nextOccurrences\n    fit\n    reasons {\n      kind\n      detail\n    }\n    session {\n      id\n      title\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      durationMinutes\n      group {\n        id\n        name\n        kind\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionSearchResultDetails on SessionSearchResult {\n    distanceMetres\n    walkingMinutes\n    nextOccurrences\n    fit\n    reasons {\n      kind\n      detail\n    }\n    session {\n      id\n      title\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      durationMinutes\n      group {\n        id\n        name\n        kind\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Session($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      capacity\n      durationMinutes\n      nextOccurrences(count: 5)\n      recurrence\n      startDate\n      icalUrl\n      group {\n        id\n        name\n        kind\n        icalUrl\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n"): (typeof documents)["\n  query Session($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      languages\n      minAgeMonths\n      maxAgeMonths\n      costPence\n      capacity\n      durationMinutes\n      nextOccurrences(count: 5)\n      recurrence\n      startDate\n      icalUrl\n      group {\n        id\n        name\n        kind\n        icalUrl\n      }\n      space {\n        ...SessionPlace\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    mySide\n    givingSide\n    agreedByPostSide\n    agreedByResponder\n    createdAt\n    fulfilledAt\n    cancelledAt\n    myFeedbackGiven\n    responder {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      kind\n      category\n      title\n      status\n      authorGroup {\n        id\n        name\n      }\n      authorPerson {\n        id\n        displayName\n      }\n    }\n    thanks {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeFields on Exchange {\n    id\n    status\n    mySide\n    givingSide\n    agreedByPostSide\n    agreedByResponder\n    createdAt\n    fulfilledAt\n    cancelledAt\n    myFeedbackGiven\n    responder {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      kind\n      category\n      title\n      status\n      authorGroup {\n        id\n        name\n      }\n      authorPerson {\n        id\n        displayName\n      }\n    }\n    thanks {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeConnectionFields on ExchangeConnection {\n    edges {\n      cursor\n      node {\n        ...ExchangeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeConnectionFields on ExchangeConnection {\n    edges {\n      cursor\n      node {\n        ...ExchangeFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyExchanges($first: Int!, $after: String) {\n    myExchanges(first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n    liveCursor\n  }\n"): (typeof documents)["\n  query MyExchanges($first: Int!, $after: String) {\n    myExchanges(first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n    liveCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupExchanges($groupId: ID!, $first: Int!, $after: String) {\n    groupExchanges(groupId: $groupId, first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n  }\n"): (typeof documents)["\n  query GroupExchanges($groupId: ID!, $first: Int!, $after: String) {\n    groupExchanges(groupId: $groupId, first: $first, after: $after) {\n      ...ExchangeConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeFields\n    }\n    liveCursor\n  }\n"): (typeof documents)["\n  query Exchange($id: ID!) {\n    exchange(id: $id) {\n      ...ExchangeFields\n    }\n    liveCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExchangeMessageFields on ExchangeMessage {\n    id\n    body\n    mine\n    side\n    sentAt\n    moderation\n    removalNote\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ExchangeMessageFields on ExchangeMessage {\n    id\n    body\n    mine\n    side\n    sentAt\n    moderation\n    removalNote\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeMessages($exchangeId: ID!, $first: Int!, $after: String) {\n    exchangeMessages(exchangeId: $exchangeId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ExchangeMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    liveCursor\n  }\n"): (typeof documents)["\n  query ExchangeMessages($exchangeId: ID!, $first: Int!, $after: String) {\n    exchangeMessages(exchangeId: $exchangeId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ExchangeMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    liveCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToHelpPost($helpPostId: ID!, $message: String!) {\n    respondToHelpPost(helpPostId: $helpPostId, message: $message) {\n      ...ExchangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToHelpPost($helpPostId: ID!, $message: String!) {\n    respondToHelpPost(helpPostId: $helpPostId, message: $message) {\n      ...ExchangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendExchangeMessage($exchangeId: ID!, $body: String!) {\n    sendExchangeMessage(exchangeId: $exchangeId, body: $body) {\n      ...ExchangeMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendExchangeMessage($exchangeId: ID!, $body: String!) {\n    sendExchangeMessage(exchangeId: $exchangeId, body: $body) {\n      ...ExchangeMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeToExchange($exchangeId: ID!) {\n    agreeToExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeToExchange($exchangeId: ID!) {\n    agreeToExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkExchangeFulfilled($exchangeId: ID!) {\n    markExchangeFulfilled(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkExchangeFulfilled($exchangeId: ID!) {\n    markExchangeFulfilled(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelExchange($exchangeId: ID!) {\n    cancelExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelExchange($exchangeId: ID!) {\n    cancelExchange(exchangeId: $exchangeId) {\n      ...ExchangeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThankForExchange($exchangeId: ID!, $message: String!) {\n    thankForExchange(exchangeId: $exchangeId, message: $message) {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ThankForExchange($exchangeId: ID!, $message: String!) {\n    thankForExchange(exchangeId: $exchangeId, message: $message) {\n      side\n      message\n      createdAt\n      author {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveExchangeFeedback(\n    $exchangeId: ID!\n    $feltWelcome: Boolean!\n    $feltListenedTo: Boolean!\n    $wouldMeetAgain: Boolean!\n  ) {\n    giveExchangeFeedback(\n      exchangeId: $exchangeId\n      feltWelcome: $feltWelcome\n      feltListenedTo: $feltListenedTo\n      wouldMeetAgain: $wouldMeetAgain\n    )\n  }\n"): (typeof documents)["\n  mutation GiveExchangeFeedback(\n    $exchangeId: ID!\n    $feltWelcome: Boolean!\n    $feltListenedTo: Boolean!\n    $wouldMeetAgain: Boolean!\n  ) {\n    giveExchangeFeedback(\n      exchangeId: $exchangeId\n      feltWelcome: $feltWelcome\n      feltListenedTo: $feltListenedTo\n      wouldMeetAgain: $wouldMeetAgain\n    )\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExchangeMessageAdded($exchangeId: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $exchangeId, since: $since) {\n      cursor\n      message {\n        ...ExchangeMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ExchangeMessageAdded($exchangeId: ID!, $since: String) {\n    exchangeMessageAdded(exchangeId: $exchangeId, since: $since) {\n      cursor\n      message {\n        ...ExchangeMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ExchangeUpdated($exchangeId: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $exchangeId, since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ExchangeUpdated($exchangeId: ID!, $since: String) {\n    exchangeUpdated(exchangeId: $exchangeId, since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HelpPostResponded($since: String) {\n    helpPostResponded(since: $since) {\n      cursor\n      exchange {\n        ...ExchangeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoingDates($id: ID!, $signedIn: Boolean!) {\n    session(id: $id) {\n      id\n      title\n      capacity\n      group {\n        id\n      }\n      occurrences(count: 4, includeCancelled: false) {\n        occursOn\n        startsAt\n        endsAt\n        goingCount\n        waitingCount\n        placesLeft\n        myRsvp @include(if: $signedIn) {\n          occursOn\n          status\n          waitingPosition\n          nameSharedWithOrganisers\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoingDates($id: ID!, $signedIn: Boolean!) {\n    session(id: $id) {\n      id\n      title\n      capacity\n      group {\n        id\n      }\n      occurrences(count: 4, includeCancelled: false) {\n        occursOn\n        startsAt\n        endsAt\n        goingCount\n        waitingCount\n        placesLeft\n        myRsvp @include(if: $signedIn) {\n          occursOn\n          status\n          waitingPosition\n          nameSharedWithOrganisers\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoingViewer {\n    me {\n      savedSessions {\n        id\n        title\n      }\n      organising {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoingViewer {\n    me {\n      savedSessions {\n        id\n        title\n      }\n      organising {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoToSession($sessionId: ID!, $occursOn: String!, $share: Boolean!) {\n    goToSession(sessionId: $sessionId, occursOn: $occursOn, shareNameWithOrganisers: $share) {\n      occursOn\n      status\n      waitingPosition\n      nameSharedWithOrganisers\n    }\n  }\n"): (typeof documents)["\n  mutation GoToSession($sessionId: ID!, $occursOn: String!, $share: Boolean!) {\n    goToSession(sessionId: $sessionId, occursOn: $occursOn, shareNameWithOrganisers: $share) {\n      occursOn\n      status\n      waitingPosition\n      nameSharedWithOrganisers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelGoing($sessionId: ID!, $occursOn: String!) {\n    cancelGoing(sessionId: $sessionId, occursOn: $occursOn)\n  }\n"): (typeof documents)["\n  mutation CancelGoing($sessionId: ID!, $occursOn: String!) {\n    cancelGoing(sessionId: $sessionId, occursOn: $occursOn)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoingSaveSession($sessionId: ID!) {\n    saveSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation GoingSaveSession($sessionId: ID!) {\n    saveSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoingUnsaveSession($sessionId: ID!) {\n    unsaveSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation GoingUnsaveSession($sessionId: ID!) {\n    unsaveSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendees($sessionId: ID!, $occursOn: String!) {\n    sessionAttendees(sessionId: $sessionId, occursOn: $occursOn) {\n      occursOn\n      goingCount\n      waitingCount\n      named {\n        displayName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendees($sessionId: ID!, $occursOn: String!) {\n    sessionAttendees(sessionId: $sessionId, occursOn: $occursOn) {\n      occursOn\n      goingCount\n      waitingCount\n      named {\n        displayName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUpcomingSessions($first: Int!, $after: String) {\n    myUpcomingSessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          occursOn\n          status\n          waitingPosition\n          cancelled\n          session {\n            id\n            title\n          }\n          occurrence {\n            startsAt\n            endsAt\n            cancellationReason\n            movedFrom\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyUpcomingSessions($first: Int!, $after: String) {\n    myUpcomingSessions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          occursOn\n          status\n          waitingPosition\n          cancelled\n          session {\n            id\n            title\n          }\n          occurrence {\n            startsAt\n            endsAt\n            cancellationReason\n            movedFrom\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoingMyCalendarFeed {\n    me {\n      hasCalendarFeed\n    }\n  }\n"): (typeof documents)["\n  query GoingMyCalendarFeed {\n    me {\n      hasCalendarFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoingNewMyCalendarFeed {\n    newMyCalendarFeed\n  }\n"): (typeof documents)["\n  mutation GoingNewMyCalendarFeed {\n    newMyCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoingEndMyCalendarFeed {\n    endMyCalendarFeed\n  }\n"): (typeof documents)["\n  mutation GoingEndMyCalendarFeed {\n    endMyCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID, $slug: String) {\n    group(id: $id, slug: $slug) {\n      id\n      slug\n      name\n      kind\n      archivedAt\n      viewerRole\n      description\n      languages\n      memberCount\n      website\n      icalUrl\n      sessions {\n        ...SessionDetails\n        icalUrl\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID, $slug: String) {\n    group(id: $id, slug: $slug) {\n      id\n      slug\n      name\n      kind\n      archivedAt\n      viewerRole\n      description\n      languages\n      memberCount\n      website\n      icalUrl\n      sessions {\n        ...SessionDetails\n        icalUrl\n        space {\n          id\n          name\n          postcode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($kind: GroupKind, $first: Int!, $after: String) {\n    groups(kind: $kind, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          description\n          languages\n          memberCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupFormFields on Group {\n    id\n    slug\n    name\n    kind\n    description\n    languages\n    website\n    archivedAt\n    viewerRole\n  }\n"): (typeof documents)["\n  fragment GroupFormFields on Group {\n    id\n    slug\n    name\n    kind\n    description\n    languages\n    website\n    archivedAt\n    viewerRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditGroup($slug: String!) {\n    group(slug: $slug) {\n      ...GroupFormFields\n    }\n  }\n"): (typeof documents)["\n  query EditGroup($slug: String!) {\n    group(slug: $slug) {\n      ...GroupFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      ...GroupFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveGroup($id: ID!) {\n    unarchiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoiningPrivacy {\n    me {\n      person {\n        id\n      }\n      consents {\n        id\n        kind\n        inForce\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoiningPrivacy {\n    me {\n      person {\n        id\n      }\n      consents {\n        id\n        kind\n        inForce\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganiserPanel($id: ID!) {\n    group(id: $id) {\n      id\n      memberCount\n      organisers {\n        id\n        displayName\n      }\n      openInvitations {\n        id\n        createdAt\n        expiresAt\n      }\n      sessions {\n        id\n        title\n        nextOccurrences(count: 1)\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n        }\n      }\n    }\n    groupMembers(groupId: $id, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganiserPanel($id: ID!) {\n    group(id: $id) {\n      id\n      memberCount\n      organisers {\n        id\n        displayName\n      }\n      openInvitations {\n        id\n        createdAt\n        expiresAt\n      }\n      sessions {\n        id\n        title\n        nextOccurrences(count: 1)\n        occurrences(count: 1, includeCancelled: false) {\n          occursOn\n          goingCount\n          waitingCount\n        }\n      }\n    }\n    groupMembers(groupId: $id, first: 50) {\n      edges {\n        node {\n          id\n          displayName\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCoOrganiser($groupId: ID!) {\n    inviteCoOrganiser(groupId: $groupId) {\n      token\n      invitation {\n        id\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCoOrganiserInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeCoOrganiserInvitation($id: ID!) {\n    revokeCoOrganiserInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation RemoveOrganiser($groupId: ID!, $personId: ID!) {\n    removeOrganiser(groupId: $groupId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoOrganiserInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      expiresAt\n      alreadyOrganiser\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoOrganiserInvitation($token: String!) {\n    coOrganiserInvitation(token: $token) {\n      expiresAt\n      alreadyOrganiser\n      group {\n        id\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCoOrganiserInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCoOrganiserInvitation($token: String!) {\n    acceptCoOrganiserInvitation(token: $token) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpPostMatches($id: ID!, $first: Int!) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      reasons {\n        kind\n        text\n      }\n      post {\n        ...HelpPostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpPostMatches($id: ID!, $first: Int!) {\n    helpPostMatches(id: $id, first: $first) {\n      score\n      distance\n      reasons {\n        kind\n        text\n      }\n      post {\n        ...HelpPostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HelpPostFields on HelpPost {\n    id\n    kind\n    category\n    title\n    description\n    availability\n    availabilitySlots {\n      weekday\n      partOfDay\n    }\n    languages\n    quantity\n    expiresAt\n    status\n    moderation\n    removalNote\n    areaCell\n    createdAt\n    authorGroup {\n      id\n      name\n    }\n    authorPerson {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment HelpPostFields on HelpPost {\n    id\n    kind\n    category\n    title\n    description\n    availability\n    availabilitySlots {\n      weekday\n      partOfDay\n    }\n    languages\n    quantity\n    expiresAt\n    status\n    moderation\n    removalNote\n    areaCell\n    createdAt\n    authorGroup {\n      id\n      name\n    }\n    authorPerson {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HelpPostConnectionFields on HelpPostConnection {\n    edges {\n      cursor\n      node {\n        ...HelpPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment HelpPostConnectionFields on HelpPostConnection {\n    edges {\n      cursor\n      node {\n        ...HelpPostFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpPosts(\n    $kind: HelpPostKind\n    $category: HelpCategory\n    $areaCell: String\n    $first: Int!\n    $after: String\n  ) {\n    helpPosts(kind: $kind, category: $category, areaCell: $areaCell, first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n    liveCursor\n  }\n"): (typeof documents)["\n  query HelpPosts(\n    $kind: HelpPostKind\n    $category: HelpCategory\n    $areaCell: String\n    $first: Int!\n    $after: String\n  ) {\n    helpPosts(kind: $kind, category: $category, areaCell: $areaCell, first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n    liveCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HelpPostsNear($areaCells: [String!], $categories: [HelpCategory!], $since: String) {\n    helpPostsNear(areaCells: $areaCells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        ...HelpPostFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HelpPostsNear($areaCells: [String!], $categories: [HelpCategory!], $since: String) {\n    helpPostsNear(areaCells: $areaCells, categories: $categories, since: $since) {\n      cursor\n      helpPost {\n        ...HelpPostFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpPost($id: ID!) {\n    helpPost(id: $id) {\n      ...HelpPostFields\n    }\n    liveCursor\n  }\n"): (typeof documents)["\n  query HelpPost($id: ID!) {\n    helpPost(id: $id) {\n      ...HelpPostFields\n    }\n    liveCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HelpPostStatusChanged($areaCell: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $areaCell, since: $since) {\n      cursor\n      helpPost {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription HelpPostStatusChanged($areaCell: String!, $since: String) {\n    helpPostStatusChanged(areaCell: $areaCell, since: $since) {\n      cursor\n      helpPost {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelpFormContext {\n    me {\n      person {\n        id\n        areaCell\n        languages\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelpFormContext {\n    me {\n      person {\n        id\n        areaCell\n        languages\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      ...HelpPostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHelpPost($input: CreateHelpPostInput!) {\n    createHelpPost(input: $input) {\n      ...HelpPostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHelpPosts($first: Int!, $after: String) {\n    myHelpPosts(first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n  }\n"): (typeof documents)["\n  query MyHelpPosts($first: Int!, $after: String) {\n    myHelpPosts(first: $first, after: $after) {\n      ...HelpPostConnectionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawHelpPost($id: ID!) {\n    withdrawHelpPost(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n"): (typeof documents)["\n  query MapSettings {\n    mapSettings {\n      tileUrl\n      tileAttribution\n      directionsUrl\n      addressSearch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NearbyParents($near: NearInput!, $first: Int!, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          distance\n          sharesALanguage\n          person {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      profileAsOf\n    }\n  }\n"): (typeof documents)["\n  query NearbyParents($near: NearInput!, $first: Int!, $after: String) {\n    nearbyParents(near: $near, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          distance\n          sharesALanguage\n          person {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      profileAsOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      partnerships {\n        id\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      partnerships {\n        id\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      pendingPartnerships {\n        id\n        note\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingPartnerships($id: ID!) {\n    group(id: $id) {\n      id\n      pendingPartnerships {\n        id\n        note\n        fromGroup {\n          id\n          name\n        }\n        toGroup {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSearch($text: String!) {\n    groups(search: $text, first: 8) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSearch($text: String!) {\n    groups(search: $text, first: 8) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePartnership($from: ID!, $to: ID!, $note: String!) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePartnership($from: ID!, $to: ID!, $note: String!) {\n    proposePartnership(fromGroupId: $from, toGroupId: $to, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPartnership($id: ID!) {\n    acceptPartnership(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePartnership($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclinePartnership($id: ID!) {\n    declinePartnership(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPartnership($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndPartnership($id: ID!) {\n    endPartnership(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataAccessLog($first: Int!, $after: String) {\n    me {\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            at\n            action\n            basis\n            purpose\n            actor {\n              id\n              displayName\n            }\n            viaGroup {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataAccessLog($first: Int!, $after: String) {\n    me {\n      dataAccessLog(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            at\n            action\n            basis\n            purpose\n            actor {\n              id\n              displayName\n            }\n            viaGroup {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Privacy {\n    me {\n      person {\n        id\n        areaCell\n        lifeStage {\n          expecting\n          childAgesMonths\n        }\n      }\n      consents {\n        id\n        kind\n        purpose\n        givenAt\n        withdrawnAt\n        inForce\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Privacy {\n    me {\n      person {\n        id\n        areaCell\n        lifeStage {\n          expecting\n          childAgesMonths\n        }\n      }\n      consents {\n        id\n        kind\n        purpose\n        givenAt\n        withdrawnAt\n        inForce\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n      kind\n      inForce\n    }\n  }\n"): (typeof documents)["\n  mutation GiveConsent($input: GiveConsentInput!) {\n    giveConsent(input: $input) {\n      id\n      kind\n      inForce\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($id: ID!) {\n    withdrawConsent(id: $id) {\n      id\n      inForce\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!) {\n    services: groups(kind: SERVICE, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    schemes: groups(kind: VOLUNTEER_SCHEME, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($first: Int!) {\n    services: groups(kind: SERVICE, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    schemes: groups(kind: VOLUNTEER_SCHEME, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfile on Person {\n    id\n    displayName\n    areaCell\n    languages\n    suitableWeekdays\n    lifeStage {\n      expecting\n      dueMonth\n      childAgesMonths\n    }\n  }\n"): (typeof documents)["\n  fragment MyProfile on Person {\n    id\n    displayName\n    areaCell\n    languages\n    suitableWeekdays\n    lifeStage {\n      expecting\n      dueMonth\n      childAgesMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfile\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: ProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafetyRoles {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafetyRoles {\n    me {\n      roles\n      organising {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportHelpPost($helpPostId: ID!, $reason: ReportReason!, $details: String) {\n    reportHelpPost(helpPostId: $helpPostId, reason: $reason, details: $details)\n  }\n"): (typeof documents)["\n  mutation ReportHelpPost($helpPostId: ID!, $reason: ReportReason!, $details: String) {\n    reportHelpPost(helpPostId: $helpPostId, reason: $reason, details: $details)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportExchangeMessage($messageId: ID!, $reason: ReportReason!, $details: String) {\n    reportExchangeMessage(messageId: $messageId, reason: $reason, details: $details)\n  }\n"): (typeof documents)["\n  mutation ReportExchangeMessage($messageId: ID!, $reason: ReportReason!, $details: String) {\n    reportExchangeMessage(messageId: $messageId, reason: $reason, details: $details)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockPerson($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation BlockPerson($personId: ID!) {\n    blockPerson(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockPerson($personId: ID!) {\n    unblockPerson(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation UnblockPerson($personId: ID!) {\n    unblockPerson(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlockedPeople {\n    blockedPeople {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query BlockedPeople {\n    blockedPeople {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    subjectKind\n    state\n    createdAt\n    text\n    helpPost {\n      id\n      title\n    }\n    group {\n      id\n      name\n    }\n    screening {\n      rule\n      phrase\n    }\n    reports {\n      id\n      reason\n      details\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemFields on ModerationItem {\n    id\n    subjectKind\n    state\n    createdAt\n    text\n    helpPost {\n      id\n      title\n    }\n    group {\n      id\n      name\n    }\n    screening {\n      rule\n      phrase\n    }\n    reports {\n      id\n      reason\n      details\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int!, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseModerationItem($id: ID!) {\n    releaseModerationItem(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveModerationItem($id: ID!, $note: String) {\n    removeModerationItem(id: $id, note: $note) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      ...ModerationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyConcernFields on MySafeguardingConcern {\n    id\n    concern\n    status\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment MyConcernFields on MySafeguardingConcern {\n    id\n    concern\n    status\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      ...MyConcernFields\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {\n    raiseSafeguardingConcern(input: $input) {\n      ...MyConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySafeguardingConcerns {\n    mySafeguardingConcerns {\n      ...MyConcernFields\n    }\n  }\n"): (typeof documents)["\n  query MySafeguardingConcerns {\n    mySafeguardingConcerns {\n      ...MyConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SafeguardingConcernFields on SafeguardingConcern {\n    id\n    concern\n    status\n    leadNotes\n    createdAt\n    updatedAt\n    message\n    raisedBy {\n      id\n      displayName\n    }\n    aboutPerson {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment SafeguardingConcernFields on SafeguardingConcern {\n    id\n    concern\n    status\n    leadNotes\n    createdAt\n    updatedAt\n    message\n    raisedBy {\n      id\n      displayName\n    }\n    aboutPerson {\n      id\n      displayName\n    }\n    helpPost {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SafeguardingConcerns($status: SafeguardingConcernStatus, $first: Int!, $after: String) {\n    safeguardingConcerns(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SafeguardingConcernFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SafeguardingConcerns($status: SafeguardingConcernStatus, $first: Int!, $after: String) {\n    safeguardingConcerns(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SafeguardingConcernFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSafeguardingConcern(\n    $id: ID!\n    $status: SafeguardingConcernStatus!\n    $leadNotes: String\n  ) {\n    updateSafeguardingConcern(id: $id, status: $status, leadNotes: $leadNotes) {\n      ...SafeguardingConcernFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSafeguardingConcern(\n    $id: ID!\n    $status: SafeguardingConcernStatus!\n    $leadNotes: String\n  ) {\n    updateSafeguardingConcern(id: $id, status: $status, leadNotes: $leadNotes) {\n      ...SafeguardingConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SafeguardingConcernRaised {\n    safeguardingConcernRaised {\n      ...SafeguardingConcernFields\n    }\n  }\n"): (typeof documents)["\n  subscription SafeguardingConcernRaised {\n    safeguardingConcernRaised {\n      ...SafeguardingConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishOrganising {\n    me {\n      person {\n        id\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishOrganising {\n    me {\n      person {\n        id\n      }\n      organising {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishSessionToEdit($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n      group {\n        id\n        name\n      }\n      space {\n        id\n        name\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishSessionToEdit($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n      group {\n        id\n        name\n      }\n      space {\n        id\n        name\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n    }\n  }\n"): (typeof documents)["\n  mutation PublishUpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      id\n      title\n      description\n      recurrence\n      startDate\n      startTime\n      durationMinutes\n      minAgeMonths\n      maxAgeMonths\n      languages\n      costPence\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation PublishDeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishSpacesByName($search: String!) {\n    spaces(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          address\n          postcode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishSpacesByName($search: String!) {\n    spaces(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          name\n          address\n          postcode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      address\n      postcode\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n      name\n      address\n      postcode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishSessionDate on SessionOccurrence {\n    occursOn\n    startsAt\n    endsAt\n    cancelled\n    cancellationReason\n    movedFrom\n  }\n"): (typeof documents)["\n  fragment PublishSessionDate on SessionOccurrence {\n    occursOn\n    startsAt\n    endsAt\n    cancelled\n    cancellationReason\n    movedFrom\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishSessionDates($id: ID!, $count: Int!) {\n    session(id: $id) {\n      id\n      title\n      startTime\n      durationMinutes\n      group {\n        id\n      }\n      occurrences(count: $count) {\n        ...PublishSessionDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishSessionDates($id: ID!, $count: Int!) {\n    session(id: $id) {\n      id\n      title\n      startTime\n      durationMinutes\n      group {\n        id\n      }\n      occurrences(count: $count) {\n        ...PublishSessionDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishCancelSessionDate($sessionId: ID!, $occursOn: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $sessionId, occursOn: $occursOn, reason: $reason) {\n      ...PublishSessionDate\n    }\n  }\n"): (typeof documents)["\n  mutation PublishCancelSessionDate($sessionId: ID!, $occursOn: String!, $reason: String!) {\n    cancelSessionDate(sessionId: $sessionId, occursOn: $occursOn, reason: $reason) {\n      ...PublishSessionDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRestoreSessionDate($sessionId: ID!, $occursOn: String!) {\n    restoreSessionDate(sessionId: $sessionId, occursOn: $occursOn) {\n      ...PublishSessionDate\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRestoreSessionDate($sessionId: ID!, $occursOn: String!) {\n    restoreSessionDate(sessionId: $sessionId, occursOn: $occursOn) {\n      ...PublishSessionDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMoveSessionDate(\n    $sessionId: ID!\n    $occursOn: String!\n    $toDate: String!\n    $toTime: String!\n  ) {\n    moveSessionDate(sessionId: $sessionId, occursOn: $occursOn, toDate: $toDate, toTime: $toTime) {\n      ...PublishSessionDate\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMoveSessionDate(\n    $sessionId: ID!\n    $occursOn: String!\n    $toDate: String!\n    $toTime: String!\n  ) {\n    moveSessionDate(sessionId: $sessionId, occursOn: $occursOn, toDate: $toDate, toTime: $toTime) {\n      ...PublishSessionDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishChangeSessionTime(\n    $sessionId: ID!\n    $fromDate: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $sessionId\n      fromDate: $fromDate\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      id\n      startTime\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation PublishChangeSessionTime(\n    $sessionId: ID!\n    $fromDate: String!\n    $startTime: String!\n    $durationMinutes: Int\n  ) {\n    changeSessionTimeFrom(\n      sessionId: $sessionId\n      fromDate: $fromDate\n      startTime: $startTime\n      durationMinutes: $durationMinutes\n    ) {\n      id\n      startTime\n      durationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n"): (typeof documents)["\n  fragment SessionDetails on Session {\n    id\n    title\n    description\n    languages\n    minAgeMonths\n    maxAgeMonths\n    costPence\n    durationMinutes\n    nextOccurrences(count: 3)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingSessions($from: DateTime!, $days: Int!, $first: Int!) {\n    upcomingSessions(from: $from, days: $days, first: $first) {\n      startsAt\n      endsAt\n      session {\n        id\n        title\n        languages\n        minAgeMonths\n        maxAgeMonths\n        costPence\n        group {\n          id\n          name\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceStewardship($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsSteward\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceStewardship($id: ID!) {\n    space(id: $id) {\n      id\n      viewerIsSteward\n    }\n    me {\n      organising {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceStewards($id: ID!) {\n    space(id: $id) {\n      id\n      stewards {\n        grantedAt\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceStewards($id: ID!) {\n    space(id: $id) {\n      id\n      stewards {\n        grantedAt\n        person {\n          id\n          displayName\n        }\n      }\n      stewardCandidates {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceChangeProposals($spaceId: ID!) {\n    spaceChangeProposals(spaceId: $spaceId) {\n      id\n      status\n      note\n      decisionNote\n      createdAt\n      mine\n      proposer {\n        id\n        displayName\n      }\n      changes {\n        name\n        kind\n        address\n        postcode\n        latitude\n        longitude\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceChangeProposals($spaceId: ID!) {\n    spaceChangeProposals(spaceId: $spaceId) {\n      id\n      status\n      note\n      decisionNote\n      createdAt\n      mine\n      proposer {\n        id\n        displayName\n      }\n      changes {\n        name\n        kind\n        address\n        postcode\n        latitude\n        longitude\n        accessibility\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceEditableFields on Space {\n    id\n    name\n    kind\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n"): (typeof documents)["\n  fragment SpaceEditableFields on Space {\n    id\n    name\n    kind\n    address\n    postcode\n    latitude\n    longitude\n    accessibility\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceForm($id: ID!) {\n    space(id: $id) {\n      ...SpaceEditableFields\n      viewerIsSteward\n    }\n  }\n"): (typeof documents)["\n  query SpaceForm($id: ID!) {\n    space(id: $id) {\n      ...SpaceEditableFields\n      viewerIsSteward\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      ...SpaceEditableFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSpace($id: ID!, $input: UpdateSpaceInput!) {\n    updateSpace(id: $id, input: $input) {\n      ...SpaceEditableFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeSpaceChange($spaceId: ID!, $input: UpdateSpaceInput!, $note: String!) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeSpaceChange($spaceId: ID!, $input: UpdateSpaceInput!, $note: String!) {\n    proposeSpaceChange(spaceId: $spaceId, input: $input, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSpaceChange($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSpaceChange($id: ID!) {\n    acceptSpaceChange(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSpaceChange($id: ID!, $note: String!) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSpaceChange($id: ID!, $note: String!) {\n    declineSpaceChange(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation GrantSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"): (typeof documents)["\n  mutation RevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {\n    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganising {\n    me {\n      organising {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganising {\n    me {\n      organising {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      latitude\n      longitude\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Space($id: ID!) {\n    space(id: $id) {\n      id\n      name\n      kind\n      address\n      postcode\n      latitude\n      longitude\n      accessibility\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      sessions {\n        ...SessionDetails\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedSessions($first: Int!) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          ...SessionSearchResultDetails\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedSessions($first: Int!) {\n    suggestedSessions {\n      needs\n      weighedTies\n      items(first: $first) {\n        match {\n          ...SessionSearchResultDetails\n        }\n        reasons {\n          kind\n          detail\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;