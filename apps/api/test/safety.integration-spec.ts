import type { ResultOf } from '@graphql-typed-document-node/core';
import { createGroup } from './support/factories';
import {
  CELL,
  codeOf,
  completeExchange,
  postHelp,
  respond,
  SEND_MESSAGE as SEND,
  startExchange,
  watch,
} from './support/help-exchanges';
import { Caller, GraphQLResponse, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import type { CreateHelpPostInput, ModerationState, ReportReason } from './gql/graphql';
import { MY_DATA_ACCESS_LOG } from './support/data-access-log';

const BOARD = graphql(`
  query SafetyHelpPosts {
    helpPosts(first: 50) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const POST = graphql(`
  query SafetyHelpPost($id: ID!) {
    helpPost(id: $id) {
      id
      moderation
    }
  }
`);
const CREATE = graphql(`
  mutation SafetyCreateHelpPost($input: CreateHelpPostInput!) {
    createHelpPost(input: $input) {
      id
      moderation
    }
  }
`);
const MESSAGES = graphql(`
  query SafetyExchangeMessages($e: ID!) {
    exchangeMessages(exchangeId: $e) {
      edges {
        node {
          id
          body
          moderation
          removalNote
        }
      }
    }
  }
`);
const QUEUE = graphql(`
  query SafetyModerationQueue($g: ID, $s: ModerationState) {
    moderationQueue(groupId: $g, state: $s, first: 50) {
      edges {
        node {
          id
          subjectKind
          state
          text
          helpPost {
            id
          }
          group {
            name
          }
          screening {
            rule
            phrase
            description
          }
          reports {
            id
            reason
            details
            status
          }
        }
      }
    }
  }
`);
const RELEASE = graphql(`
  mutation SafetyReleaseModerationItem($id: ID!) {
    releaseModerationItem(id: $id) {
      id
      state
    }
  }
`);
const REMOVE = graphql(`
  mutation SafetyRemoveModerationItem($id: ID!, $note: String) {
    removeModerationItem(id: $id, note: $note) {
      id
      state
    }
  }
`);
const DISMISS = graphql(`
  mutation SafetyDismissReport($id: ID!) {
    dismissReport(id: $id) {
      id
      state
    }
  }
`);
const REPORT_POST = graphql(`
  mutation SafetyReportHelpPost($p: ID!, $r: ReportReason!, $d: String) {
    reportHelpPost(helpPostId: $p, reason: $r, details: $d)
  }
`);
const REPORT_MESSAGE = graphql(`
  mutation SafetyReportExchangeMessage($m: ID!, $r: ReportReason!) {
    reportExchangeMessage(messageId: $m, reason: $r)
  }
`);
const BLOCK = graphql(`
  mutation SafetyBlockPerson($p: ID!) {
    blockPerson(personId: $p)
  }
`);
const UNBLOCK = graphql(`
  mutation SafetyUnblockPerson($p: ID!) {
    unblockPerson(personId: $p)
  }
`);
const RAISE = graphql(`
  mutation SafetyRaiseSafeguardingConcern($input: RaiseSafeguardingConcernInput!) {
    raiseSafeguardingConcern(input: $input) {
      id
      status
      concern
    }
  }
`);
const MY_CONCERNS = graphql(`
  query SafetyMySafeguardingConcerns {
    mySafeguardingConcerns {
      id
      status
      concern
    }
  }
`);
const CONCERNS = graphql(`
  query SafetySafeguardingConcerns {
    safeguardingConcerns(first: 50) {
      edges {
        node {
          id
          concern
          status
          leadNotes
          message
          raisedBy {
            displayName
          }
          aboutPerson {
            displayName
          }
          helpPost {
            id
          }
        }
      }
    }
  }
`);
const UPDATE_CONCERN = graphql(`
  mutation SafetyUpdateSafeguardingConcern($id: ID!, $s: SafeguardingConcernStatus!, $n: String) {
    updateSafeguardingConcern(id: $id, status: $s, leadNotes: $n) {
      id
      status
      leadNotes
    }
  }
`);
const AUDIT = graphql(`
  query SafetyAuditEvents {
    auditEvents(first: 50) {
      edges {
        node {
          action
          basis
          purpose
          actor {
            id
          }
          subject {
            id
          }
        }
      }
    }
  }
`);

const ids = (result: GraphQLResponse<ResultOf<typeof BOARD>>, field: 'helpPosts'): string[] =>
  result.data![field].edges.map((edge) => edge.node.id);
const queueOf = async (
  caller: Caller,
  groupId: string | null = null,
  state: ModerationState = 'PENDING',
) => {
  const result = await caller.gql(QUEUE, { g: groupId, s: state });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['moderationQueue'].edges.map((edge) => edge.node);
};
const itemFor = async (caller: Caller, text: RegExp, groupId: string | null = null) =>
  (await queueOf(caller, groupId)).find((item) => text.test(item.text));
/** 'ok', or the error code the caller got. */
const outcome = (result: GraphQLResponse) => (result.errors ? codeOf(result) : 'ok');

const post = (caller: Caller, input: Partial<CreateHelpPostInput>) =>
  postHelp(caller, { title: 'Baby things', ...input });

async function auditActions(admin: Caller) {
  const result = await admin.gql(AUDIT);
  return result.data!['auditEvents'].edges.map((edge) => edge.node);
}

describe('safety: screening, reports, blocks, moderation and safeguarding', () => {
  let api: TestApi;
  let admin: Member;
  let lead: Member;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signUp('Admin A.');
    await api.grantRole(admin, 'ADMIN');
    lead = await api.signUp('Lead L.');
    await api.grantRole(lead, 'SAFEGUARDING_LEAD');
  });
  afterAll(() => api.close());

  describe('screening', () => {
    it('holds a risky post off the board and out of live updates until a moderator releases it', async () => {
      const author = await api.signUp('Author A.');
      const neighbour = await api.signUp('Neighbour N.');
      const live = await watch(
        neighbour,
        graphql(`
          subscription SafetyHelpPostsNear($c: String!) {
            helpPostsNear(areaCells: [$c]) {
              helpPost {
                id
              }
            }
          }
        `),
        { c: CELL },
      );
      const held = await post(author, {
        title: 'Outgrown dresses',
        description: 'Send me photos of your kids first so I know the size',
      });
      expect(held.moderation).toBe('HELD');

      expect(ids(await neighbour.gql(BOARD), 'helpPosts')).not.toContain(held.id);
      expect(ids(await api.gql(BOARD), 'helpPosts')).not.toContain(held.id);
      expect(codeOf(await neighbour.gql(POST, { id: held.id }))).toBe('NOT_FOUND');
      expect(codeOf(await respond(neighbour, held.id))).toBe('NOT_FOUND');
      expect((await author.gql(POST, { id: held.id })).data!['helpPost']).toEqual({
        id: held.id,
        moderation: 'HELD',
      });

      // The admin's queue explains which rule held it and which words matched.
      const item = await itemFor(admin, /Outgrown dresses/);
      expect(item).toMatchObject({
        subjectKind: 'HELP_POST',
        state: 'PENDING',
        helpPost: { id: held.id },
        group: null,
        reports: [],
        screening: [
          {
            rule: 'CHILD_PHOTOS',
            phrase: 'photos of your kids',
            description: 'Asks for photos or videos of children.',
          },
        ],
      });
      expect(live.events).toEqual([]);

      // Withdrawing a held post is not announced on the live board either.
      const statuses = await watch(
        neighbour,
        graphql(`
          subscription SafetyHelpPostStatusChanged($c: String!) {
            helpPostStatusChanged(areaCell: $c) {
              helpPost {
                id
                title
              }
            }
          }
        `),
        { c: CELL },
      );
      const heldToo = await post(author, { title: 'Spare meds', description: 'Calpol' });
      await author.gql(
        graphql(`
          mutation SafetyWithdrawHelpPost($id: ID!) {
            withdrawHelpPost(id: $id) {
              id
            }
          }
        `),
        {
          id: heldToo.id,
        },
      );
      const visible = await post(author, { title: 'Plain withdrawn post' });
      await author.gql(
        graphql(`
          mutation SafetyWithdrawHelpPost2($id: ID!) {
            withdrawHelpPost(id: $id) {
              id
            }
          }
        `),
        {
          id: visible.id,
        },
      );
      await statuses.until(1);
      statuses.stop();
      expect(statuses.events).toEqual([
        { helpPostStatusChanged: { helpPost: { id: visible.id, title: 'Plain withdrawn post' } } },
      ]);

      expect((await admin.gql(RELEASE, { id: item!.id })).data!['releaseModerationItem']).toEqual({
        id: item!.id,
        state: 'RELEASED',
      });
      // Live: the ordinary post when it was made, the held one only once released.
      await live.until(2);
      live.stop();
      expect(live.events).toEqual([
        { helpPostsNear: { helpPost: { id: visible.id } } },
        { helpPostsNear: { helpPost: { id: held.id } } },
      ]);
      expect(ids(await neighbour.gql(BOARD), 'helpPosts')).toContain(held.id);
      expect(codeOf(await admin.gql(RELEASE, { id: item!.id }))).toBe('CONFLICT');

      const events = await auditActions(admin);
      expect(events).toContainEqual({
        action: 'moderation:released',
        basis: 'ADMIN',
        purpose: `HELP_POST ${held.id}`,
        actor: { id: admin.personId },
        subject: { id: author.personId },
      });
    });

    it('holds a risky message from the other side: its author sees it as held, nobody else until released', async () => {
      const organiser = await api.signUp('Organiser O.');
      const group = await createGroup(organiser, { name: 'Al-Noor Mosque', kind: 'FAITH' });
      const otherOrganiser = await api.signUp('Other Organiser P.');
      const otherGroup = await createGroup(otherOrganiser, { name: 'St Mary’s', kind: 'FAITH' });
      const offer = await postHelp(organiser, { authorGroupId: group.id, title: 'Pram' });
      const parent = await api.signUp('Parent P.');
      const exchangeId = await startExchange(parent, offer.id);
      const incoming = await watch(
        organiser,
        graphql(`
          subscription SafetyExchangeMessageAdded($e: ID!) {
            exchangeMessageAdded(exchangeId: $e) {
              message {
                body
              }
            }
          }
        `),
        { e: exchangeId },
      );

      const sent = await parent.gql(SEND, {
        e: exchangeId,
        b: 'Could you send me money for the bus first?',
      });
      expect(sent.data!['sendExchangeMessage'].moderation).toBe('HELD');
      const messageId = sent.data!['sendExchangeMessage'].id;

      const seenBy = async (caller: Caller) =>
        (await caller.gql(MESSAGES, { e: exchangeId })).data!['exchangeMessages'].edges.map(
          (edge) => edge.node,
        );
      expect((await seenBy(parent)).map((m) => m.moderation)).toEqual(['VISIBLE', 'HELD']);
      expect((await seenBy(organiser)).map((m) => m.id)).not.toContain(messageId);

      // The group's organisers moderate their group's exchanges; another group's do not see it.
      const item = await itemFor(organiser, /money for the bus/, group.id);
      expect(item).toMatchObject({
        subjectKind: 'EXCHANGE_MESSAGE',
        helpPost: { id: offer.id },
        group: { name: 'Al-Noor Mosque' },
        screening: [{ rule: 'MONEY', phrase: 'send me money' }],
      });
      expect(await itemFor(otherOrganiser, /money for the bus/)).toBeUndefined();
      expect(codeOf(await otherOrganiser.gql(QUEUE, { g: group.id }))).toBe('FORBIDDEN');
      expect(codeOf(await otherOrganiser.gql(RELEASE, { id: item!.id }))).toBe('FORBIDDEN');
      expect(await queueOf(otherOrganiser, otherGroup.id)).toEqual([]);
      expect(incoming.events).toEqual([]);

      await organiser.gql(RELEASE, { id: item!.id });
      await incoming.until(1);
      incoming.stop();
      expect(incoming.events).toEqual([
        {
          exchangeMessageAdded: { message: { body: 'Could you send me money for the bus first?' } },
        },
      ]);
      expect((await seenBy(organiser)).map((m) => m.id)).toContain(messageId);
    });

    it('removes a message for good: the author sees it removed, the other side never does', async () => {
      const author = await api.signUp('Giver G.');
      const offer = await postHelp(author, { title: 'Cot' });
      const responder = await api.signUp('Asker A.');
      const exchangeId = await startExchange(responder, offer.id);
      await responder.gql(SEND, { e: exchangeId, b: 'Come alone to my flat, it is easier' });

      const item = await itemFor(admin, /Come alone to my flat/);
      expect(item!.screening).toEqual([
        expect.objectContaining({ rule: 'MEETING_ALONE', phrase: 'Come alone' }),
      ]);
      const tooLong = await admin.gql(REMOVE, { id: item!.id, note: 'x'.repeat(501) });
      expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
      const note = 'Please meet in a public place: meeting alone at home is not allowed here.';
      expect(
        (await admin.gql(REMOVE, { id: item!.id, note: `  ${note}  ` })).data![
          'removeModerationItem'
        ].state,
      ).toBe('REMOVED');
      const mine = await responder.gql(MESSAGES, { e: exchangeId });
      expect(
        mine.data!['exchangeMessages'].edges.map(({ node }) => [node.moderation, node.removalNote]),
      ).toEqual([
        ['VISIBLE', null],
        ['REMOVED', note],
      ]);
      const theirs = await author.gql(MESSAGES, { e: exchangeId });
      expect(theirs.data!['exchangeMessages'].edges).toHaveLength(1);
      expect(await auditActions(admin)).toContainEqual(
        expect.objectContaining({
          action: 'moderation:removed',
          subject: { id: responder.personId },
        }),
      );
    });

    it('takes a post down with a note that only its author reads', async () => {
      const author = await api.signUp('Poster P.');
      const neighbour = await api.signUp('Neighbour P.');
      const held = await post(author, {
        title: 'Baby bath',
        description: 'Send me photos of your kids in the bath first',
      });
      const item = await itemFor(admin, /Send me photos of your kids in the bath/);
      const note = 'Asking for photos of children is not allowed here.';
      await admin.gql(REMOVE, { id: item!.id, note });
      const NOTE = graphql(`
        query SafetyHelpPost2($id: ID!) {
          helpPost(id: $id) {
            moderation
            removalNote
          }
        }
      `);
      expect((await author.gql(NOTE, { id: held.id })).data!['helpPost']).toEqual({
        moderation: 'REMOVED',
        removalNote: note,
      });
      expect(codeOf(await neighbour.gql(NOTE, { id: held.id }))).toBe('NOT_FOUND');
      expect(codeOf(await api.gql(NOTE, { id: held.id }))).toBe('NOT_FOUND');
    });

    it('screens every word of a post: contact details refused, risky availability held', async () => {
      const author = await api.signUp('Careful C.');
      for (const [field, text] of [
        ['title', 'Pram, text 07700 900123'],
        ['description', 'Email me at careful@example.com'],
        ['availability', 'Evenings, ring 07700900123'],
      ] as const) {
        const refused = await author.gql(CREATE, {
          input: {
            kind: 'OFFER',
            category: 'BABY_ITEMS',
            title: 'Pram',
            areaCell: CELL,
            [field]: text,
          },
        });
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const held = await post(author, { availability: 'Evenings, come alone to my flat' });
      expect(held.moderation).toBe('HELD');
      expect((await itemFor(admin, /come alone/))?.screening).toEqual([
        expect.objectContaining({ rule: 'MEETING_ALONE' }),
      ]);
    });

    it('refuses thanks that ask for more, as there is no queue for thanks', async () => {
      const giver = await api.signUp('Thanked T.');
      const offer = await postHelp(giver, { title: 'High chair' });
      const receiver = await api.signUp('Thankful R.');
      const exchangeId = await startExchange(receiver, offer.id);
      await completeExchange(giver, receiver, exchangeId);
      const THANK = graphql(`
        mutation SafetyThankForExchange($e: ID!, $m: String!) {
          thankForExchange(exchangeId: $e, message: $m) {
            message
          }
        }
      `);
      const risky = await receiver.gql(THANK, {
        e: exchangeId,
        m: 'Thank you! Could you send me money for the bus too?',
      });
      expect(risky.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'message',
      });
      expect(risky.errors?.[0]?.message).toMatch(/raise a safeguarding concern/);
      const fine = await receiver.gql(THANK, { e: exchangeId, m: 'Thank you, it is perfect!' });
      expect(fine.data!['thankForExchange']).toEqual({ message: 'Thank you, it is perfect!' });
    });

    it('lets ordinary posts and messages straight through', async () => {
      const author = await api.signUp('Plain P.');
      const ordinary = await post(author, {
        title: 'Bag of baby clothes',
        description: 'Free, 0-3 months. Pick up after Friday prayers.',
      });
      expect(ordinary.moderation).toBe('VISIBLE');
      expect(ids(await api.gql(BOARD), 'helpPosts')).toContain(ordinary.id);
      expect(await itemFor(admin, /Bag of baby clothes/)).toBeUndefined();
    });
  });

  describe('reports', () => {
    it('queues a report once per person, never saying who made it', async () => {
      const organiser = await api.signUp('Reported Org R.');
      const group = await createGroup(organiser, { name: 'Hope Foodbank', kind: 'MUTUAL_AID' });
      const offer = await postHelp(organiser, { authorGroupId: group.id, title: 'Food parcels' });
      const reporter = await api.signUp('Reporter R.');

      const first = await reporter.gql(REPORT_POST, {
        p: offer.id,
        r: 'SPAM_OR_SCAM',
        d: 'Asked me to pay',
      });
      expect(first.data).toEqual({ reportHelpPost: true });
      expect(codeOf(await reporter.gql(REPORT_POST, { p: offer.id, r: 'ABUSIVE' }))).toBe(
        'CONFLICT',
      );
      expect(codeOf(await organiser.gql(REPORT_POST, { p: offer.id, r: 'ABUSIVE' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(codeOf(await api.gql(REPORT_POST, { p: offer.id, r: 'ABUSIVE' }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        codeOf(
          await reporter.gql(REPORT_POST, {
            p: offer.id,
            r: 'NOT_A_REASON' as ReportReason /* deliberately not one */,
          }),
        ),
      ).toBe('BAD_USER_INPUT');

      const item = await itemFor(organiser, /Food parcels/, group.id);
      expect(item!.reports).toEqual([
        {
          id: expect.any(String),
          reason: 'SPAM_OR_SCAM',
          details: 'Asked me to pay',
          status: 'OPEN',
        },
      ]);
      // The schema has no way to ask who reported, and nothing in the audit log names them.
      const fields = await api.gql(
        graphql(`
          query Safety_Type {
            __type(name: "ModerationReport") {
              fields {
                name
              }
            }
          }
        `),
      );
      expect(fields.data!['__type']!.fields!.map((f) => f.name).sort()).toEqual([
        'createdAt',
        'details',
        'id',
        'reason',
        'status',
      ]);
      expect(
        codeOf(
          await organiser.gqlRaw(
            `{ moderationQueue { edges { node { reports { reporter { id } } } } } }`,
          ),
        ),
      ).toBe('GRAPHQL_VALIDATION_FAILED');

      // The post stays on the board while it is looked at; dismissing the report clears the queue.
      expect(ids(await api.gql(BOARD), 'helpPosts')).toContain(offer.id);
      expect(
        (await organiser.gql(DISMISS, { id: item!.reports[0]!.id })).data!['dismissReport'],
      ).toEqual({
        id: item!.id,
        state: 'DISMISSED',
      });
      expect(await itemFor(organiser, /Food parcels/, group.id)).toBeUndefined();
      expect(codeOf(await organiser.gql(DISMISS, { id: item!.reports[0]!.id }))).toBe('CONFLICT');
      const events = await auditActions(admin);
      expect(events).toContainEqual(
        expect.objectContaining({
          action: 'moderation:report-dismissed',
          basis: 'ORGANISER',
          actor: { id: organiser.personId },
          subject: null,
        }),
      );
      expect(events.filter((event) => event.actor?.id === reporter.personId)).toEqual([
        expect.objectContaining({ action: 'account:created' }),
      ]);

      // A new report puts a decided item back in the queue.
      const second = await api.signUp('Second Reporter S.');
      await second.gql(REPORT_POST, { p: offer.id, r: 'NOT_GENUINE' });
      expect((await itemFor(organiser, /Food parcels/, group.id))!.reports).toHaveLength(2);
    });

    it('lets only the other side of an exchange report a message in it', async () => {
      const author = await api.signUp('Msg Author M.');
      const offer = await postHelp(author, { title: 'High chair' });
      const responder = await api.signUp('Msg Responder R.');
      const exchangeId = await startExchange(responder, offer.id);
      const messages = await author.gql(MESSAGES, { e: exchangeId });
      const messageId = messages.data!['exchangeMessages'].edges[0]!.node.id;
      const stranger = await api.signUp('Stranger S.');

      expect(codeOf(await stranger.gql(REPORT_MESSAGE, { m: messageId, r: 'ABUSIVE' }))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await responder.gql(REPORT_MESSAGE, { m: messageId, r: 'ABUSIVE' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect((await author.gql(REPORT_MESSAGE, { m: messageId, r: 'ABUSIVE' })).data).toEqual({
        reportExchangeMessage: true,
      });
      const item = await itemFor(admin, /Hello, could I help\?/);
      expect(item).toMatchObject({ subjectKind: 'EXCHANGE_MESSAGE', group: null });
      expect(item!.reports).toEqual([expect.objectContaining({ reason: 'ABUSIVE' })]);
    });
  });

  describe('blocks', () => {
    it('hides each other’s posts, stops responses and messages, and calls off open exchanges', async () => {
      const blocker = await api.signUp('Blocker B.');
      const blocked = await api.signUp('Blocked X.');
      const offer = await postHelp(blocker, { title: 'Baby bath', category: 'BABY_ITEMS' });
      const request = await postHelp(blocked, {
        kind: 'REQUEST',
        title: 'Need a baby bath',
        category: 'BABY_ITEMS',
      });
      const exchangeId = await startExchange(blocked, offer.id);
      const matchesOf = async () =>
        (
          await blocker.gql(
            graphql(`
              query SafetyHelpPostMatches($id: ID!) {
                helpPostMatches(id: $id) {
                  post {
                    id
                  }
                }
              }
            `),
            {
              id: offer.id,
            },
          )
        ).data!['helpPostMatches'].map((match) => match.post.id);
      expect(await matchesOf()).toContain(request.id);

      expect(codeOf(await blocker.gql(BLOCK, { p: blocker.personId }))).toBe('BAD_USER_INPUT');
      expect((await blocker.gql(BLOCK, { p: blocked.personId })).data).toEqual({
        blockPerson: true,
      });
      expect((await blocker.gql(BLOCK, { p: blocked.personId })).data).toEqual({
        blockPerson: true,
      });

      const exchange = await blocker.gql(
        graphql(`
          query SafetyExchange($id: ID!) {
            exchange(id: $id) {
              status
            }
          }
        `),
        {
          id: exchangeId,
        },
      );
      expect(exchange.data!['exchange'].status).toBe('CANCELLED');
      expect(ids(await blocker.gql(BOARD), 'helpPosts')).not.toContain(request.id);
      expect(ids(await blocked.gql(BOARD), 'helpPosts')).not.toContain(offer.id);
      expect(ids(await api.gql(BOARD), 'helpPosts')).toEqual(
        expect.arrayContaining([offer.id, request.id]),
      );
      expect(codeOf(await blocked.gql(POST, { id: offer.id }))).toBe('NOT_FOUND');
      expect(codeOf(await blocker.gql(POST, { id: request.id }))).toBe('NOT_FOUND');
      expect(await matchesOf()).not.toContain(request.id);
      expect(codeOf(await respond(blocked, offer.id))).toBe('FORBIDDEN');
      expect(codeOf(await respond(blocker, request.id))).toBe('FORBIDDEN');
      expect(codeOf(await blocked.gql(SEND, { e: exchangeId, b: 'Hello?' }))).toBe('FORBIDDEN');
      expect(codeOf(await blocker.gql(SEND, { e: exchangeId, b: 'Hello?' }))).toBe('FORBIDDEN');

      const list = graphql(`
        query SafetyBlockedPeople {
          blockedPeople {
            id
            displayName
          }
        }
      `);
      expect((await blocker.gql(list)).data!['blockedPeople']).toEqual([
        { id: blocked.personId, displayName: 'Blocked X.' },
      ]);
      expect((await blocked.gql(list)).data!['blockedPeople']).toEqual([]);
      expect(codeOf(await api.gql(list))).toBe('UNAUTHENTICATED');

      // Only the one who blocked can lift it.
      expect(codeOf(await blocked.gql(UNBLOCK, { p: blocker.personId }))).toBe('NOT_FOUND');
      expect((await blocker.gql(UNBLOCK, { p: blocked.personId })).data).toEqual({
        unblockPerson: true,
      });
      expect(ids(await blocked.gql(BOARD), 'helpPosts')).toContain(offer.id);
      expect(await matchesOf()).toContain(request.id);
    });

    it('releases what an agreed exchange promised when a block calls it off', async () => {
      const giver = await api.signUp('Promiser P.');
      const taker = await api.signUp('Promisee Q.');
      const offer = await postHelp(giver, { title: 'Car seat' });
      const exchangeId = await startExchange(taker, offer.id);
      for (const caller of [giver, taker])
        await caller.gql(
          graphql(`
            mutation SafetyAgreeToExchange($e: ID!) {
              agreeToExchange(exchangeId: $e) {
                id
              }
            }
          `),
          {
            e: exchangeId,
          },
        );
      const status = async () =>
        (
          await giver.gql(
            graphql(`
              query SafetyHelpPost3($id: ID!) {
                helpPost(id: $id) {
                  status
                }
              }
            `),
            { id: offer.id },
          )
        ).data!['helpPost'].status;
      expect(await status()).toBe('MATCHED');
      await taker.gql(BLOCK, { p: giver.personId });
      expect(await status()).toBe('OPEN');
    });
  });

  describe('safeguarding concerns', () => {
    it('reach the safeguarding lead only; the person raising one sees its status, never the notes', async () => {
      const worried = await api.signUp('Worried W.');
      const subject = await api.signUp('Subject S.');
      const offer = await postHelp(subject, { title: 'Toddler clothes' });
      const exchangeId = await startExchange(worried, offer.id);
      const sent = await subject.gql(SEND, { e: exchangeId, b: 'What time suits you?' });
      const messageId = sent.data!['sendExchangeMessage'].id;
      const adminQueueBefore = (await queueOf(admin)).length;

      expect(
        codeOf(
          await worried.gql(RAISE, { input: { concern: 'Hmm', aboutPersonId: subject.personId } }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await api.gql(RAISE, { input: { concern: 'Something is wrong here.' } }))).toBe(
        'UNAUTHENTICATED',
      );
      const stranger = await api.signUp('Not In It N.');
      expect(
        codeOf(
          await stranger.gql(RAISE, {
            input: { concern: 'I saw a message that worried me.', messageId },
          }),
        ),
      ).toBe('NOT_FOUND');

      const raised = await worried.gql(RAISE, {
        input: {
          concern: 'They asked about my children in a way that worried me.',
          aboutPersonId: subject.personId,
          messageId,
        },
      });
      expect(raised.data!['raiseSafeguardingConcern']).toEqual({
        id: expect.any(String),
        status: 'RAISED',
        concern: 'They asked about my children in a way that worried me.',
      });
      const concernId = raised.data!['raiseSafeguardingConcern'].id;
      expect(codeOf(await worried.gqlRaw(`{ mySafeguardingConcerns { leadNotes } }`))).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );

      const leadView = await lead.gql(CONCERNS);
      expect(leadView.data!['safeguardingConcerns'].edges.map((e) => e.node)).toContainEqual({
        id: concernId,
        concern: 'They asked about my children in a way that worried me.',
        status: 'RAISED',
        leadNotes: '',
        message: 'What time suits you?',
        raisedBy: { displayName: 'Worried W.' },
        aboutPerson: { displayName: 'Subject S.' },
        helpPost: null,
      });
      // Not a moderation matter: not in the queue, and moderators and admins cannot read concerns.
      expect(await queueOf(admin)).toHaveLength(adminQueueBefore);
      for (const caller of [admin, worried, subject])
        expect(codeOf(await caller.gql(CONCERNS))).toBe('FORBIDDEN');

      const updated = await lead.gql(UPDATE_CONCERN, {
        id: concernId,
        s: 'IN_PROGRESS',
        n: 'Called the family hub.',
      });
      expect(updated.data!['updateSafeguardingConcern']).toEqual({
        id: concernId,
        status: 'IN_PROGRESS',
        leadNotes: 'Called the family hub.',
      });
      expect(codeOf(await admin.gql(UPDATE_CONCERN, { id: concernId, s: 'CLOSED' }))).toBe(
        'FORBIDDEN',
      );
      expect((await worried.gql(MY_CONCERNS)).data!['mySafeguardingConcerns']).toEqual([
        {
          id: concernId,
          status: 'IN_PROGRESS',
          concern: 'They asked about my children in a way that worried me.',
        },
      ]);

      // Audited, without naming the person it is about: their own access log stays silent.
      const events = await auditActions(admin);
      expect(events).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'safeguarding:concern-raised',
            actor: { id: worried.personId },
            purpose: `concern ${concernId}`,
          }),
          expect.objectContaining({
            action: 'read:SafeguardingConcern',
            basis: 'SAFEGUARDING_LEAD',
            actor: { id: lead.personId },
            subject: null,
          }),
          expect.objectContaining({
            action: 'safeguarding:concern-in_progress',
            actor: { id: lead.personId },
            subject: null,
          }),
        ]),
      );
      const log = await subject.gql(MY_DATA_ACCESS_LOG);
      expect(log.data!['me']!.dataAccessLog.edges).toEqual([]);
    });
  });

  describe('live concerns for the leads', () => {
    const RAISED_LIVE = graphql(`
      subscription SafetySafeguardingConcernRaised {
        safeguardingConcernRaised {
          id
          concern
          status
          raisedBy {
            displayName
          }
        }
      }
    `);

    it('tells the safeguarding leads of a new concern at once, and never moderators, organisers or admins', async () => {
      const organiser = await api.signUp('Live Organiser O.');
      await createGroup(organiser, { name: 'Live Group', kind: 'CIVIC' });
      const bystander = await api.signUp('Live Bystander B.');
      const formerLead = await api.signUp('Former Lead F.');
      await api.grantRole(formerLead, 'SAFEGUARDING_LEAD');
      const leadLive = await watch(lead, RAISED_LIVE);
      const formerLive = await watch(formerLead, RAISED_LIVE);
      const refused = await Promise.all(
        [admin, organiser, bystander].map((caller) => watch(caller, RAISED_LIVE)),
      );
      for (const live of refused) {
        await live.until(1);
        expect(live.errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      }
      // A lead whose role is taken away hears nothing more, even on a subscription already open.
      await api.dataSource.query(
        `UPDATE account SET roles = array_remove(roles, 'SAFEGUARDING_LEAD') WHERE person_id = $1`,
        [formerLead.personId],
      );

      const worried = await api.signUp('Live Worried W.');
      const raised = await worried.gql(RAISE, {
        input: { concern: 'A neighbour’s child is left alone every night.' },
      });
      const concernId = raised.data!['raiseSafeguardingConcern'].id;
      await leadLive.until(1);
      expect(leadLive.events).toEqual([
        {
          safeguardingConcernRaised: {
            id: concernId,
            concern: 'A neighbour’s child is left alone every night.',
            status: 'RAISED',
            raisedBy: { displayName: 'Live Worried W.' },
          },
        },
      ]);
      // Given the role back, the former lead hears of the next concern only: events arrive in
      // order, so the first was passed over while the role was gone.
      await api.grantRole(formerLead, 'SAFEGUARDING_LEAD');
      const next = await worried.gql(RAISE, {
        input: { concern: 'The same child was outside at midnight again.' },
      });
      await formerLive.until(1);
      expect(formerLive.events.map((event) => event.safeguardingConcernRaised.id)).toEqual([
        next.data!['raiseSafeguardingConcern'].id,
      ]);
      for (const live of refused) expect(live.events).toEqual([]);
      const [audited] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE action = 'read:SafeguardingConcern' AND actor_person_id = $1 AND purpose = $2`,
        [lead.personId, `concern ${concernId}`],
      );
      expect(audited.n).toBe(1);
      for (const live of [leadLive, formerLive, ...refused]) live.stop();
    });
  });

  describe('who may see what', () => {
    it('gives each role exactly its view of held content, the queue and concerns', async () => {
      const organiser = await api.signUp('Matrix Organiser O.');
      const group = await createGroup(organiser, { name: 'Matrix Group', kind: 'CIVIC' });
      const otherOrganiser = await api.signUp('Matrix Other Org P.');
      await createGroup(otherOrganiser, { name: 'Matrix Other Group', kind: 'CIVIC' });
      const author = await api.signUp('Matrix Author A.');
      const reporter = await api.signUp('Matrix Reporter R.');
      const member = await api.signUp('Matrix Member M.');
      const roles: [string, Caller][] = [
        ['anonymous', api],
        ['author', author],
        ['reporter', reporter],
        ['other member', member],
        ['organiser of the group', organiser],
        ['organiser of another group', otherOrganiser],
        ['admin', admin],
        ['safeguarding lead', lead],
      ];

      // A held personal post by the author; a held message by the author in the group's exchange;
      // the group's post reported by the reporter; a concern raised by the reporter.
      const heldPost = await post(author, {
        title: 'Matrix held post',
        description: 'Spare antibiotics',
      });
      const groupOffer = await postHelp(organiser, {
        authorGroupId: group.id,
        title: 'Matrix group post',
      });
      const exchangeId = await startExchange(author, groupOffer.id);
      await author.gql(SEND, { e: exchangeId, b: 'Matrix: what are your bank details?' });
      await reporter.gql(REPORT_POST, { p: groupOffer.id, r: 'INAPPROPRIATE' });
      await reporter.gql(RAISE, {
        input: {
          concern: 'Matrix: I am worried about this person.',
          aboutPersonId: author.personId,
        },
      });

      const view: Record<string, Record<string, unknown>> = {};
      for (const [role, caller] of roles) {
        const heldPostResult = await caller.gql(POST, { id: heldPost.id });
        const messages = await caller.gql(MESSAGES, { e: exchangeId });
        const groupQueue = await caller.gql(QUEUE, { g: group.id });
        const queue = await caller.gql(QUEUE, {});
        const concerns = await caller.gql(CONCERNS);
        const mine = await caller.gql(MY_CONCERNS);
        const texts = (result: GraphQLResponse<ResultOf<typeof QUEUE>>) =>
          result.data
            ? result.data['moderationQueue'].edges
                .map((edge) => edge.node.text)
                .filter((text) => text.includes('Matrix'))
                .map((text) => text.split('\n')[0])
                .sort()
            : codeOf(result);
        view[role] = {
          heldPost: heldPostResult.data
            ? heldPostResult.data['helpPost'].moderation
            : codeOf(heldPostResult),
          heldMessage: messages.data
            ? messages.data['exchangeMessages'].edges.some((e) => e.node.moderation === 'HELD')
            : codeOf(messages),
          groupQueue: texts(groupQueue),
          queue: texts(queue),
          concerns: concerns.data
            ? concerns.data['safeguardingConcerns'].edges.filter((e) =>
                e.node.concern.startsWith('Matrix'),
              ).length
            : codeOf(concerns),
          myConcerns: mine.data ? mine.data['mySafeguardingConcerns'].length : codeOf(mine),
        };
      }

      const groupItems = ['Matrix group post', 'Matrix: what are your bank details?'];
      expect(view).toEqual({
        anonymous: {
          heldPost: 'NOT_FOUND',
          heldMessage: 'UNAUTHENTICATED',
          groupQueue: 'UNAUTHENTICATED',
          queue: 'UNAUTHENTICATED',
          concerns: 'UNAUTHENTICATED',
          myConcerns: 'UNAUTHENTICATED',
        },
        author: {
          heldPost: 'HELD',
          heldMessage: true,
          groupQueue: 'FORBIDDEN',
          queue: 'FORBIDDEN',
          concerns: 'FORBIDDEN',
          myConcerns: 0,
        },
        reporter: {
          heldPost: 'NOT_FOUND',
          heldMessage: 'FORBIDDEN',
          groupQueue: 'FORBIDDEN',
          queue: 'FORBIDDEN',
          concerns: 'FORBIDDEN',
          myConcerns: 1,
        },
        'other member': {
          heldPost: 'NOT_FOUND',
          heldMessage: 'FORBIDDEN',
          groupQueue: 'FORBIDDEN',
          queue: 'FORBIDDEN',
          concerns: 'FORBIDDEN',
          myConcerns: 0,
        },
        'organiser of the group': {
          heldPost: 'NOT_FOUND',
          heldMessage: false,
          groupQueue: groupItems,
          queue: groupItems,
          concerns: 'FORBIDDEN',
          myConcerns: 0,
        },
        'organiser of another group': {
          heldPost: 'NOT_FOUND',
          heldMessage: 'FORBIDDEN',
          groupQueue: 'FORBIDDEN',
          queue: [],
          concerns: 'FORBIDDEN',
          myConcerns: 0,
        },
        admin: {
          heldPost: 'NOT_FOUND',
          heldMessage: 'FORBIDDEN',
          groupQueue: groupItems,
          queue: ['Matrix held post', ...groupItems].sort(),
          concerns: 'FORBIDDEN',
          myConcerns: 0,
        },
        'safeguarding lead': {
          heldPost: 'NOT_FOUND',
          heldMessage: 'FORBIDDEN',
          groupQueue: 'FORBIDDEN',
          queue: 'FORBIDDEN',
          concerns: 1,
          myConcerns: 0,
        },
      });

      // Decisions: only the group's organisers and admins, and each is refused to everyone else.
      const item = await itemFor(organiser, /Matrix group post/, group.id);
      const decisions: Record<string, unknown> = {};
      for (const [role, caller] of roles) {
        if (role === 'organiser of the group' || role === 'admin') continue;
        decisions[role] = outcome(await caller.gql(DISMISS, { id: item!.reports[0]!.id }));
      }
      expect(decisions).toEqual({
        anonymous: 'UNAUTHENTICATED',
        author: 'FORBIDDEN',
        reporter: 'FORBIDDEN',
        'other member': 'FORBIDDEN',
        'organiser of another group': 'FORBIDDEN',
        'safeguarding lead': 'FORBIDDEN',
      });
      expect(outcome(await organiser.gql(DISMISS, { id: item!.reports[0]!.id }))).toBe('ok');
    });
  });
});
