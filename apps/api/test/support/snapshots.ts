import type { DataSource } from 'typeorm';

/**
 * Each group's members by community in snapshot $1, counted straight from `membership` and the
 * snapshot's `graph_person_measure` (groups not archived, as the analysis reads them): what the
 * analysis must write to `graph_group_community`.
 */
export const GROUP_COMMUNITY_COUNTS = `
  SELECT ms.group_id AS "groupId", m.community, count(*)::int AS people
    FROM membership ms
    JOIN village_group g ON g.id = ms.group_id AND g.archived_at IS NULL
    JOIN graph_person_measure m ON m.snapshot_id = $1 AND m.person_id = ms.person_id
   GROUP BY ms.group_id, m.community
   ORDER BY 1, 2`;

/**
 * Writes a complete snapshot placing each person in a community (with her linking ties, 0 unless
 * given), and each group's members by community, as the analysis would. Returns its id.
 */
export async function writeSnapshot(
  dataSource: DataSource,
  communities: [personId: string, community: number, linkingTies?: number][],
): Promise<string> {
  const [{ id }] = await dataSource.query<[{ id: string }]>(
    `INSERT INTO graph_snapshot (job_id, trigger, status, phase, percent, finished_at, at)
     VALUES (gen_random_uuid(), 'MANUAL', 'COMPLETE', 'DONE', 100, now(), now()) RETURNING id`,
  );
  for (const [personId, community, linkingTies = 0] of communities)
    await dataSource.query(
      `INSERT INTO graph_person_measure (snapshot_id, person_id, active_ties, weighted_degree,
         ego_one_hop, ego_two_hop, groups, help_given, help_received, community, bonding_ties,
         bridging_ties, linking_ties, betweenness, effective_size)
       VALUES ($1, $2, 0, 0, 0, 0, 0, 0, 0, $3, 0, 0, $4, 0, 0)`,
      [id, personId, community, linkingTies],
    );
  await dataSource.query(
    `INSERT INTO graph_group_community (snapshot_id, group_id, community, people)
     SELECT $1, "groupId", community, people FROM (${GROUP_COMMUNITY_COUNTS}) counted`,
    [id],
  );
  return id;
}
