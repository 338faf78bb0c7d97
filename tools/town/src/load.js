"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.copyStatement = copyStatement;
exports.copyChunks = copyChunks;
exports.loadTown = loadTown;
exports.loadGeneratedTown = loadGeneratedTown;
exports.townIsEmpty = townIsEmpty;
const pg_copy_streams_1 = require("pg-copy-streams");
const node_stream_1 = require("node:stream");
const promises_1 = require("node:stream/promises");
const copy_format_1 = require("./copy-format");
const generate_1 = require("./generate");
const model_1 = require("./model");
function tableCopy(rows, columns) {
    const readers = Object.values(columns);
    return {
        rowCount: (town) => rows(town).length,
        columns: Object.keys(columns),
        *lines(town) {
            for (const row of rows(town))
                yield (0, copy_format_1.copyRow)(readers.map((read) => read(row)));
        },
    };
}
const json = (value) => JSON.stringify(value);
const COPIES = {
    household: tableCopy((town) => town.households, {
        id: (h) => h.id,
        area_cell: (h) => h.areaCell,
        child_birth_months: (h) => (0, copy_format_1.arrayLiteral)(h.childBirthMonths),
        due_month: (h) => h.dueMonth,
        created_at: (h) => h.createdAt,
    }),
    person: tableCopy((town) => town.people, {
        id: (p) => p.id,
        household_id: (p) => p.householdId,
        display_name: (p) => p.displayName,
        area_cell: (p) => p.areaCell,
        languages: (p) => (0, copy_format_1.arrayLiteral)(p.languages),
        can_offer: (p) => (0, copy_format_1.arrayLiteral)(p.canOffer),
        would_like: (p) => (0, copy_format_1.arrayLiteral)(p.wouldLike),
        created_at: (p) => p.createdAt,
        updated_at: (p) => p.updatedAt,
    }),
    village_group: tableCopy((town) => town.groups, {
        id: (g) => g.id,
        slug: (g) => g.slug,
        name: (g) => g.name,
        kind: (g) => g.kind,
        description: (g) => g.description,
        languages: (g) => (0, copy_format_1.arrayLiteral)(g.languages),
        website: (g) => g.website,
        created_at: (g) => g.createdAt,
        updated_at: (g) => g.updatedAt,
    }),
    space: tableCopy((town) => town.spaces, {
        id: (s) => s.id,
        name: (s) => s.name,
        kind: (s) => s.kind,
        address: (s) => s.address,
        postcode: (s) => s.postcode,
        latitude: (s) => s.latitude,
        longitude: (s) => s.longitude,
        accessibility: (s) => (0, copy_format_1.arrayLiteral)(s.accessibility),
        opening_hours: (s) => json(s.openingHours),
        created_at: (s) => s.createdAt,
        updated_at: (s) => s.updatedAt,
    }),
    session: tableCopy((town) => town.sessions, {
        id: (s) => s.id,
        group_id: (s) => s.groupId,
        space_id: (s) => s.spaceId,
        title: (s) => s.title,
        description: (s) => s.description,
        recurrence: (s) => s.recurrence,
        start_date: (s) => s.startDate,
        start_time: (s) => s.startTime,
        duration_minutes: (s) => s.durationMinutes,
        time_zone: (s) => s.timeZone,
        cancelled_dates: (s) => (0, copy_format_1.arrayLiteral)(s.cancelledDates),
        min_age_months: (s) => s.minAgeMonths,
        max_age_months: (s) => s.maxAgeMonths,
        languages: (s) => (0, copy_format_1.arrayLiteral)(s.languages),
        cost_pence: (s) => s.costPence,
        capacity: (s) => s.capacity,
        created_at: (s) => s.createdAt,
        updated_at: (s) => s.updatedAt,
    }),
    membership: tableCopy((town) => town.memberships, {
        id: (m) => m.id,
        person_id: (m) => m.personId,
        group_id: (m) => m.groupId,
        role: (m) => m.role,
        joined_at: (m) => m.joinedAt,
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
        expires_at: (h) => h.expiresAt,
        created_at: (h) => h.createdAt,
        updated_at: (h) => h.updatedAt,
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
        first_seen_at: (t) => t.firstSeenAt,
        last_seen_at: (t) => t.lastSeenAt,
        created_at: (t) => t.firstSeenAt,
    }),
};
/** Rows per chunk handed to the socket: large enough to keep it busy, small enough to stream. */
const ROWS_PER_CHUNK = 2_000;
/** The `COPY … FROM STDIN` statement for a table. */
function copyStatement(table) {
    return `COPY ${table} (${COPIES[table].columns.join(', ')}) FROM STDIN`;
}
/** A table's rows in COPY text format, in chunks of up to `rowsPerChunk` lines. */
function* copyChunks(town, table, rowsPerChunk = ROWS_PER_CHUNK) {
    let chunk = '';
    let rows = 0;
    for (const line of COPIES[table].lines(town)) {
        chunk += line;
        if (++rows === rowsPerChunk) {
            yield chunk;
            chunk = '';
            rows = 0;
        }
    }
    if (chunk !== '')
        yield chunk;
}
/** Generates a town and loads it with `loadGeneratedTown`. */
async function loadTown(client, options) {
    return loadGeneratedTown(client, (0, generate_1.generateTown)(options.size, options.seed), options.onProgress);
}
/**
 * Bulk-loads a town with COPY, table by table in foreign-key order, all in one transaction: either
 * the whole town arrives or none of it does. Assumes the schema is migrated and the tables are empty.
 */
async function loadGeneratedTown(client, town, onProgress) {
    await client.query('BEGIN');
    try {
        for (const table of model_1.TOWN_TABLES) {
            let rows = 0;
            const total = COPIES[table].rowCount(town);
            const chunks = function* () {
                for (const chunk of copyChunks(town, table)) {
                    yield chunk;
                    rows = Math.min(total, rows + ROWS_PER_CHUNK);
                    onProgress?.({ table, rows });
                }
            };
            await (0, promises_1.pipeline)(node_stream_1.Readable.from(chunks()), client.query((0, pg_copy_streams_1.from)(copyStatement(table))));
            if (total === 0)
                onProgress?.({ table, rows: 0 });
        }
        // Fresh statistics, so the first queries after a load get sensible plans without waiting for autovacuum.
        await client.query(`ANALYZE ${model_1.TOWN_TABLES.join(', ')}`);
        await client.query('COMMIT');
    }
    catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
    }
    return (0, model_1.townStats)(town);
}
/** True when no people have been loaded yet, i.e. a demo town may be seeded. */
async function townIsEmpty(client) {
    const result = await client.query('SELECT NOT EXISTS (SELECT 1 FROM person) AS empty');
    return result.rows[0]?.empty ?? true;
}
