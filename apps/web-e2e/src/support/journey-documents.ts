import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The operations the journeys send themselves, to set up a journey or check its outcome, beside the
 * pages' own. The API runs with trusted documents on, so these join the web app's manifest for the
 * test server only (`writeJourneyManifest`). Each is anonymous or named `Journey…`, so none can
 * stand in for a page's operation missing from the web manifest.
 */
export const JOURNEY_DOCUMENTS = {
  me: '{ me { email } }',
  myConsents: '{ me { consents { kind inForce } } }',
  groups: '{ groups(first: 20) { edges { node { id name sessions { title } } } } }',
  groupsWithPlaces:
    '{ groups(first: 20) { edges { node { id sessions { space { id name } } } } } }',
  parentGroupsWithPlaces:
    '{ groups(first: 20, kind: PARENT_AND_BABY) { edges { node { id sessions { space { id } } } } } }',
  groupMembers:
    'query($id: ID!) { groupMembers(groupId: $id) { edges { node { displayName languages } } } }',
  createGroup: 'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
  joinGroup: 'mutation($id: ID!) { joinGroup(groupId: $id) { id } }',
  createSpace: 'mutation($input: CreateSpaceInput!) { createSpace(input: $input) { id } }',
  createSession: 'mutation($input: CreateSessionInput!) { createSession(input: $input) { id } }',
  goToSession:
    'mutation($sessionId: ID!, $occursOn: String!, $share: Boolean!) { goToSession(sessionId: $sessionId, occursOn: $occursOn, shareNameWithOrganisers: $share) { status } }',
  createHelpPost: 'mutation($input: CreateHelpPostInput!) { createHelpPost(input: $input) { id } }',
  updateMyProfile: 'mutation($input: ProfileInput!) { updateMyProfile(input: $input) { id } }',
  giveConsent: 'mutation($input: GiveConsentInput!) { giveConsent(input: $input) { id } }',
  postcodeOrigin:
    'query($postcode: String) { sessionSearch(postcode: $postcode, first: 1) { origin { latitude longitude } } }',
  signUp:
    'mutation JourneySignUp($input: SignUpInput!) { signUp(input: $input) { email person { id displayName } } }',
  signIn: 'mutation JourneySignIn($input: SignInInput!) { signIn(input: $input) { email } }',
} as const;

export type JourneyDocument = (typeof JOURNEY_DOCUMENTS)[keyof typeof JOURNEY_DOCUMENTS];

/** The web app's manifest plus the journeys' own operations, written to `into` for the test API. */
export function writeJourneyManifest(webManifest: string, into: string): void {
  const manifest = JSON.parse(readFileSync(webManifest, 'utf8')) as Record<string, string>;
  for (const document of Object.values(JOURNEY_DOCUMENTS)) {
    const name = /^(?:query|mutation)\s+(\w+)/.exec(document)?.[1];
    if (name && !name.startsWith('Journey'))
      throw new Error(`A journey's own operation must be anonymous or named Journey…: ${name}`);
    manifest[`sha256:${createHash('sha256').update(document).digest('hex')}`] = document;
  }
  writeFileSync(into, JSON.stringify(manifest, null, 2));
}
