import { TOWN_TIME_ZONE } from '@village/shared';
import type {
  GroupAttributes,
  PersonAttributes,
  TieRecord,
  TieSource,
} from '@village/social-graph';
import type { ClientBase, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { GraphAnalysisPhase } from './graph-snapshot.entity';

/** Rows fetched from a cursor at a time: memory holds one batch of raw rows, never a whole table. */
export const FETCH_ROWS = 10_000;

/** Provenances that count as meaningful contact for `lastContactAt`. */
const CONTACT_SOURCES = ['CO_ATTENDANCE', 'EXCHANGED_HELP', 'INTRODUCED'];

/** The town as the engine takes it, read from one consistent snapshot of the database. */
export interface TownInput {
  people: PersonAttributes[];
  groups: GroupAttributes[];
  ties: TieColumns;
}

const SOURCES: readonly TieSource[] = [
  'HOUSEHOLD',
  'NEIGHBOURS',
  'SHARED_LANGUAGE',
  'CO_ATTENDANCE',
  'EXCHANGED_HELP',
  'INTRODUCED',
  'MEMBERSHIP',
  'PARTNERSHIP',
  'MEETS_AT',
];

/**
 * Ties held as columns (about 29 bytes a tie instead of an object with four strings) and handed to
 * the engine as records one at a time, so the largest table never sits in memory as objects.
 */
export class TieColumns implements Iterable<TieRecord> {
  private readonly keyIndex = new Map<string, number>();
  private readonly keys: string[] = [];
  private ends = new Int32Array(2048);
  private strengths = new Float64Array(1024);
  private seen = new Float64Array(1024);
  private sources = new Uint8Array(1024);
  length = 0;

  private key(value: string): number {
    let index = this.keyIndex.get(value);
    if (index === undefined) {
      index = this.keys.length;
      this.keys.push(value);
      this.keyIndex.set(value, index);
    }
    return index;
  }

  private grow(): void {
    const size = this.strengths.length * 2;
    const ends = new Int32Array(size * 2);
    ends.set(this.ends);
    this.ends = ends;
    const strengths = new Float64Array(size);
    strengths.set(this.strengths);
    this.strengths = strengths;
    const seen = new Float64Array(size);
    seen.set(this.seen);
    this.seen = seen;
    const sources = new Uint8Array(size);
    sources.set(this.sources);
    this.sources = sources;
  }

  push(from: string, to: string, source: TieSource, strength: number, lastSeenMs: number): void {
    if (this.length === this.strengths.length) this.grow();
    const i = this.length++;
    this.ends[2 * i] = this.key(from);
    this.ends[2 * i + 1] = this.key(to);
    this.strengths[i] = strength;
    this.seen[i] = lastSeenMs;
    this.sources[i] = SOURCES.indexOf(source);
  }

  *[Symbol.iterator](): Iterator<TieRecord> {
    for (let i = 0; i < this.length; i++)
      yield {
        from: this.keys[this.ends[2 * i]!]!,
        to: this.keys[this.ends[2 * i + 1]!]!,
        source: SOURCES[this.sources[i]!]!,
        strength: this.strengths[i]!,
        lastSeenAt: this.seen[i]!,
      };
  }
}

export type ReadProgress = (
  phase: GraphAnalysisPhase,
  done: number,
  total: number,
) => Promise<void>;

/** The key of the household a person without one stands in alone (never stored as such). */
export const SOLO_HOUSEHOLD = 'person:';

// People still members (not erased), with what the analysis needs and nothing more precise than
// an area cell. $1 is the analysis time: vetting counts when in date on that day in the town.
const PEOPLE = `
  SELECT p.id, p.household_id, COALESCE(h.area_cell, p.area_cell) AS area_cell, p.languages,
         COALESCE(m.groups, '{}') AS groups,
         COALESCE(m.organises, false) OR EXISTS (
           SELECT 1 FROM worker_vetting v
            WHERE v.person_id = p.id AND v.revoked_at IS NULL
              AND v.issued_on <= ($1::timestamptz AT TIME ZONE '${TOWN_TIME_ZONE}')::date
              AND v.expires_on > ($1::timestamptz AT TIME ZONE '${TOWN_TIME_ZONE}')::date
         ) AS holds_power,
         p.help_given, p.help_received, c.last_contact_at
    FROM person p
    LEFT JOIN household h ON h.id = p.household_id
    LEFT JOIN (
      -- One pass over the contact ties for everyone: a lookup per person took 5 of the L town's 6 s.
      SELECT person_id, max(last_seen_at) AS last_contact_at
        FROM (SELECT from_person_id AS person_id, last_seen_at FROM tie
               WHERE provenance::text = ANY($2) AND from_person_id IS NOT NULL
              UNION ALL
              SELECT to_person_id, last_seen_at FROM tie
               WHERE provenance::text = ANY($2) AND to_person_id IS NOT NULL) contact
       GROUP BY person_id
    ) c ON c.person_id = p.id
    LEFT JOIN LATERAL (
      SELECT array_agg(ms.group_id::text ORDER BY ms.group_id) AS groups,
             bool_or(ms.role = 'ORGANISER') AS organises
        FROM membership ms JOIN village_group g ON g.id = ms.group_id AND g.archived_at IS NULL
       WHERE ms.person_id = p.id
    ) m ON true
   WHERE p.erased_at IS NULL
   ORDER BY p.id`;

const GROUPS = `SELECT id, languages FROM village_group WHERE archived_at IS NULL ORDER BY id`;

// Ties between people and groups still in the town; ties to spaces are not part of this graph.
const TIES = `
  SELECT COALESCE(t.from_person_id, t.from_group_id) AS from_key,
         COALESCE(t.to_person_id, t.to_group_id) AS to_key,
         t.provenance, t.strength,
         -- A number, not a timestamp: parsing a million dates is most of reading the ties.
         (extract(epoch FROM t.last_seen_at) * 1000)::float8 AS last_seen_ms
    FROM tie t
    LEFT JOIN person fp ON fp.id = t.from_person_id
    LEFT JOIN person tp ON tp.id = t.to_person_id
    LEFT JOIN village_group fg ON fg.id = t.from_group_id
    LEFT JOIN village_group tg ON tg.id = t.to_group_id
   WHERE t.kind <> 'GROUP_SPACE'
     AND fp.erased_at IS NULL AND tp.erased_at IS NULL
     AND fg.archived_at IS NULL AND tg.archived_at IS NULL
   ORDER BY t.id`;

const COUNTS = `
  SELECT (SELECT count(*) FROM person WHERE erased_at IS NULL)::int AS people,
         (SELECT count(*) FROM village_group WHERE archived_at IS NULL)::int AS groups,
         (SELECT count(*) FROM tie WHERE kind <> 'GROUP_SPACE')::int AS ties`;

interface PersonRow {
  id: string;
  household_id: string | null;
  area_cell: string | null;
  languages: string[];
  groups: string[];
  holds_power: boolean;
  help_given: number;
  help_received: number;
  last_contact_at: Date | null;
}

/** Reads a server-side cursor batch by batch, handing each row to `take`. */
async function readCursor<Row>(
  client: PoolClient,
  name: string,
  sql: string,
  params: unknown[],
  take: (row: Row) => void,
  progress: (done: number) => Promise<void>,
): Promise<number> {
  await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, params);
  let done = 0;
  for (;;) {
    const batch = await client.query<Row & object>(`FETCH ${FETCH_ROWS} FROM ${name}`);
    for (const row of batch.rows) take(row);
    done += batch.rows.length;
    await progress(done);
    if (batch.rows.length < FETCH_ROWS) break;
  }
  await client.query(`CLOSE ${name}`);
  return done;
}

