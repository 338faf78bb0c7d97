import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NO_SHIFT, TownDateShift, shiftDate, shiftMonth, townDateShift } from './clock';
import { CopyValue, arrayLiteral, copyRow } from './copy-format';
import { generateTown } from './generate';
import { TOWN_TABLES, Town, TownSize, TownStats, TownTable, townStats } from './model';

export interface TownLoadProgress {
  table: TownTable;
  /** Rows of this table sent so far. */
  rows: number;
}

export interface LoadTownOptions {
  size: TownSize;
  seed: number;
  onProgress?: (progress: TownLoadProgress) => void;
  /** The real "now" the town's calendar is moved to (`townDateShift`); the clock by default. */
  nowMs?: number;
}

/** How one table is written: its columns in COPY order, each with how to read it from a row. */
interface TableCopy {
  rowCount(town: Town): number;
  columns: readonly string[];
  lines(town: Town, shift: TownDateShift): Generator<string>;
}

/** Reads one column of a row; dates and timestamps move with the town's calendar (`shift`). */
type ColumnReader<Row> = (row: Row, shift: Dates) => CopyValue;

function tableCopy<Row>(
  rows: (town: Town) => readonly Row[],
  columns: Record<string, ColumnReader<Row>>,
): TableCopy {
  const readers = Object.values(columns);
  return {
    rowCount: (town) => rows(town).length,
    columns: Object.keys(columns),
    *lines(town, shift) {
      const dates = new Dates(shift);
      for (const row of rows(town)) yield copyRow(readers.map((read) => read(row, dates)));
    },
  };
}

/** Moves the town's dates, remembering each day's answer: a large town has millions of timestamps. */
class Dates {
  private readonly days = new Map<string, string>();
  constructor(private readonly shift: TownDateShift) {}

  timestamp(value: string): string;
  timestamp(value: string | null): string | null;
  timestamp(value: string | null): string | null {
    if (value === null || this.shift.days === 0) return value;
    const day = value.slice(0, 10);
    let moved = this.days.get(day);
    if (moved === undefined) {
      moved = shiftDate(day, this.shift.days);
      this.days.set(day, moved);
    }
    return moved + value.slice(10);
  }

  /** A session's date: whole weeks, so it stays on the weekday its rule repeats on. */
  sessionDate(date: string): string {
    return shiftDate(date, this.shift.sessionDays);
  }

  month(month: string): string;
  month(month: string | null): string | null;
  month(month: string | null): string | null {
    return month === null ? null : shiftMonth(month, this.shift.months);
  }
}

const json = (value: unknown) => JSON.stringify(value);

const COPIES: Record<TownTable, TableCopy> = {
  postcode: tableCopy((town) => town.postcodes, {
    postcode: (p) => p.postcode,
    latitude: (p) => p.latitude,
    longitude: (p) => p.longitude,
    area_cell: (p) => p.areaCell,
  }),
  household: tableCopy((town) => town.households, {
    id: (h) => h.id,
    area_cell: (h) => h.areaCell,
    child_birth_months: (h, d) => arrayLiteral(h.childBirthMonths.map((month) => d.month(month))),
    due_month: (h, d) => d.month(h.dueMonth),
    created_at: (h, d) => d.timestamp(h.createdAt),
  }),
  person: tableCopy((town) => town.people, {
    id: (p) => p.id,
    household_id: (p) => p.householdId,
    display_name: (p) => p.displayName,
    area_cell: (p) => p.areaCell,
    languages: (p) => arrayLiteral(p.languages),
    can_offer: (p) => arrayLiteral(p.canOffer),
    would_like: (p) => arrayLiteral(p.wouldLike),
    created_at: (p, d) => d.timestamp(p.createdAt),
    updated_at: (p, d) => d.timestamp(p.updatedAt),
  }),
  village_group: tableCopy((town) => town.groups, {
    id: (g) => g.id,
    slug: (g) => g.slug,
    name: (g) => g.name,
    kind: (g) => g.kind,
    description: (g) => g.description,
    languages: (g) => arrayLiteral(g.languages),
    website: (g) => g.website,
    created_at: (g, d) => d.timestamp(g.createdAt),
    updated_at: (g, d) => d.timestamp(g.updatedAt),
  }),
  space: tableCopy((town) => town.spaces, {
    id: (s) => s.id,
    name: (s) => s.name,
    kind: (s) => s.kind,
    address: (s) => s.address,
    postcode: (s) => s.postcode,
    latitude: (s) => s.latitude,
    longitude: (s) => s.longitude,
    accessibility: (s) => arrayLiteral(s.accessibility),
    opening_hours: (s) => json(s.openingHours),
    created_at: (s, d) => d.timestamp(s.createdAt),
    updated_at: (s, d) => d.timestamp(s.updatedAt),
  }),
  session: tableCopy((town) => town.sessions, {
    id: (s) => s.id,
    group_id: (s) => s.groupId,
    space_id: (s) => s.spaceId,
    title: (s) => s.title,
    description: (s) => s.description,
    recurrence: (s) => s.recurrence,
    start_date: (s, d) => d.sessionDate(s.startDate),
    start_time: (s) => s.startTime,
    duration_minutes: (s) => s.durationMinutes,
    time_zone: (s) => s.timeZone,
    cancelled_dates: (s, d) => arrayLiteral(s.cancelledDates.map((date) => d.sessionDate(date))),
    min_age_months: (s) => s.minAgeMonths,
    max_age_months: (s) => s.maxAgeMonths,
    languages: (s) => arrayLiteral(s.languages),
    cost_pence: (s) => s.costPence,
    capacity: (s) => s.capacity,
    created_at: (s, d) => d.timestamp(s.createdAt),
    updated_at: (s, d) => d.timestamp(s.updatedAt),
  }),
  membership: tableCopy((town) => town.memberships, {
    id: (m) => m.id,
    person_id: (m) => m.personId,
    group_id: (m) => m.groupId,
    role: (m) => m.role,
    joined_at: (m, d) => d.timestamp(m.joinedAt),
  }),
  help_post: tableCopy((town) => town.helpPosts, {
    id: (h) => h.id,
    kind: (h) => h.kind,
    category: (h) => h.category,
    title: (h) => h.title,
    description: (h) => h.description,
    author_person_id: (h) => h.authorPersonId,
    author_group_id: (h) => h.authorGroupId,
    area_cell: (h) => h.areaCell,
    availability: (h) => h.availability,
    quantity: (h) => h.quantity,
    status: (h) => h.status,
    expires_at: (h, d) => d.timestamp(h.expiresAt),
    created_at: (h, d) => d.timestamp(h.createdAt),
    updated_at: (h, d) => d.timestamp(h.updatedAt),
  }),
  // No id: tie.id is GENERATED ALWAYS AS IDENTITY. A tie is recorded when first seen.
  tie: tableCopy((town) => town.ties, {
    kind: (t) => t.kind,
    provenance: (t) => t.provenance,
    strength: (t) => t.strength,
    from_person_id: (t) => t.fromPersonId,
    from_group_id: (t) => t.fromGroupId,
    to_person_id: (t) => t.toPersonId,
    to_group_id: (t) => t.toGroupId,
    to_space_id: (t) => t.toSpaceId,
    first_seen_at: (t, d) => d.timestamp(t.firstSeenAt),
    last_seen_at: (t, d) => d.timestamp(t.lastSeenAt),
    created_at: (t, d) => d.timestamp(t.firstSeenAt),
  }),
};

