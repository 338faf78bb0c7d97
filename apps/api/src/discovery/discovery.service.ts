import { Inject, Injectable } from '@nestjs/common';
import { occurrencesBetween, PREGNANCY_START_MONTHS, TOWN_TIME_ZONE } from '@village/shared';
import { DataSource } from 'typeorm';
import { hydrate, selectColumns } from '../database/hydrate';
import { DATA_SOURCE } from '../database/tokens';
import { Loaders } from '../graphql/loaders';
import { GroupEntity } from '../groups/group.entity';
import { SpaceEntity } from '../spaces/space.entity';
import { badInput } from '../graphql/domain-error';
import { SessionEntity } from '../sessions/session.entity';
import { scheduleOf } from '../sessions/sessions.service';
import {
  SessionSearchArgs,
  SessionSearchInput,
  SessionSearchSort,
} from './dto/session-search.args';
import {
  Candidate,
  explainMatch,
  occurrencesInWindow,
  SessionCriteria,
  walkingMinutes,
} from './session-match';
import type { SessionSearchResultModel } from './session-search.model';
import {
  Cursor,
  decodeCursor as decode,
  encodeCursor as encode,
  nearestFirst,
  nearestQuery,
  Origin,
  originOf,
  ROUND,
  Seek,
} from './near';
import { originModel, Searched } from './place-search.service';
import { SearchOrigins } from './search-origin';

const DAY_MS = 86_400_000;
/** How far ahead a session must meet on an asked day and time to count. */
const LOOK_AHEAD_DAYS = 28;
/** Most candidates ranked by fit (the radius bounds them; this caps a huge one). */
const FIT_POOL = 1000;

export interface CandidateRow {
  id: string;
  distance: number;
  space_accessibility: string[];
  group_kind: string;
  text_matched: boolean;
  /** The session, space and group columns, prefixed `s_`, `sp_` and `g_` (see `wholeRows`). */
  [column: string]: unknown;
}

/** A result, where it sorts, and the group and space it was read with. */
interface Match {
  cursor: Cursor;
  node: SessionSearchResultModel;
  group: GroupEntity;
  space: SpaceEntity;
}

const lookAhead = (now: Date) => ({
  from: now,
  to: new Date(now.getTime() + LOOK_AHEAD_DAYS * DAY_MS),
});

const minutesOf = (time: string | null | undefined) =>
  time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : null;

/** Months from now until the due month, as the negative ages sessions use for pregnancy. */
function pregnancyAge(dueMonth: string, now: Date): number {
  const [year, month] = dueMonth.split('-').map(Number) as [number, number];
  const untilDue = (year - now.getUTCFullYear()) * 12 + (month - 1 - now.getUTCMonth());
  return 0 - Math.max(0, Math.min(-PREGNANCY_START_MONTHS, untilDue)) || 0;
}

/** The checked question, with a due month turned into the pregnancy's negative age. */
export function criteriaOf(args: SessionSearchInput, now: Date): SessionCriteria {
  if (args.childAgeMonths != null && args.dueMonth)
    throw badInput('Give a child’s age or a due month, not both.', 'dueMonth');
  return {
    ageMonths: args.dueMonth ? pregnancyAge(args.dueMonth, now) : (args.childAgeMonths ?? null),
    expecting: Boolean(args.dueMonth),
    languages: args.languages,
    freeOnly: args.freeOnly,
    accessibility: args.accessibility,
    groupKinds: args.groupKinds,
    text: args.text?.trim() || null,
    weekdays: args.weekdays,
    startsFrom: minutesOf(args.startsFrom),
    startsBy: minutesOf(args.startsBy),
  };
}

/**
 * One round of candidate sessions, nearest first, past `seek`, with every filter SQL can apply
 * applied. Spaces come from their GiST on the town plane and sessions through `session.space_id`,
 * so no table is read in full (the EXPLAIN test on the L town checks this very query).
 */
