import { createGroup, createSpace } from './support/factories';
import { startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

/**
 * Every table that holds something about a person (a foreign key to person, account or household,
 * or a column named like one),
 * and where "download everything about me" puts it, or why it does not. A new table about people
 * fails here until someone decides, so the export cannot fall behind the schema unnoticed.
 */
const IN_THE_EXPORT: Record<string, string> = {
  account: 'account',
  person: 'profile',
  household: 'profile.lifeStage',
  membership: 'memberships',
  consent: 'consents',
  help_post: 'helpPosts',
  exchange: 'exchanges',
  exchange_message: 'exchangeMessages',
  exchange_thanks: 'thanksGiven',
  person_block: 'blocks',
  content_report: 'reportsMade',
  safeguarding_concern: 'safeguardingConcernsRaised',
  tie: 'ties',
  tie_hidden: 'tiesHidden',
  tie_refusal: 'tiesRemoved',
  worker_vetting: 'workerVetting',
  auth_session: 'sessions',
  saved_search: 'savedSearches',
  saved_session: 'savedSessions',
  session_rsvp: 'sessionRsvps',
  calendar_feed_token: 'calendarFeed',
  people_search_origin: 'peopleSearchOrigins',
  people_search_profile: 'peopleSearchProfile',
  space_steward: 'spacesStewarded',
  space_change_proposal: 'spaceChangeProposals',
  audit_event: 'dataAccessLog',
  attendance: 'attendance',
  graph_person_measure: 'socialGraphMeasures',
};

const LEFT_OUT: Record<string, string> = {
  password_reset: 'a secret kept only as a hash, deleted when used or after an hour',
  moderation_item: 'a moderator’s record of a post or message, which is in the export itself',
  check_in_failure:
    'only the times of wrong check-in codes, kept 15 minutes to slow guessing; gone with the account',
  graph_household_connectedness:
    'worked out from everyone in a household, so not one member’s to download; deleted when any member erases their account',
  graph_snapshot:
    'which admin queued an analysis run: a record of the run, emptied if their account goes',
};

describe('download everything about me covers every table about people', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('puts each table that refers to a person in the export, or says why not', async () => {
    const tables = (
      await api.dataSource.query<{ table: string }[]>(
        `SELECT DISTINCT referring.relname AS table
           FROM pg_constraint c
           JOIN pg_class referring ON referring.oid = c.conrelid
           JOIN pg_class referred ON referred.oid = c.confrelid
          WHERE c.contype = 'f' AND referred.relname IN ('person', 'account', 'household')
         UNION
         SELECT DISTINCT table_name FROM information_schema.columns
          WHERE table_schema = 'public' AND (column_name LIKE '%person_id' OR column_name = 'account_id')
         UNION SELECT 'person' UNION SELECT 'account' UNION SELECT 'household'
          ORDER BY 1`,
      )
    ).map((row) => row.table);
    expect(tables).toEqual(Object.keys({ ...IN_THE_EXPORT, ...LEFT_OUT }).sort());

    const member = await api.signUp('Coverage C.');
    const exported = JSON.parse(
      (
        await member.gql(
          graphql(`
            mutation DataRightsCoverageExportMyData {
              exportMyData
            }
          `),
        )
      ).data!['exportMyData'],
    );
    const missing = [...new Set(Object.values(IN_THE_EXPORT))].filter(
      (key) => key.split('.').reduce((value, part) => value?.[part], exported) === undefined,
    );
    expect(missing).toEqual([]);
  });

  it('ends the stewardships of an erased account, as it ends memberships', async () => {
    const steward = await api.signUp('Steward S.');
    await createGroup(steward, { name: 'Stewards’ Circle' });
    const space = await createSpace(steward, { name: 'Steward Hall' });
    const stewards = () =>
      api.dataSource.query(`SELECT person_id FROM space_steward WHERE space_id = $1`, [space.id]);
    expect(await stewards()).toEqual([{ person_id: steward.personId }]);

    const erased = await steward.gql(
      graphql(`
        mutation DataRightsCoverageDeleteMyAccount($p: String!) {
          deleteMyAccount(password: $p)
        }
      `),
      {
        p: steward.password,
      },
    );
    expect(erased.errors).toBeUndefined();
    expect(await stewards()).toEqual([]);
  });
});
