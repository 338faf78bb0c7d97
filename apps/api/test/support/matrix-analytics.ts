import type { Client } from 'graphql-ws';
import { graphql } from '../gql';
import type { AccessWorld, MatrixCase, Role } from './access-world';
import { operation } from './access-world';

/**
 * The social-graph analysis in the role matrix: admins alone see runs and the town's figures, start
 * a run and watch one. The world gets one COMPLETE snapshot, written straight to the database (the
 * job itself is proven in analytics.integration-spec), with an area of 5 people (shown) and one of
 * 4 (never shown).
 */
let snapshotId: string | undefined;

export async function setUpAnalyticsMatrix(world: AccessWorld): Promise<void> {
  const [row] = await world.api.dataSource.query<{ id: string }[]>(
    `INSERT INTO graph_snapshot (job_id, trigger, status, phase, percent, attempts, started_at,
       finished_at, at, people_count, group_count, tie_count, communities, modularity,
       share_without_active_tie, median_active_ties, share_with_bridging_tie,
       share_with_linking_tie, share_of_households_isolated)
     VALUES (gen_random_uuid(), 'SCHEDULE', 'COMPLETE', 'DONE', 100, 1, now(), now(),
       '2026-12-01T03:00:00Z', 9, 2, 12, 2, 0.25, 0.5, 1, 0.25, 0.125, 0.75)
     RETURNING id`,
  );
  snapshotId = row!.id;
  await world.api.dataSource.query(
    `INSERT INTO graph_area_measure (snapshot_id, area_cell, people, share_without_active_tie,
       median_active_ties, share_with_bridging_tie, share_with_linking_tie, share_of_households_isolated)
     VALUES ($1, '88195d2b1dfffff', 5, 0.2, 1, 0.4, 0.2, 0.5),
            ($1, '88195d2b15fffff', 4, 0.75, 0, 0, 0, 1)`,
    [snapshotId],
  );
  await world.api.dataSource.query(
    `INSERT INTO graph_household_connectedness (snapshot_id, person_id, factors)
     VALUES ($1, $2, '{FEW_ACTIVE_TIES,NO_GROUP,NO_LINKING_TIE}')`,
    [snapshotId, world.members.self.personId],
  );
}

const ADMIN: Role[] = ['admin'];

export const analyticsReadCases = (): Record<string, MatrixCase> => ({
  'Query.socialGraphAnalysis': {
    policy: 'Admin',
    allowed: ADMIN,
    request: () =>
      operation(
        graphql(`
          query MatrixAnalyticsLatest {
            socialGraphAnalysis {
              status
              peopleCount
              town {
                people
                shareWithoutActiveTie
                shareOfHouseholdsIsolated
              }
              areas {
                areaCell
                people
              }
              households {
                households
                isolated
                factors {
                  factor
                  households
                }
              }
            }
          }
        `),
      ),
    data: () => ({
      socialGraphAnalysis: {
        status: 'COMPLETE',
        peopleCount: 9,
        town: { people: 9, shareWithoutActiveTie: 0.5, shareOfHouseholdsIsolated: 0.75 },
        areas: [{ areaCell: '88195d2b1dfffff', people: 5 }],
        households: {
          households: 1,
          isolated: 1,
          factors: [
            { factor: 'FEW_ACTIVE_TIES', households: 1 },
            { factor: 'NO_GROUP', households: 1 },
            { factor: 'NO_LINKING_TIE', households: 1 },
          ],
        },
      },
    }),
    // The field is nullable, so a refusal leaves it null beside the error.
    refusedData: () => ({ socialGraphAnalysis: null }),
  },
  'Query.socialGraphAnalyses': {
    policy: 'Admin',
    allowed: ADMIN,
    request: () =>
      operation(
        graphql(`
          query MatrixAnalyticsHistory {
            socialGraphAnalyses(first: 5) {
              id
              status
              trigger
            }
          }
        `),
      ),
    data: () => ({
      socialGraphAnalyses: [{ id: snapshotId, status: 'COMPLETE', trigger: 'SCHEDULE' }],
    }),
  },
});

export const analyticsWriteCases = (): Record<string, MatrixCase> => ({
  'Mutation.startSocialGraphAnalysis': {
    policy: 'Admin',
    allowed: ADMIN,
    request: () =>
      operation(
        graphql(`
          mutation MatrixAnalyticsStart {
            startSocialGraphAnalysis {
              status
              trigger
              percent
            }
          }
        `),
      ),
    // No worker runs in this spec, so the run waits in the queue.
    data: () => ({ startSocialGraphAnalysis: { status: 'QUEUED', trigger: 'MANUAL', percent: 0 } }),
  },
});

/** The live case: following the snapshot gives its state at once (no trigger needed). */
export const analyticsLiveCase = (
  firstOf: (client: Client) => Promise<{ data: unknown; codes: unknown[] }>,
) => ({
  policy: 'Admin',
  allowed: ADMIN,
  watch: firstOf,
  data: () => ({ socialGraphAnalysisChanged: { status: 'COMPLETE', percent: 100 } }),
});

export const ANALYTICS_LIVE_DOCUMENT = graphql(`
  subscription MatrixAnalyticsChanged($id: ID) {
    socialGraphAnalysisChanged(id: $id) {
      status
      percent
    }
  }
`);

export const analyticsSnapshotId = () => snapshotId!;
