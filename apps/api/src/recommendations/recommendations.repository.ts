import { Inject, Injectable } from '@nestjs/common';
import { ConsentKind, RsvpStatus, TieKind } from '@village/shared';
import { DataSource } from 'typeorm';
import type { GraphSnapshotEntity } from '../analytics/graph-snapshot.entity';
import { DATA_SOURCE } from '../database/tokens';

/** One of the viewer's ties to another person, with that person's community in the snapshot. */
export interface PartnerRow {
  personId: string;
  provenance: string;
  strength: number;
  lastSeenAt: Date;
  community: number | null;
  /** Either of them hid the tie: it is never social proof about anyone. */
  hidden: boolean;
}

/** What the latest snapshot says about the viewer. */
export interface ViewerRow {
  community: number;
  linkingTies: number;
}

/** The SQL behind suggestions: the latest snapshot, the viewer's circle and each candidate's. */
@Injectable()
export class RecommendationsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async viewer(snapshotId: string, personId: string): Promise<ViewerRow | null> {
    const [row] = await this.dataSource.query<ViewerRow[]>(
      `SELECT community, linking_ties AS "linkingTies"
         FROM graph_person_measure WHERE snapshot_id = $1 AND person_id = $2`,
      [snapshotId, personId],
    );
    return row ?? null;
  }

  /**
   * Everyone the viewer has a person–person tie with (faded or not), and their community in the
   * snapshot (null without one, or when they are not in it).
   */
  partners(snapshotId: string | null, personId: string): Promise<PartnerRow[]> {
    return this.dataSource.query<PartnerRow[]>(
      `SELECT other AS "personId", t.provenance, t.strength, t.last_seen_at AS "lastSeenAt",
              m.community, EXISTS (SELECT 1 FROM tie_hidden h WHERE h.tie_id = t.id) AS hidden
         FROM tie t
        CROSS JOIN LATERAL (SELECT CASE WHEN t.from_person_id = $2 THEN t.to_person_id
                                        ELSE t.from_person_id END AS other) o
         LEFT JOIN graph_person_measure m ON m.snapshot_id = $1::uuid AND m.person_id = o.other
        WHERE t.kind = $3 AND (t.from_person_id = $2 OR t.to_person_id = $2)`,
      [snapshotId, personId, TieKind.PERSON_PERSON],
    );
  }

  /**
   * For each session, the communities of the people who belong to its group or go to one of its
   * coming dates, with how many of each (the viewer left out). Members are counted as of the
   * snapshot, from its per-group counts (graph_group_community), so a request never joins a
   * group's members to their measures; the few going who were not members then are counted live.
   * Members then are those who still belong and joined before the snapshot's analysis time.
   */
  async circles(
    snapshot: Pick<GraphSnapshotEntity, 'id' | 'at'>,
    sessionIds: readonly string[],
    viewerId: string,
    today: string,
  ): Promise<Map<string, Map<number, number>>> {
    const rows = await this.dataSource.query<
      { sessionId: string; community: number; people: number }[]
    >(
      `WITH candidate AS (SELECT id, group_id FROM session WHERE id = ANY($2::uuid[]))
       SELECT "sessionId", community, sum(people)::int AS people
         FROM (
           SELECT c.id AS "sessionId", g.community, g.people
             FROM candidate c
             JOIN graph_group_community g ON g.snapshot_id = $1 AND g.group_id = c.group_id
           UNION ALL
           -- The viewer, counted among her group's members in the snapshot, is taken out.
           SELECT c.id, v.community, -1
             FROM candidate c
             JOIN membership ms ON ms.person_id = $3 AND ms.group_id = c.group_id
                               AND ms.joined_at <= COALESCE($6::timestamptz, 'infinity')
             JOIN graph_person_measure v ON v.snapshot_id = $1 AND v.person_id = $3
           UNION ALL
           -- Going to a coming date without being a member then: few, counted live, each person
           -- once a session. Each one's community is looked up on its own (OFFSET 0 keeps the
           -- planner from making that a join, which scans the whole snapshot while a new
           -- snapshot's rows are not in its statistics yet).
           SELECT c.id, m.community, count(*)
             FROM candidate c
            CROSS JOIN LATERAL (SELECT DISTINCT r.person_id FROM session_rsvp r
                                 WHERE r.session_id = c.id AND r.status = $4 AND r.occurs_on >= $5
                                   AND r.person_id <> $3) going
            CROSS JOIN LATERAL (SELECT community FROM graph_person_measure
                                 WHERE snapshot_id = $1 AND person_id = going.person_id OFFSET 0) m
            WHERE NOT EXISTS (SELECT 1 FROM membership ms
                               WHERE ms.person_id = going.person_id AND ms.group_id = c.group_id
                                 AND ms.joined_at <= COALESCE($6::timestamptz, 'infinity'))
            GROUP BY c.id, m.community
         ) circle
        GROUP BY "sessionId", community
       HAVING sum(people) > 0`,
      [snapshot.id, sessionIds, viewerId, RsvpStatus.GOING, today, snapshot.at],
    );
    const circles = new Map<string, Map<number, number>>();
    for (const { sessionId, community, people } of rows) {
      const circle = circles.get(sessionId) ?? new Map<number, number>();
      circle.set(community, people);
      circles.set(sessionId, circle);
    }
    return circles;
  }

  /**
   * Of `partnerIds`, those going to a coming date of each session who let their connections see
   * it (a GOING_VISIBLE_TO_CONNECTIONS consent in force) and have no block either way with the
   * viewer: display names by session, in name order.
   */
  async knownGoing(
    sessionIds: readonly string[],
    partnerIds: readonly string[],
    viewerId: string,
    today: string,
  ): Promise<Map<string, string[]>> {
    if (partnerIds.length === 0) return new Map();
    const rows = await this.dataSource.query<{ sessionId: string; name: string }[]>(
      `SELECT DISTINCT r.session_id AS "sessionId", p.display_name AS name
         FROM session_rsvp r
         JOIN person p ON p.id = r.person_id AND p.erased_at IS NULL
        WHERE r.session_id = ANY($1::uuid[]) AND r.person_id = ANY($2::uuid[])
          AND r.status = $4 AND r.occurs_on >= $5
          AND EXISTS (SELECT 1 FROM consent c
                       WHERE c.person_id = r.person_id AND c.kind = $6 AND c.withdrawn_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM person_block b
                           WHERE (b.blocker_person_id = $3 AND b.blocked_person_id = r.person_id)
                              OR (b.blocker_person_id = r.person_id AND b.blocked_person_id = $3))
        ORDER BY 1, 2`,
      [
        sessionIds,
        partnerIds,
        viewerId,
        RsvpStatus.GOING,
        today,
        ConsentKind.GOING_VISIBLE_TO_CONNECTIONS,
      ],
    );
    const names = new Map<string, string[]>();
    for (const { sessionId, name } of rows)
      names.set(sessionId, [...(names.get(sessionId) ?? []), name]);
    return names;
  }
}
