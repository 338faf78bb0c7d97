import type { AccessWorld, MatrixCase } from './access-world';
import { graphql } from '../gql';

/**
 * The role matrix's cases for a person's own ties (docs/access.md): only an end of a tie may hide,
 * show or remove it. Each case has its own tie between the subject and the bystander, made the
 * first time a case runs; refused roles aim at the same tie and must leave it as it was.
 */
interface TieTargets {
  hide: string;
  unhide: string;
  remove: string;
}

const made = new WeakMap<AccessWorld, Promise<TieTargets>>();

function targetsOf(world: AccessWorld): Promise<TieTargets> {
  let targets = made.get(world);
  if (!targets) {
    targets = (async () => {
      const tie = async () => {
        const [row] = await world.api.dataSource.query<{ id: string }[]>(
          `INSERT INTO tie (kind, provenance, strength, from_person_id, to_person_id, first_seen_at, last_seen_at)
           VALUES ('PERSON_PERSON', 'NEIGHBOURS', 0.5, $1, $2, now(), now()) RETURNING id::text AS id`,
          [world.members.self.personId, world.bystander.personId],
        );
        return row!.id;
      };
      const [hide, unhide, remove] = [await tie(), await tie(), await tie()];
      await world.api.dataSource.query(
        `INSERT INTO tie_hidden (tie_id, person_id) VALUES ($1, $2)`,
        [unhide, world.members.self.personId],
      );
      return { hide, unhide, remove };
    })();
    made.set(world, targets);
  }
  return targets;
}

const POLICY = "TieEnd(the tie in 'id')";

export function tieWriteCases(world: () => AccessWorld): Record<string, MatrixCase> {
  return {
    'Mutation.hideTie': {
      policy: POLICY,
      allowed: ['self'],
      request: () => async (caller) =>
        caller.gql(
          graphql(`
            mutation MatrixTiesHideTie($id: ID!) {
              hideTie(id: $id) {
                provenance
                hidden
              }
            }
          `),
          { id: (await targetsOf(world())).hide },
        ),
      data: () => ({ hideTie: { provenance: 'NEIGHBOURS', hidden: true } }),
    },
    'Mutation.unhideTie': {
      policy: POLICY,
      allowed: ['self'],
      request: () => async (caller) =>
        caller.gql(
          graphql(`
            mutation MatrixTiesUnhideTie($id: ID!) {
              unhideTie(id: $id) {
                provenance
                hidden
              }
            }
          `),
          { id: (await targetsOf(world())).unhide },
        ),
      data: () => ({ unhideTie: { provenance: 'NEIGHBOURS', hidden: false } }),
    },
    'Mutation.removeTie': {
      policy: POLICY,
      allowed: ['self'],
      request: () => async (caller) =>
        caller.gql(
          graphql(`
            mutation MatrixTiesRemoveTie($id: ID!) {
              removeTie(id: $id)
            }
          `),
          { id: (await targetsOf(world())).remove },
        ),
      data: () => ({ removeTie: true }),
    },
  };
}
