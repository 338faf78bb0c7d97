import { createGroup, createSession, createSpace } from '../factories';
import { CELL, postHelp, sendMessage, startExchange } from '../help-exchanges';
import type { Caller, GraphQLResponse, Member, TestApi } from '../test-api';
import type { FuzzPools } from './values';

/** The callers the fuzzer sends operations as. */
export const FUZZ_ROLES = ['anonymous', 'member', 'organiser', 'admin'] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number];

/** A signed-in role whose session the fuzzer may end (signOut…) and then renews. */
export interface RoleSession {
  member: Member;
  /** The current session cookie. */
  cookie: string;
  /** Town-wide roles it should have. */
  accountRoles: string[];
}

export interface FuzzWorld {
  sessions: Record<Exclude<FuzzRole, 'anonymous'>, RoleSession>;
  pools: FuzzPools;
  /** Database column names with an underscore: seeing one in an error means SQL leaked. */
  columns: string[];
}

// any: the seed reads its own responses loosely; a wrong shape fails loudly below.
const data = <T = any>(result: GraphQLResponse<T>, what: string): T => {
  if (!result.data || result.errors) throw new Error(`${what}: ${JSON.stringify(result.errors)}`);
  return result.data;
};

const CURSOR_LISTS: Record<string, string> = {
  groups: '{ groups(first: 3) { edges { cursor } } }',
  spaces: '{ spaces(first: 3) { edges { cursor } } }',
  sessions: '{ sessions(first: 3) { edges { cursor } } }',
  helpPosts: '{ helpPosts(first: 3) { edges { cursor } } }',
  myHelpPosts: '{ myHelpPosts(first: 3) { edges { cursor } } }',
  myExchanges: '{ myExchanges(first: 3) { edges { cursor } } }',
  auditEvents: '{ auditEvents(first: 3) { edges { cursor } } }',
  groupSearch: `{ groupSearch(areaCell: "${CELL}", withinMetres: null, first: 3) { edges { cursor } } }`,
  spaceSearch: `{ spaceSearch(areaCell: "${CELL}", withinMetres: null, first: 3) { edges { cursor } } }`,
  sessionSearch: `{ sessionSearch(areaCell: "${CELL}", withinMetres: null, first: 3) { edges { cursor } } }`,
  liveCursor: '{ liveCursor }',
};

/**
 * A small town for the fuzzer: a member, an organiser of a group with a space, a session and
 * posts, an admin, and an exchange with a message, a consent, a saved search, a held post, a
 * report and a safeguarding concern, so generated operations can name real things.
 */