export function candidateQuery(
  origin: Origin,
  withinMetres: number | null,
  criteria: SessionCriteria,
  limit: number,
  seek: Seek | null,
  onlySessionId: string | null = null,
  wholeRows = '',
): { sql: string; params: unknown[] } {
  return nearestQuery(origin, { withinMetres, seek, limit }, (param) => {
    // Sessions of archived groups are not offered (groups/groups.service.ts `setArchived`).
    const where: string[] = ['g.archived_at IS NULL'];
    if (criteria.ageMonths !== null) {
      const age = param(criteria.ageMonths);
      where.push(`s.min_age_months <= ${age} AND s.max_age_months >= ${age}`);
    }
    if (criteria.languages.length)
      where.push(`s.languages && ${param(criteria.languages)}::text[]`);
    if (criteria.freeOnly) where.push('s.cost_pence = 0');
    if (criteria.accessibility.length)
      where.push(`sp.accessibility @> ${param(criteria.accessibility)}::accessibility_feature[]`);
    if (criteria.groupKinds.length)
      where.push(`g.kind = ANY(${param(criteria.groupKinds)}::group_kind[])`);
    const text = criteria.text ? param(criteria.text) : null;
    if (text)
      where.push(
        `(s.title ILIKE '%' || ${text} || '%' OR g.name ILIKE '%' || ${text} || '%' OR word_similarity(${text}, s.title || ' ' || g.name) > 0.4)`,
      );
    if (onlySessionId) where.push(`s.id = ${param(onlySessionId)}::uuid`);
    return {
      select: `s.id, sp.accessibility::text[] AS space_accessibility, g.kind AS group_kind,
            ${text ? 'true' : 'false'} AS text_matched${wholeRows ? `, ${wholeRows}` : ''}`,
      from: `session s
       JOIN space sp ON sp.id = s.space_id
       JOIN village_group g ON g.id = s.group_id`,
      where,
      idColumn: 's.id',
    };
  });
}

/** The session, space and group columns a candidate row carries (`candidateQuery`'s `wholeRows`). */
export function wholeRowColumns(dataSource: DataSource): string {
  return [
    selectColumns(dataSource, SessionEntity, 's', 's_'),
    selectColumns(dataSource, SpaceEntity, 'sp', 'sp_'),
    selectColumns(dataSource, GroupEntity, 'g', 'g_'),
  ].join(', ');
}

/**
 * Sessions near a place that fit a family's life stage, languages, needs and week. SQL narrows by
 * place (the spaces' GiST on the town plane, ADR 4) and every filter it can; recurrence (days and
 * times, cancelled dates, clock changes) is applied in memory on the narrowed rows.
 */
