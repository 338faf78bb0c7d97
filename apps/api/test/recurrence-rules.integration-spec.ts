import { createGroup, createSession, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

/** createSession and updateSession accept only RFC 5545-valid rules at frequencies Village supports. */
describe('recurrence rules through GraphQL', () => {
  let api: TestApi;
  let organiser: Member;
  let groupId: string;
  let spaceId: string;
  beforeAll(async () => {
    api = await startTestApi();
    organiser = await api.signUp('Organiser R.');
    groupId = (await createGroup(organiser)).id;
    spaceId = (await createSpace(organiser)).id;
  });
  afterAll(() => api.close());

  const create = (recurrence: string) =>
    organiser.gql(
      graphql(`
        mutation RecurrenceRulesCreateSession($input: CreateSessionInput!) {
          createSession(input: $input) {
            id
            recurrence
          }
        }
      `),
      {
        input: {
          groupId,
          spaceId,
          title: 'Rhyme Time',
          recurrence,
          startDate: '2026-01-06',
          startTime: '10:00',
          durationMinutes: 60,
          minAgeMonths: 0,
          maxAgeMonths: 36,
        },
      },
    );

  it.each([
    [
      'FREQ=WEEKLY;BYMONTHDAY=3',
      'BYMONTHDAY cannot be used with FREQ=WEEKLY; use BYDAY for the weekday.',
    ],
    ['FREQ=HOURLY', 'Sessions cannot repeat HOURLY; use DAILY, WEEKLY, MONTHLY or YEARLY.'],
    ['FREQ=MONTHLY;BYWEEKNO=3', 'BYWEEKNO can only be used with FREQ=YEARLY, not FREQ=MONTHLY.'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20270101', 'A rule can end with COUNT or with UNTIL, not both.'],
    [
      'FREQ=WEEKLY;BYDAY=2TU',
      'A numbered weekday such as 2TU needs FREQ=MONTHLY or FREQ=YEARLY, not FREQ=WEEKLY.',
    ],
  ])('createSession refuses %s with a message naming the problem', async (rule, message) => {
    const result = await create(rule);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message,
      extensions: { code: 'BAD_USER_INPUT', field: 'recurrence' },
    });
  });

  it('createSession accepts a valid monthly rule', async () => {
    const result = await create('FREQ=MONTHLY;BYDAY=-1FR');
    expect(result.errors).toBeUndefined();
    expect(result.data!['createSession'].recurrence).toBe('FREQ=MONTHLY;BYDAY=-1FR');
  });

  it('updateSession refuses an invalid rule and keeps the old one', async () => {
    const session = await createSession(organiser, { groupId, spaceId });
    const update = (recurrence: string) =>
      organiser.gql(
        graphql(`
          mutation RecurrenceRulesUpdateSession($id: ID!, $input: UpdateSessionInput!) {
            updateSession(id: $id, input: $input) {
              recurrence
            }
          }
        `),
        { id: session.id, input: { recurrence } },
      );
    const refused = await update('FREQ=DAILY;BYYEARDAY=10');
    expect(refused.errors?.[0]).toMatchObject({
      message: 'BYYEARDAY can only be used with FREQ=YEARLY, not FREQ=DAILY.',
      extensions: { code: 'BAD_USER_INPUT', field: 'recurrence' },
    });
    const kept = await api.gql(
      graphql(`
        query RecurrenceRulesSession($id: ID!) {
          session(id: $id) {
            recurrence
          }
        }
      `),
      { id: session.id },
    );
    expect(kept.data!['session'].recurrence).toBe('FREQ=WEEKLY;BYDAY=TU');
    const accepted = await update('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!['updateSession'].recurrence).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
  });
});
