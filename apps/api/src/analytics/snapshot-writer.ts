import type { Aggregate, TownAnalysis } from '@village/social-graph';
import { arrayLiteral, copyRow, type CopyValue } from '@village/town';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { SOLO_HOUSEHOLD } from './town-reader';

/** Rows per chunk handed to COPY, and between two progress reports. */
const ROWS_PER_CHUNK = 1000;

const AGGREGATE_COLUMNS =
  'people, share_without_active_tie, median_active_ties, share_with_bridging_tie, share_with_linking_tie, share_of_households_isolated';

interface Table {
  copy: string;
  rows: () => Iterable<CopyValue[]>;
  count: number;
}

function aggregate(a: Aggregate): CopyValue[] {
  return [
    a.people,
    a.shareWithoutActiveTie,
    a.medianActiveTies,
    a.shareWithBridgingTie,
    a.shareWithLinkingTie,
    a.shareOfHouseholdsIsolated,
  ];
}

function tables(snapshotId: string, analysis: TownAnalysis): Table[] {
  return [
    {
      copy: `COPY graph_person_measure (snapshot_id, person_id, active_ties, weighted_degree,
        ego_one_hop, ego_two_hop, groups, help_given, help_received, community, bonding_ties,
        bridging_ties, linking_ties, betweenness, effective_size) FROM STDIN`,
      count: analysis.people.length,
      rows: function* () {
        for (const p of analysis.people)
          yield [
            snapshotId,
            p.key,
            p.activeTies,
            p.weightedDegree,
            p.egoOneHop,
            p.egoTwoHop,
            p.groups,
            p.helpGiven,
            p.helpReceived,
            p.community,
            p.bondingTies,
            p.bridgingTies,
            p.linkingTies,
            p.betweenness,
            p.effectiveSize,
          ];
      },
    },
    {
      copy: `COPY graph_household_connectedness (snapshot_id, household_id, person_id, factors) FROM STDIN`,
      count: analysis.households.length,
      rows: function* () {
        for (const h of analysis.households) {
          const solo = h.householdKey.startsWith(SOLO_HOUSEHOLD);
          yield [
            snapshotId,
            solo ? null : h.householdKey,
            solo ? h.householdKey.slice(SOLO_HOUSEHOLD.length) : null,
            arrayLiteral(h.factors),
          ];
        }
      },
    },
    {
      copy: `COPY graph_area_measure (snapshot_id, area_cell, ${AGGREGATE_COLUMNS}) FROM STDIN`,
      count: analysis.areas.length,
      rows: function* () {
        for (const a of analysis.areas) yield [snapshotId, a.areaCell, ...aggregate(a)];
      },
    },
    {
      copy: `COPY graph_group_measure (snapshot_id, group_id, ${AGGREGATE_COLUMNS}) FROM STDIN`,
      count: analysis.groups.length,
      rows: function* () {
        for (const g of analysis.groups) yield [snapshotId, g.key, ...aggregate(g)];
      },
    },
    {
      copy: `COPY graph_group_community (snapshot_id, group_id, community, people) FROM STDIN`,
      count: analysis.groups.reduce((sum, g) => sum + g.communities.length, 0),
      rows: function* () {
        for (const g of analysis.groups)
          for (const c of g.communities) yield [snapshotId, g.key, c.community, c.people];
      },
    },
  ];
}

/** Rows the snapshot's measures take, for progress. */
export function snapshotRowCount(analysis: TownAnalysis): number {
  return tables('', analysis).reduce((sum, table) => sum + table.count, 0);
}

/**
 * COPYs the measures into the five tables. Runs inside the caller's transaction, which also marks
 * the snapshot complete: a crash anywhere leaves no measures behind.
 */
export async function copyMeasures(
  client: PoolClient,
  snapshotId: string,
  analysis: TownAnalysis,
  progress: (rowsWritten: number) => Promise<void>,
): Promise<void> {
  let written = 0;
  for (const table of tables(snapshotId, analysis)) {
    const chunks = async function* () {
      let chunk = '';
      let inChunk = 0;
      for (const row of table.rows()) {
        chunk += copyRow(row);
        if (++inChunk === ROWS_PER_CHUNK) {
          yield chunk;
          written += inChunk;
          await progress(written);
          chunk = '';
          inChunk = 0;
        }
      }
      if (inChunk > 0) {
        yield chunk;
        written += inChunk;
        await progress(written);
      }
    };
    await pipeline(Readable.from(chunks()), client.query(copyFrom(table.copy)));
  }
}
