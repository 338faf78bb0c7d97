import { createGroup } from './support/factories';
import {
  codeOf,
  completeExchange,
  postHelp,
  respond,
  startExchange,
  step,
  watch,
} from './support/help-exchanges';
import { Caller, Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';
import { MY_DATA_ACCESS_LOG } from './support/data-access-log';

const SEND = graphql(`
  mutation ExchangesSendExchangeMessage($e: ID!, $b: String!) {
    sendExchangeMessage(exchangeId: $e, body: $b) {
      id
      body
      side
      mine
      author {
        displayName
      }
    }
  }
`);
const MESSAGES = graphql(`
  query ExchangesExchangeMessages($e: ID!) {
    exchangeMessages(exchangeId: $e) {
      edges {
        node {
          body
          side
          mine
          author {
            displayName
          }
        }
      }
    }
  }
`);
const THANK = graphql(`
  mutation ExchangesThankForExchange($e: ID!, $m: String!) {
    thankForExchange(exchangeId: $e, message: $m) {
      message
      side
      author {
        displayName
      }
    }
  }
`);
const FEEDBACK = graphql(`
  mutation ExchangesGiveExchangeFeedback($e: ID!, $w: Boolean!, $l: Boolean!, $a: Boolean!) {
    giveExchangeFeedback(exchangeId: $e, feltWelcome: $w, feltListenedTo: $l, wouldMeetAgain: $a)
  }
`);
const EXCHANGE = graphql(`
  query ExchangesExchange($id: ID!) {
    exchange(id: $id) {
      id
      status
      mySide
      givingSide
      myFeedbackGiven
      thanks {
        message
        side
        author {
          displayName
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query ExchangesExchangeFeedbackSummary($g: ID) {
    exchangeFeedbackSummary(groupId: $g) {
      responses
      feltWelcome
      feltListenedTo
      wouldMeetAgain
    }
  }
`);
const COUNTS = graphql(`
  query ExchangesPerson($id: ID!) {
    person(id: $id) {
      helpGiven
      helpReceived
    }
  }
`);
const TIES = graphql(`
  query ExchangesTies($id: ID!) {
    ties(personId: $id, kind: PERSON_PERSON) {
      edges {
        node {
          provenance
          strength
          exchangeId
        }
      }
    }
  }
`);

const feedback = (
  caller: Caller,
  exchangeId: string,
  welcome = true,
  listened = true,
  again = true,
) => caller.gql(FEEDBACK, { e: exchangeId, w: welcome, l: listened, a: again });

describe('exchanges end to end through GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('runs respond → conversation → agree → fulfilled → thanks and feedback, with live events', async () => {
    const giver = await api.signUp('Giver G.');
    const receiver = await api.signUp('Receiver R.');
    const offer = await postHelp(giver, { title: 'Moses basket' });

    const responses = await watch(
      giver,
      graphql(`
        subscription ExchangesHelpPostResponded {
          helpPostResponded {
            exchange {
              id
              responder {
                displayName
              }
              helpPost {
                id
              }
            }
          }
        }
      `),
    );
    const responded = await respond(receiver, offer.id, 'Hello! Is the basket still free?');
    expect(responded.data!['respondToHelpPost']).toMatchObject({
      status: 'OPEN',
      responder: { displayName: 'Receiver R.' },
      helpPost: { id: offer.id, status: 'OPEN' },
    });
    const exchangeId = responded.data!['respondToHelpPost'].id;
    await responses.until(1);
    responses.stop();
    expect(responses.events).toEqual([
      {
        helpPostResponded: {
          exchange: {
            id: exchangeId,
            responder: { displayName: 'Receiver R.' },
            helpPost: { id: offer.id },
          },
        },
      },
    ]);

    const twice = await respond(receiver, offer.id);
    expect(codeOf(twice)).toBe('CONFLICT');
    const own = await respond(giver, offer.id);
    expect(codeOf(own)).toBe('BAD_USER_INPUT');

    // The conversation: contact details are refused with a reason, and nothing is saved.
    const messages = await watch(
      receiver,
      graphql(`
        subscription ExchangesExchangeMessageAdded($e: ID!) {
          exchangeMessageAdded(exchangeId: $e) {
            message {
              body
              side
              mine
            }
          }
        }
      `),
      { e: exchangeId },
    );
    for (const body of ['Call me on 07700 900123', 'my email is giver@example.com']) {
      const refused = await giver.gql(SEND, { e: exchangeId, b: body });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors![0]!.message).toBe(
        'To keep everyone safe, messages cannot include phone numbers, email addresses or messaging handles. Agree where and when to meet here instead.',
      );
    }
    const refusedFirst = await respond(await api.signUp('Other O.'), offer.id, 'text 07700900123');
    expect(refusedFirst.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      contactDetails: 'PHONE_NUMBER',
    });
    const sent = await giver.gql(SEND, {
      e: exchangeId,
      b: 'Yes! Tuesday morning at the children’s centre?',
    });
    expect(sent.data!['sendExchangeMessage']).toMatchObject({
      side: 'POST',
      mine: true,
      author: { displayName: 'Giver G.' },
    });
    await messages.until(1);
    messages.stop();
    expect(messages.events).toEqual([
      {
        exchangeMessageAdded: {
          message: {
            body: 'Yes! Tuesday morning at the children’s centre?',
            side: 'POST',
            mine: false,
          },
        },
      },
    ]);
    const conversation = await receiver.gql(MESSAGES, { e: exchangeId });
    expect(conversation.data!['exchangeMessages'].edges.map((e) => e.node)).toEqual([
      {
        body: 'Hello! Is the basket still free?',
        side: 'RESPONDER',
        mine: true,
        author: { displayName: 'Receiver R.' },
      },
      {
        body: 'Yes! Tuesday morning at the children’s centre?',
        side: 'POST',
        mine: false,
        author: { displayName: 'Giver G.' },
      },
    ]);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM exchange_message WHERE exchange_id = $1`,
      [exchangeId],
    );
    expect(count).toBe(2);

    // Thanks and feedback wait for the exchange to be fulfilled.
    const tooSoon = await receiver.gql(THANK, { e: exchangeId, m: 'Thank you!' });
    expect(codeOf(tooSoon)).toBe('CONFLICT');
    expect(codeOf(await feedback(receiver, exchangeId))).toBe('CONFLICT');

    const updates = await watch(
      giver,
      graphql(`
        subscription ExchangesExchangeUpdated($e: ID!) {
          exchangeUpdated(exchangeId: $e) {
            exchange {
              status
              agreedByResponder
            }
          }
        }
      `),
      { e: exchangeId },
    );
    await completeExchange(giver, receiver, exchangeId);
    await updates.until(3);
    updates.stop();
    expect(updates.events.map((e) => e.exchangeUpdated.exchange.status)).toEqual([
      'OPEN',
      'AGREED',
      'FULFILLED',
    ]);

    const thanked = await receiver.gql(THANK, {
      e: exchangeId,
      m: 'Thank you so much, it is perfect.',
    });
    expect(thanked.data!['thankForExchange']).toEqual({
      message: 'Thank you so much, it is perfect.',
      side: 'RESPONDER',
      author: { displayName: 'Receiver R.' },
    });
    expect(codeOf(await receiver.gql(THANK, { e: exchangeId, m: 'Thanks again' }))).toBe(
      'CONFLICT',
    );
    const seenByGiver = await giver.gql(EXCHANGE, { id: exchangeId });
    expect(seenByGiver.data!['exchange']).toEqual({
      id: exchangeId,
      status: 'FULFILLED',
      mySide: 'POST',
      givingSide: 'POST',
      myFeedbackGiven: false,
      thanks: [
        {
          message: 'Thank you so much, it is perfect.',
          side: 'RESPONDER',
          author: { displayName: 'Receiver R.' },
        },
      ],
    });

    expect((await feedback(giver, exchangeId)).data).toEqual({ giveExchangeFeedback: true });
    expect(codeOf(await feedback(giver, exchangeId, false))).toBe('CONFLICT');
    expect((await giver.gql(EXCHANGE, { id: exchangeId })).data!['exchange'].myFeedbackGiven).toBe(
      true,
    );
    expect(
      (await receiver.gql(EXCHANGE, { id: exchangeId })).data!['exchange'].myFeedbackGiven,
    ).toBe(false);
    // Feedback names no one and is never served on its own: there is no type for a single answer.
    const introspection = await api.gql(
      graphql(`
        query Exchanges_Type {
          __type(name: "ExchangeFeedback") {
            name
          }
        }
      `),
    );
    expect(introspection.data).toEqual({ __type: null });
    const [row] = await api.dataSource.query(
      `SELECT * FROM exchange_feedback WHERE exchange_id = $1`,
      [exchangeId],
    );
    expect(Object.keys(row).filter((column) => column.includes('person'))).toEqual([]);
  });

  it('creates a tie with the exchange as provenance, strengthens it, and counts giving and receiving apart', async () => {
    const amira = await api.signUp('Amira A.');
    const kasia = await api.signUp('Kasia K.');
    const offer = await postHelp(amira, { title: 'Cot to give away' });
    const first = await startExchange(kasia, offer.id);
    await completeExchange(amira, kasia, first);

    const tiesAfterFirst = await amira.gql(TIES, { id: amira.personId });
    expect(tiesAfterFirst.data!['ties'].edges).toEqual([
      { node: { provenance: 'EXCHANGED_HELP', strength: 0.5, exchangeId: first } },
    ]);
    expect((await amira.gql(COUNTS, { id: amira.personId })).data!['person']).toEqual({
      helpGiven: 1,
      helpReceived: 0,
    });
    expect((await kasia.gql(COUNTS, { id: kasia.personId })).data!['person']).toEqual({
      helpGiven: 0,
      helpReceived: 1,
    });

    // A request: the responder gives this time.
    const request = await postHelp(amira, {
      kind: 'REQUEST',
      category: 'LIFTS',
      title: 'Lift to the clinic',
    });
    const second = await startExchange(kasia, request.id);
    expect((await kasia.gql(EXCHANGE, { id: second })).data!['exchange']).toMatchObject({
      mySide: 'RESPONDER',
      givingSide: 'RESPONDER',
    });
    await completeExchange(amira, kasia, second);
    const tiesAfterSecond = await kasia.gql(TIES, { id: kasia.personId });
    expect(tiesAfterSecond.data!['ties'].edges).toEqual([
      {
        node: {
          provenance: 'EXCHANGED_HELP',
          strength: expect.closeTo(0.7, 5),
          exchangeId: second,
        },
      },
    ]);
    expect((await amira.gql(COUNTS, { id: amira.personId })).data!['person']).toEqual({
      helpGiven: 1,
      helpReceived: 1,
    });
    expect((await kasia.gql(COUNTS, { id: kasia.personId })).data!['person']).toEqual({
      helpGiven: 1,
      helpReceived: 1,
    });
    // Counts are private: another member cannot read them.
    const other = await api.signUp('Nosy N.');
    expect(codeOf(await other.gql(COUNTS, { id: amira.personId }))).toBe('FORBIDDEN');
  });

  it('writes nothing when a step is refused', async () => {
    const giver = await api.signUp('Giver H.');
    const taker = await api.signUp('Taker T.');
    const offer = await postHelp(giver);
    const exchangeId = await startExchange(taker, offer.id);
    const refused = await step(taker, 'markExchangeFulfilled', exchangeId);
    expect(codeOf(refused)).toBe('CONFLICT');
    const [tie] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM tie WHERE from_person_id = $1 OR to_person_id = $1`,
      [taker.personId],
    );
    expect(tie.n).toBe(0);
    expect((await taker.gql(COUNTS, { id: taker.personId })).data!['person']).toEqual({
      helpGiven: 0,
      helpReceived: 0,
    });
    const [stored] = await api.dataSource.query(
      `SELECT status, fulfilled_at FROM exchange WHERE id = $1`,
      [exchangeId],
    );
    expect(stored).toEqual({ status: 'OPEN', fulfilled_at: null });
  });

  describe('a group’s exchanges, managed by its organisers', () => {
    let organiser: Member;
    let responder: Member;
    let groupId: string;
    let exchangeId: string;
    let callers: Record<string, Caller>;

    beforeAll(async () => {
      organiser = await api.signUp('Organiser O.');
      groupId = (await createGroup(organiser, { name: 'Westgate Baby Bank', kind: 'MUTUAL_AID' }))
        .id;
      responder = await api.signUp('Responder R.', { profile: { languages: ['pl'] } });
      const member = await api.signUp('Member M.');
      await member.gql(
        graphql(`
          mutation ExchangesJoinGroup($g: ID!) {
            joinGroup(groupId: $g) {
              id
            }
          }
        `),
        { g: groupId },
      );
      const admin = await api.signUp('Admin A.');
      await api.grantRole(admin, 'ADMIN');
      const post = await postHelp(organiser, {
        authorGroupId: groupId,
        title: 'Prams',
        quantity: 10,
      });
      const ownGroup = await respond(organiser, post.id);
      expect(codeOf(ownGroup)).toBe('BAD_USER_INPUT');
      exchangeId = await startExchange(responder, post.id);
      callers = {
        anonymous: api,
        responder,
        'organiser of the group': organiser,
        'member of the group': member,
        'another member': await api.signUp('Another A.'),
        admin,
      };
    });

    const ALLOWED = ['responder', 'organiser of the group'];

    it.each([
      ['exchange(id)', (caller: Caller, e: string) => caller.gql(EXCHANGE, { id: e })],
      ['exchangeMessages', (caller: Caller, e: string) => caller.gql(MESSAGES, { e })],
      [
        'sendExchangeMessage',
        (caller: Caller, e: string) => caller.gql(SEND, { e, b: 'See you Saturday' }),
      ],
    ])('lets only the two sides use %s', async (_name, send) => {
      for (const [role, caller] of Object.entries(callers)) {
        const result = await send(caller, exchangeId);
        if (ALLOWED.includes(role))
          expect({ role, errors: result.errors }).toEqual({ role, errors: undefined });
        else
          expect({ role, code: codeOf(result) }).toEqual({
            role,
            code: role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
      }
    });

    it('lets an organiser act for the group, audits their reading of the conversation, and keeps the responder’s profile private', async () => {
      const listed = await organiser.gql(
        graphql(`
          query ExchangesGroupExchanges($g: ID!) {
            groupExchanges(groupId: $g) {
              edges {
                node {
                  id
                  mySide
                  responder {
                    displayName
                  }
                }
              }
            }
          }
        `),
        { g: groupId },
      );
      expect(listed.data!['groupExchanges'].edges).toEqual([
        { node: { id: exchangeId, mySide: 'POST', responder: { displayName: 'Responder R.' } } },
      ]);
      expect(
        codeOf(
          await callers['member of the group']!.gql(
            graphql(`
              query ExchangesGroupExchanges2($g: ID!) {
                groupExchanges(groupId: $g) {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            `),
            { g: groupId },
          ),
        ),
      ).toBe('FORBIDDEN');
      const profile = await organiser.gql(
        graphql(`
          query ExchangesExchange2($id: ID!) {
            exchange(id: $id) {
              responder {
                displayName
                languages
              }
            }
          }
        `),
        { id: exchangeId },
      );
      expect(codeOf(profile)).toBe('FORBIDDEN');

      const log = await responder.gql(MY_DATA_ACCESS_LOG);
      expect(log.data!['me']!.dataAccessLog.edges.map((e) => e.node)).toContainEqual({
        action: 'read:Query.exchangeMessages',
        basis: 'ORGANISER',
        actor: { displayName: 'Organiser O.' },
      });

      await completeExchange(organiser, responder, exchangeId);
      const thanks = await organiser.gql(THANK, { e: exchangeId, m: 'Thank you for coming by!' });
      expect(thanks.data!['thankForExchange']).toMatchObject({
        side: 'POST',
        author: { displayName: 'Organiser O.' },
      });
      for (const [role, caller] of Object.entries(callers)) {
        const result = await caller.gql(
          graphql(`
            query ExchangesExchange3($id: ID!) {
              exchange(id: $id) {
                thanks {
                  message
                }
              }
            }
          `),
          { id: exchangeId },
        );
        if (ALLOWED.includes(role))
          expect(result.data!['exchange'].thanks).toEqual([
            { message: 'Thank you for coming by!' },
          ]);
        else expect(result.data).toBeNull();
      }

      // The group gave; its counts are for its organisers. The responder received.
      const group = graphql(`
        query ExchangesGroupCounts($g: ID!) {
          group(id: $g) {
            helpGiven
            helpReceived
          }
        }
      `);
      expect((await organiser.gql(group, { g: groupId })).data!['group']).toEqual({
        helpGiven: 1,
        helpReceived: 0,
      });
      expect(codeOf(await callers['member of the group']!.gql(group, { g: groupId }))).toBe(
        'FORBIDDEN',
      );
      expect((await responder.gql(COUNTS, { id: responder.personId })).data!['person']).toEqual({
        helpGiven: 0,
        helpReceived: 1,
      });
      const ties = await responder.gql(
        graphql(`
          query ExchangesTies2($id: ID!) {
            ties(personId: $id, kind: PERSON_GROUP) {
              edges {
                node {
                  provenance
                  exchangeId
                }
              }
            }
          }
        `),
        { id: responder.personId },
      );
      expect(ties.data!['ties'].edges).toEqual([
        { node: { provenance: 'EXCHANGED_HELP', exchangeId } },
      ]);
    });
  });

  it('shows feedback only in aggregates of whole blocks of 5 responses, to those allowed', async () => {
    const organiser = await api.signUp('Organiser F.');
    const group = await createGroup(organiser, { name: 'Feedback Pantry', kind: 'MUTUAL_AID' });
    const post = await postHelp(organiser, {
      authorGroupId: group.id,
      category: 'FOOD',
      title: 'Food parcels',
      quantity: 10,
    });
    const member = await api.signUp('Member F.');
    const admin = await api.signUp('Admin F.');
    await api.grantRole(admin, 'ADMIN');
    const answers: [boolean, boolean, boolean][] = [
      [true, true, true],
      [true, false, true],
      [true, true, false],
      [false, true, true],
      [true, true, true],
    ];
    for (const [index, [welcome, listened, again]] of answers.entries()) {
      const person = await api.signUp(`Neighbour ${index}`);
      const exchangeId = await startExchange(person, post.id);
      await completeExchange(organiser, person, exchangeId);
      expect((await feedback(person, exchangeId, welcome, listened, again)).data).toEqual({
        giveExchangeFeedback: true,
      });
      // The group's own answers are not part of how people felt with the group.
      if (index === 0) await feedback(organiser, exchangeId, false, false, false);
      const summary = await organiser.gql(SUMMARY, { g: group.id });
      if (index < 4) expect(summary.data).toEqual({ exchangeFeedbackSummary: null });
      else
        expect(summary.data).toEqual({
          exchangeFeedbackSummary: {
            responses: 5,
            feltWelcome: 0.8,
            feltListenedTo: 0.8,
            wouldMeetAgain: 0.8,
          },
        });
    }
    // A sixth answer does not move the summary: before and after would show that one person's.
    const sixth = await api.signUp('Neighbour 5');
    const sixthExchange = await startExchange(sixth, post.id);
    await completeExchange(organiser, sixth, sixthExchange);
    await feedback(sixth, sixthExchange, false, false, false);
    expect((await organiser.gql(SUMMARY, { g: group.id })).data).toEqual({
      exchangeFeedbackSummary: {
        responses: 5,
        feltWelcome: 0.8,
        feltListenedTo: 0.8,
        wouldMeetAgain: 0.8,
      },
    });
    expect(codeOf(await member.gql(SUMMARY, { g: group.id }))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(SUMMARY, { g: group.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await organiser.gql(SUMMARY, {}))).toBe('FORBIDDEN');
    const forAdmin = await admin.gql(SUMMARY, { g: group.id });
    expect(forAdmin.data!['exchangeFeedbackSummary']!.responses).toBe(5);
    const town = await admin.gql(SUMMARY, {});
    const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM exchange_feedback`);
    expect(n).toBeGreaterThanOrEqual(7);
    expect(town.data!['exchangeFeedbackSummary']!.responses).toBe(n - (n % 5));
  });

  it('ends a stranger’s attempt to listen in on a conversation', async () => {
    const giver = await api.signUp('Giver S.');
    const taker = await api.signUp('Taker S.');
    const stranger = await api.signUp('Stranger S.');
    const exchangeId = await startExchange(taker, (await postHelp(giver)).id);
    const listening = await watch(
      stranger,
      graphql(`
        subscription ExchangesExchangeMessageAdded2($e: ID!) {
          exchangeMessageAdded(exchangeId: $e) {
            message {
              body
            }
          }
        }
      `),
      { e: exchangeId },
    );
    await taker.gql(SEND, { e: exchangeId, b: 'Private words' });
    await listening.until(1);
    listening.stop();
    expect(listening.events).toEqual([]);
    expect(listening.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