/**
 * Reads `COPY (sql) TO STDOUT` as a stream of text lines, handing each row's fields to `take`:
 * for the million-row tie table, PostgreSQL's text format split by hand is several times faster
 * than rows parsed by the driver. The fields must never need escaping (ids, enums, numbers).
 */
export async function readCopy(
  client: ClientBase,
  sql: string,
  take: (fields: string[]) => void,
  progress: (done: number) => Promise<void>,
): Promise<number> {
  const stream = client.query(copyTo(`COPY (${sql}) TO STDOUT`));
  let rest = '';
  let done = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const lines = (rest + chunk.toString('utf8')).split('\n');
    rest = lines.pop()!;
    for (const line of lines) take(line.split('\t'));
    done += lines.length;
    await progress(done);
  }
  if (rest) {
    take(rest.split('\t'));
    done++;
  }
  return done;
}

/**
 * Streams people, groups and ties out of PostgreSQL through cursors, in one read-only
 * repeatable-read transaction (so the three agree with each other), into the engine's shapes.
 */
export async function readTown(
  client: PoolClient,
  at: Date,
  progress: ReadProgress,
): Promise<TownInput> {
  const ties = new TieColumns();
  const input: TownInput = { people: [], groups: [], ties };
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const [counts] = (await client.query<{ people: number; groups: number; ties: number }>(COUNTS))
      .rows;
    const { people, groups, ties: tieCount } = counts!;
    await progress(GraphAnalysisPhase.READING_PEOPLE, 0, people);
    await readCursor<PersonRow>(
      client,
      'graph_people',
      PEOPLE,
      [at.toISOString(), CONTACT_SOURCES],
      (row) =>
        input.people.push({
          key: row.id,
          householdKey: row.household_id ?? `${SOLO_HOUSEHOLD}${row.id}`,
          areaCell: row.area_cell,
          languages: row.languages,
          groups: row.groups,
          holdsPower: row.holds_power,
          helpGiven: row.help_given,
          helpReceived: row.help_received,
          lastContactAt: row.last_contact_at?.toISOString() ?? null,
        }),
      (done) => progress(GraphAnalysisPhase.READING_PEOPLE, done, people),
    );
    await progress(GraphAnalysisPhase.READING_GROUPS, 0, groups);
    await readCursor<{ id: string; languages: string[] }>(
      client,
      'graph_groups',
      GROUPS,
      [],
      (row) => input.groups.push({ key: row.id, languages: row.languages }),
      (done) => progress(GraphAnalysisPhase.READING_GROUPS, done, groups),
    );
    await progress(GraphAnalysisPhase.READING_TIES, 0, tieCount);
    await readCopy(
      client,
      TIES,
      ([from, to, provenance, strength, seenMs]) =>
        ties.push(from!, to!, provenance as TieSource, Number(strength), Number(seenMs)),
      // Ties to erased people or archived groups are counted in the total but never read.
      (done) => progress(GraphAnalysisPhase.READING_TIES, done, Math.max(done, tieCount)),
    );
    await progress(GraphAnalysisPhase.READING_TIES, ties.length, ties.length);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return input;
}