@Injectable()
export class DiscoveryService {
  private wholeRowsList: string | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly origins: SearchOrigins,
  ) {}

  /** Each candidate row also carries its session, space and group, so one statement does. */
  private get wholeRows(): string {
    // Listed on first use: the entities' metadata exists only once the data source is initialised.
    this.wholeRowsList ??= wholeRowColumns(this.dataSource);
    return this.wholeRowsList;
  }

  /**
   * One page of results. With the request's `loaders`, the page's groups and spaces are handed to
   * them, so resolving `session { group space }` asks the database nothing more.
   */
  async search(
    args: SessionSearchArgs,
    loaders?: Loaders,
    now = new Date(),
  ): Promise<Searched<SessionSearchResultModel>> {
    const criteria = criteriaOf(args, now);
    if (args.sort === SessionSearchSort.FIT && args.withinMetres == null)
      throw badInput('Sorting by fit needs a distance to search within.', 'withinMetres');
    const from = await this.origins.of(args);
    const { origin } = from;
    const after = args.after ? decode(args.after) : null;
    const window = lookAhead(now);

    const results: Match[] = [];
    if (args.sort === SessionSearchSort.DISTANCE) {
      results.push(
        ...(await nearestFirst(
          args.first,
          after ? { distance: after[1], id: after[2] } : null,
          (seek, limit) => this.candidates(origin, args, criteria, limit, seek),
          (rows) => this.matches(rows, criteria, window),
          // Most sessions meet in the coming weeks: a page and one more is usually one round.
          { round: args.first + 1, growTo: ROUND },
        )),
      );
    } else {
      const rows = await this.candidates(origin, args, criteria, FIT_POOL, null);
      const ranked = this.matches(rows, criteria, window).sort(
        (a, b) =>
          b.cursor[0] - a.cursor[0] ||
          a.cursor[1] - b.cursor[1] ||
          a.cursor[2].localeCompare(b.cursor[2]),
      );
      const start = after
        ? ranked.findIndex(
            ({ cursor: [fit, distance, id] }) =>
              fit < after[0] ||
              (fit === after[0] &&
                (distance > after[1] || (distance === after[1] && id > after[2]))),
          )
        : 0;
      results.push(...(start < 0 ? [] : ranked.slice(start)));
    }
    const page = results.slice(0, args.first);
    for (const { group, space } of page) {
      loaders?.byId(GroupEntity).prime(group.id, group);
      loaders?.byId(SpaceEntity).prime(space.id, space);
    }
    return {
      edges: page.map(({ cursor, node }) => ({ cursor: encode(cursor), node })),
      pageInfo: {
        hasNextPage: results.length > args.first,
        endCursor: page.length ? encode(page.at(-1)!.cursor) : null,
      },
      origin: originModel(from),
    };
  }

  /** Refuses a question that could never run (both or neither origin, age and due month). */
  async check(search: SessionSearchInput): Promise<void> {
    originOf(search);
    criteriaOf(search, new Date());
  }

  /** Whether one session fits a saved search now, and how: the result it would show, or null. */
  async matchOne(
    search: SessionSearchInput,
    sessionId: string,
    now = new Date(),
  ): Promise<SessionSearchResultModel | null> {
    const criteria = criteriaOf(search, now);
    const { sql, params } = candidateQuery(
      originOf(search),
      search.withinMetres ?? null,
      criteria,
      1,
      null,
      sessionId,
      this.wholeRows,
    );
    const rows = await this.dataSource.query<CandidateRow[]>(sql, params);
    const [match] = this.matches(rows, criteria, lookAhead(now));
    return match?.node ?? null;
  }

  private candidates(
    origin: Origin,
    args: SessionSearchArgs,
    criteria: SessionCriteria,
    limit: number,
    seek: Seek | null,
  ): Promise<CandidateRow[]> {
    const { sql, params } = candidateQuery(
      origin,
      args.withinMetres ?? null,
      criteria,
      limit,
      seek,
      null,
      this.wholeRows,
    );
    return this.dataSource.query<CandidateRow[]>(sql, params);
  }

  /** Candidates that meet on an asked day and time in the coming weeks, with their reasons. */
  private matches(
    rows: CandidateRow[],
    criteria: SessionCriteria,
    window: { from: Date; to: Date },
  ): Match[] {
    return rows.flatMap((row) => {
      const session = hydrate(this.dataSource, SessionEntity, row, 's_');
      const occurrences = occurrencesInWindow(
        occurrencesBetween(scheduleOf(session), window.from, window.to),
        criteria,
        session.timeZone,
      );
      if (occurrences.length === 0) return [];
      const candidate: Candidate = {
        distanceMetres: row.distance,
        minAgeMonths: session.minAgeMonths,
        maxAgeMonths: session.maxAgeMonths,
        languages: session.languages,
        costPence: session.costPence,
        accessibility: row.space_accessibility as Candidate['accessibility'],
        groupKind: row.group_kind as Candidate['groupKind'],
        textMatched: row.text_matched,
        occurrences,
      };
      const { reasons, fit } = explainMatch(
        candidate,
        criteria,
        session.timeZone ?? TOWN_TIME_ZONE,
      );
      return [
        {
          cursor: [fit, row.distance, row.id] as Cursor,
          node: {
            session,
            distanceMetres: Math.round(row.distance),
            walkingMinutes: walkingMinutes(row.distance),
            nextOccurrences: occurrences.slice(0, 3).map((o) => o.start),
            occurrences: occurrences.map((o) => o.start),
            reasons,
            fit,
          },
          group: hydrate(this.dataSource, GroupEntity, row, 'g_'),
          space: hydrate(this.dataSource, SpaceEntity, row, 'sp_'),
        },
      ];
    });
  }
}