/** Rows per chunk handed to the socket: large enough to keep it busy, small enough to stream. */
const ROWS_PER_CHUNK = 2_000;

/** The `COPY … FROM STDIN` statement for a table. */
export function copyStatement(table: TownTable): string {
  return `COPY ${table} (${COPIES[table].columns.join(', ')}) FROM STDIN`;
}

/**
 * A table's rows in COPY text format, in chunks of up to `rowsPerChunk` lines, with its dates moved
 * by `shift` (none by default: the town as generated).
 */
export function* copyChunks(
  town: Town,
  table: TownTable,
  rowsPerChunk = ROWS_PER_CHUNK,
  shift: TownDateShift = NO_SHIFT,
): Generator<string> {
  let chunk = '';
  let rows = 0;
  for (const line of COPIES[table].lines(town, shift)) {
    chunk += line;
    if (++rows === rowsPerChunk) {
      yield chunk;
      chunk = '';
      rows = 0;
    }
  }
  if (chunk !== '') yield chunk;
}

/** Generates a town and loads it with `loadGeneratedTown`. */
export async function loadTown(client: ClientBase, options: LoadTownOptions): Promise<TownStats> {
  return loadGeneratedTown(
    client,
    generateTown(options.size, options.seed),
    options.onProgress,
    options.nowMs,
  );
}

/**
 * Bulk-loads a town with COPY, table by table in foreign-key order, all in one transaction: either
 * the whole town arrives or none of it does. Assumes the schema is migrated and the tables are empty.
 * The town's calendar is moved to `nowMs` (see `townDateShift`), so a town loaded long
 * after `TOWN_TODAY` still has open posts, recent ties and sessions that started in the past.
 */
export async function loadGeneratedTown(
  client: ClientBase,
  town: Town,
  onProgress?: (progress: TownLoadProgress) => void,
  nowMs = Date.now(),
): Promise<TownStats> {
  const shift = townDateShift(nowMs);
  await client.query('BEGIN');
  try {
    for (const table of TOWN_TABLES) {
      let rows = 0;
      const total = COPIES[table].rowCount(town);
      const chunks = function* () {
        for (const chunk of copyChunks(town, table, ROWS_PER_CHUNK, shift)) {
          yield chunk;
          rows = Math.min(total, rows + ROWS_PER_CHUNK);
          onProgress?.({ table, rows });
        }
      };
      await pipeline(Readable.from(chunks()), client.query(copyFrom(copyStatement(table))));
      if (total === 0) onProgress?.({ table, rows: 0 });
    }
    // Fresh statistics, so the first queries after a load get sensible plans without waiting for autovacuum.
    await client.query(`ANALYZE ${TOWN_TABLES.join(', ')}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return townStats(town);
}

/** True when no people have been loaded yet, i.e. a demo town may be seeded. */
export async function townIsEmpty(client: ClientBase): Promise<boolean> {
  const result = await client.query<{ empty: boolean }>(
    'SELECT NOT EXISTS (SELECT 1 FROM person) AS empty',
  );
  return result.rows[0]?.empty ?? true;
}
