import type { Caller, TestApi } from './test-api';
import { graphql } from '../gql';
import type { CreateGroupInput, CreateSessionInput, CreateSpaceInput } from '../gql/graphql';

/** Small builders that create data through the public API, as a client would. */
export async function createGroup(
  api: Caller,
  input: Partial<CreateGroupInput> = {},
): Promise<{ id: string; name: string }> {
  const result = await api.gql(
    graphql(`
      mutation FactoriesCreateGroup($input: CreateGroupInput!) {
        createGroup(input: $input) {
          id
          name
        }
      }
    `),
    {
      input: { name: 'Bumps and Babies', kind: 'PARENT_AND_BABY', ...input },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['createGroup'];
}

export async function createSpace(
  api: Caller,
  input: Partial<CreateSpaceInput> = {},
): Promise<{ id: string; name: string }> {
  const result = await api.gql(
    graphql(`
      mutation FactoriesCreateSpace($input: CreateSpaceInput!) {
        createSpace(input: $input) {
          id
          name
        }
      }
    `),
    {
      input: {
        name: 'Westgate Children’s Centre',
        kind: 'CHILDRENS_CENTRE',
        address: '12 Westgate',
        postcode: 'BD1 2AB',
        latitude: 53.7946,
        longitude: -1.7564,
        accessibility: ['STEP_FREE', 'BABY_CHANGE'],
        openingHours: [{ weekday: 2, opens: '09:00', closes: '17:00' }],
        ...input,
      },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['createSpace'];
}

export async function createSession(
  api: Caller,
  input: Partial<CreateSessionInput> & Pick<CreateSessionInput, 'groupId' | 'spaceId'>,
): Promise<{ id: string; title: string }> {
  const result = await api.gql(
    graphql(`
      mutation FactoriesCreateSession($input: CreateSessionInput!) {
        createSession(input: $input) {
          id
          title
        }
      }
    `),
    {
      input: {
        title: 'Stay and Play',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU',
        startDate: '2026-01-06',
        startTime: '10:00',
        durationMinutes: 90,
        minAgeMonths: 0,
        maxAgeMonths: 36,
        ...input,
      },
    },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data['createSession'];
}

export async function createPerson(
  api: TestApi,
  displayName = 'Amira B.',
  areaCell = '8819429a9dfffff',
): Promise<string> {
  const [row] = await api.dataSource.query(
    `INSERT INTO person (display_name, area_cell, languages) VALUES ($1, $2, '{en,ur}') RETURNING id`,
    [displayName, areaCell],
  );
  return row.id;
}
