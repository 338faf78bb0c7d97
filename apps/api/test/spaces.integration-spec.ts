import { createGroup, createSpace } from './support/factories';
import { Member, startTestApi, TestApi } from './support/test-api';
import { graphql } from './gql';

const UPDATE = graphql(`
  mutation SpacesUpdateSpace($id: ID!, $input: UpdateSpaceInput!) {
    updateSpace(id: $id, input: $input) {
      id
      name
    }
  }
`);
const GRANT = graphql(`
  mutation SpacesGrantSpaceStewardship($spaceId: ID!, $personId: ID!) {
    grantSpaceStewardship(spaceId: $spaceId, personId: $personId)
  }
`);
const REVOKE = graphql(`
  mutation SpacesRevokeSpaceStewardship($spaceId: ID!, $personId: ID!) {
    revokeSpaceStewardship(spaceId: $spaceId, personId: $personId)
  }
`);

describe('space stewards', () => {
  let api: TestApi;
  let steward: Member;
  let otherOrganiser: Member;
  let admin: Member;

  /** The audit events about one space, oldest first, as an admin reads them. */
  async function spaceAudit(spaceId: string) {
    const result = await admin.gql(
      graphql(`
        query SpacesAuditEvents {
          auditEvents(first: 50) {
            edges {
              node {
                action
                basis
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
      `),
    );
    expect(result.errors).toBeUndefined();
    return result
      .data!['auditEvents'].edges.map((edge) => edge.node)
      .filter((event) => event['action'].endsWith(`:${spaceId}`))
      .reverse();
  }

  beforeAll(async () => {
    api = await startTestApi();
    steward = await api.signUp('Steward S.');
    otherOrganiser = await api.signUp('Other O.');
    admin = await api.signUp('Admin A.');
    await api.grantRole(admin, 'ADMIN');
    await createGroup(steward, { name: 'Steward’s Group' });
    await createGroup(otherOrganiser, { name: 'Another Group' });
  });
  afterAll(() => api.close());

  it('refuses an edit by an organiser of another group, with a message saying who may edit', async () => {
    const space = await createSpace(steward, { name: 'Westgate Hall' });
    const result = await otherOrganiser.gql(UPDATE, {
      id: space.id,
      input: { name: 'Taken Over' },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/steward/i),
      extensions: { code: 'FORBIDDEN' },
    });
    const stored = await api.gql(
      graphql(`
        query SpacesSpace($id: ID!) {
          space(id: $id) {
            name
          }
        }
      `),
      { id: space.id },
    );
    expect(stored.data!['space'].name).toBe('Westgate Hall');
  });

  it('lets the organiser who created a space edit it, and audits the creation and the edit', async () => {
    const space = await createSpace(steward, { name: 'Library Room' });
    const result = await steward.gql(UPDATE, { id: space.id, input: { name: 'Library Room 2' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!['updateSpace'].name).toBe('Library Room 2');
    expect(await spaceAudit(space.id)).toEqual([
      {
        action: `space:created:${space.id}`,
        basis: 'ORGANISER',
        actor: { id: steward.personId },
        subject: null,
      },
      {
        action: `space:updated:${space.id}`,
        basis: 'STEWARD',
        actor: { id: steward.personId },
        subject: null,
      },
    ]);
  });

  it('lets a steward grant and revoke stewardship, audited, and only stewards may do either', async () => {
    const space = await createSpace(steward, { name: 'Community Cafe' });
    const refusedGrant = await otherOrganiser.gql(GRANT, {
      spaceId: space.id,
      personId: otherOrganiser.personId,
    });
    expect(refusedGrant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const granted = await steward.gql(GRANT, {
      spaceId: space.id,
      personId: otherOrganiser.personId,
    });
    expect(granted.errors).toBeUndefined();
    const edit = await otherOrganiser.gql(UPDATE, {
      id: space.id,
      input: { name: 'Community Cafe (Mon–Fri)' },
    });
    expect(edit.errors).toBeUndefined();

    const revoked = await steward.gql(REVOKE, {
      spaceId: space.id,
      personId: otherOrganiser.personId,
    });
    expect(revoked.errors).toBeUndefined();
    const afterRevoke = await otherOrganiser.gql(UPDATE, {
      id: space.id,
      input: { name: 'Mine Now' },
    });
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    expect(
      (await spaceAudit(space.id)).map((event) => [event['action'], event['subject']]),
    ).toEqual([
      [`space:created:${space.id}`, null],
      [`space:steward-granted:${space.id}`, { id: otherOrganiser.personId }],
      [`space:updated:${space.id}`, null],
      [`space:steward-revoked:${space.id}`, { id: otherOrganiser.personId }],
    ]);
  });

  it('keeps at least one steward: the last one cannot be revoked', async () => {
    const space = await createSpace(steward, { name: 'Quiet Room' });
    const result = await steward.gql(REVOKE, { spaceId: space.id, personId: steward.personId });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('lets an admin edit any space, audited with the admin basis', async () => {
    const space = await createSpace(steward, { name: 'Town Hall' });
    const result = await admin.gql(UPDATE, { id: space.id, input: { postcode: 'BD1 1HY' } });
    expect(result.errors).toBeUndefined();
    const [, updated] = await spaceAudit(space.id);
    expect(updated).toMatchObject({ action: `space:updated:${space.id}`, basis: 'ADMIN' });
  });

  it('asks an anonymous caller to sign in', async () => {
    const space = await createSpace(steward, { name: 'Open Hall' });
    const result = await api.gql(UPDATE, { id: space.id, input: { name: 'Anon' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses control characters in a space name', async () => {
    const result = await steward.gql(
      graphql(`
        mutation SpacesCreateSpace($input: CreateSpaceInput!) {
          createSpace(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          name: 'Hall\r\nX-EVIL:1',
          kind: 'CAFE',
          latitude: 53.8,
          longitude: -1.75,
        },
      },
    );
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^name cannot contain control characters/),
      extensions: { code: 'BAD_USER_INPUT', field: 'name' },
    });
  });
});