export async function seedFuzzWorld(api: TestApi): Promise<FuzzWorld> {
  const member = await api.signUp('Member M.', {
    profile: {
      areaCell: CELL,
      languages: ['en', 'ur'],
      lifeStage: { childBirthMonths: ['2026-05'] },
    },
  });
  const organiser = await api.signUp('Organiser O.', { profile: { areaCell: CELL } });
  const admin = await api.signUp('Admin A.');
  await api.grantRole(admin, 'ADMIN');
  const other = await api.signUp('Other P.', { profile: { areaCell: CELL } });

  const group = await createGroup(organiser, { name: 'Stay and Play Westgate' });
  const service = await createGroup(organiser, { name: 'Family Hub', kind: 'SERVICE' });
  const space = await createSpace(organiser);
  const session = await createSession(organiser, { groupId: group.id, spaceId: space.id });
  data(
    await member.gqlRaw<any>(`mutation ($g: ID!) { joinGroup(groupId: $g) { id } }`, {
      g: group.id,
    }),
    'join',
  );
  const memberPost = await postHelp(member, {
    kind: 'REQUEST',
    category: 'LIFTS',
    title: 'Lift to clinic',
  });
  const groupPost = await postHelp(organiser, { authorGroupId: group.id, title: 'Pram to lend' });
  const heldPost = await postHelp(other, { title: 'Meet me alone at my flat, bring cash' });
  const exchangeId = await startExchange(member, groupPost.id);
  const message = await sendMessage(member, exchangeId, 'Thank you, Tuesday works');
  data(
    await member.gqlRaw<any>(
      `mutation ($p: ID!) { reportHelpPost(helpPostId: $p, reason: SPAM_OR_SCAM) }`,
      {
        p: groupPost.id,
      },
    ),
    'report',
  );
  const consent = data(
    await member.gqlRaw<any>(
      `mutation ($input: GiveConsentInput!) { giveConsent(input: $input) { id } }`,
      {
        input: {
          kind: 'SUPPORTED_BY_ORGANISATION',
          organisationId: service.id,
          purpose: 'Settling in',
        },
      },
    ),
    'consent',
  ).giveConsent.id;
  const savedSearch = data(
    await member.gqlRaw<any>(
      `mutation ($s: SessionSearchInput!) { saveSearch(name: "Tuesdays", search: $s) { id } }`,
      { s: { areaCell: CELL } },
    ),
    'saved search',
  ).saveSearch.id;
  const concern = data(
    await member.gqlRaw<any>(
      `mutation ($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }`,
      { input: { concern: 'Something felt wrong', aboutPersonId: other.personId } },
    ),
    'concern',
  ).raiseSafeguardingConcern.id;
  const vetting = data(
    await admin.gqlRaw<any>(
      `mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { id } }`,
      {
        input: {
          personId: other.personId,
          organisationId: service.id,
          checkType: 'ENHANCED_DBS',
          issuedOn: '2025-01-01',
          expiresOn: '2030-01-01',
        },
      },
    ),
    'vetting',
  ).recordVetting.id;
  const queue = data(
    await admin.gqlRaw<any>(
      `{ moderationQueue(first: 5) { edges { node { id reports { id } } } } }`,
    ),
    'queue',
  ).moderationQueue.edges.map(
    (edge: { node: { id: string; reports: { id: string }[] } }) => edge.node,
  );
  const authSessions = data(
    await member.gqlRaw<any>(`{ me { sessions { id } } }`),
    'sessions',
  ).me.sessions.map((row: { id: string }) => row.id);

  const cursors: Record<string, string[]> = {};
  for (const [field, query] of Object.entries(CURSOR_LISTS)) {
    const caller: Caller = field === 'auditEvents' ? admin : member;
    const result = data(await caller.gqlRaw<any>(query), `cursors of ${field}`)[field];
    cursors[field] =
      typeof result === 'string'
        ? [result]
        : result.edges.map((edge: { cursor: string }) => edge.cursor);
  }

  const columns: string[] = (
    await api.dataSource.query(
      `SELECT DISTINCT column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name LIKE '%\\_%'`,
    )
  ).map((row: { column_name: string }) => row.column_name);

  return {
    sessions: {
      member: { member, cookie: member.cookie, accountRoles: [] },
      organiser: { member: organiser, cookie: organiser.cookie, accountRoles: [] },
      admin: { member: admin, cookie: admin.cookie, accountRoles: ['ADMIN'] },
    },
    pools: {
      ids: {
        // The admin's own id is left out, so the fuzzer does not take the admin role away for good.
        person: [member.personId, organiser.personId, other.personId],
        group: [group.id, service.id],
        space: [space.id],
        session: [session.id],
        helpPost: [memberPost.id, groupPost.id, heldPost.id],
        exchange: [exchangeId],
        message: [message.id],
        consent: [consent],
        savedSearch: [savedSearch],
        concern: [concern],
        vetting: [vetting],
        moderationItem: queue.map((item: { id: string }) => item.id),
        report: queue.flatMap((item: { reports: { id: string }[] }) =>
          item.reports.map((r) => r.id),
        ),
        authSession: authSessions,
      },
      cursors,
      areaCells: [CELL, '8819429a9bfffff'],
    },
    columns,
  };
}
