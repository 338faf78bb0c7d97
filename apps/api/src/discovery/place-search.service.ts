import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findByIds } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { Page } from '../graphql/pagination';
import { GroupEntity } from '../groups/group.entity';
import { SpaceEntity } from '../spaces/space.entity';
import type { GroupSearchArgs, SpaceSearchArgs } from './dto/session-search.args';
import { decodeCursor, encodeCursor, nearestFirst, nearestQuery, Origin, Seek } from './near';
import type { GroupSearchResultModel, SpaceSearchResultModel } from './place-search.model';
import { SearchFrom, SearchOrigins } from './search-origin';
import type { SearchOriginModel } from './search-origin.model';
import { walkingMinutes } from './session-match';

interface SpaceRow {
  id: string;
  distance: number;
}

interface GroupRow {
  id: string;
  space_id: string;
  distance: number;
  /** The distance to the group's nearest space: a row farther than that is not its place. */
  nearest: number;
}

type SpaceFilters = Pick<SpaceSearchArgs, 'withinMetres' | 'kinds' | 'accessibility' | 'text'>;
type GroupFilters = Pick<GroupSearchArgs, 'withinMetres' | 'groupKinds' | 'languages' | 'text'>;

const nameLike = (column: string, text: string) =>
  `(${column} ILIKE '%' || ${text} || '%' OR word_similarity(${text}, ${column}) > 0.4)`;

/** One round of spaces, nearest first, past `seek` (the EXPLAIN test on the L town checks it). */
export function spaceQuery(
  origin: Origin,
  args: SpaceFilters,
  limit: number,
  seek: Seek | null,
): { sql: string; params: unknown[] } {
  return nearestQuery(origin, { withinMetres: args.withinMetres ?? null, seek, limit }, (param) => {
    const where: string[] = [];
    if (args.kinds.length) where.push(`sp.kind = ANY(${param(args.kinds)}::space_kind[])`);
    if (args.accessibility.length)
      where.push(`sp.accessibility @> ${param(args.accessibility)}::accessibility_feature[]`);
    const text = args.text?.trim();
    if (text) where.push(nameLike('sp.name', param(text)));
    return { select: 'sp.id', from: 'space sp', where, idColumn: 'sp.id' };
  });
}

/**
 * One round of (group, space) pairs where the group holds sessions, nearest space first, past
 * `seek` on (distance, group id), each with the distance to the group's nearest space. Read from
 * the plane index, not group by group: the nearest is a subquery per row read, so PostgreSQL
 * still plans the join nearest first (as a join condition it would read every session).
 */
export function groupQuery(
  origin: Origin,
  args: GroupFilters,
  limit: number,
  seek: Seek | null,
): { sql: string; params: unknown[] } {
  return nearestQuery(origin, { withinMetres: args.withinMetres ?? null, seek, limit }, (param) => {
    const where: string[] = ['g.archived_at IS NULL'];
    if (args.groupKinds.length) where.push(`g.kind = ANY(${param(args.groupKinds)}::group_kind[])`);
    if (args.languages.length) where.push(`g.languages && ${param(args.languages)}::text[]`);
    const text = args.text?.trim();
    if (text) where.push(nameLike('g.name', param(text)));
    return {
      select: `g.id, sp.id AS space_id,
              (SELECT min(other_space.position <-> village_plane($1, $2))
                 FROM session other
                 JOIN space other_space ON other_space.id = other.space_id
                WHERE other.group_id = g.id) AS nearest`,
      from: `space sp
       JOIN session s ON s.space_id = sp.id
       JOIN village_group g ON g.id = s.group_id`,
      where,
      idColumn: 'g.id',
    };
  });
}

/**
 * Each group once, at its nearest space. A group's nearest row comes before its others, so a
 * farther row belongs to a group already given (here, in an earlier round or an earlier page).
 */
function nearestOfEachGroup(rows: GroupRow[]): GroupRow[] {
  const given = new Set<string>();
  const kept: GroupRow[] = [];
  for (const row of rows) {
    // Two sessions at one space, or two spaces equally near, give the group twice.
    if (row.distance !== row.nearest || given.has(row.id)) continue;
    given.add(row.id);
    kept.push(row);
  }
  return kept;
}

function pageOf<Row extends Seek, T>(rows: Row[], first: number, node: (row: Row) => T): Page<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({
    cursor: encodeCursor([0, row.distance, row.id]),
    node: node(row),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

const seekAfter = (after: string | null | undefined): Seek | null => {
  if (!after) return null;
  const [, distance, id] = decodeCursor(after);
  return { distance, id };
};

/** A page of a near-me search, with where it was measured from. */
export type Searched<T> = Page<T> & { origin: SearchOriginModel };

export const originModel = ({ origin, label }: SearchFrom): SearchOriginModel => ({
  latitude: origin.latitude,
  longitude: origin.longitude,
  label,
});

/** Spaces, and groups by where they meet, near a place, with the filters that apply to them. */
@Injectable()
export class PlaceSearchService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly origins: SearchOrigins,
  ) {}

  async spaces(args: SpaceSearchArgs): Promise<Searched<SpaceSearchResultModel>> {
    const from = await this.origins.of(args);
    const { origin } = from;
    const rows = await nearestFirst(
      args.first,
      seekAfter(args.after),
      (seek, limit) => this.read<SpaceRow>(spaceQuery(origin, args, limit, seek)),
      (rows) => rows,
      // Every space read is a result, so a page and the two past it (one to say there is a next
      // page, one to see the last is not cut from a tie) is a round. A round this small is also
      // what keeps PostgreSQL on the plane index past a cursor on a town of a thousand spaces.
      { round: args.first + 2 },
    );
    const spaces = await findByIds(
      this.dataSource.manager,
      SpaceEntity,
      rows.slice(0, args.first).map((row) => row.id),
    );
    return {
      ...pageOf(rows, args.first, (row) => ({
        space: spaces.get(row.id)!,
        distanceMetres: Math.round(row.distance),
        walkingMinutes: walkingMinutes(row.distance),
      })),
      origin: originModel(from),
    };
  }

  async groups(args: GroupSearchArgs): Promise<Searched<GroupSearchResultModel>> {
    const from = await this.origins.of(args);
    const { origin } = from;
    const rows = await nearestFirst(
      args.first,
      seekAfter(args.after),
      (seek, limit) => this.read<GroupRow>(groupQuery(origin, args, limit, seek)),
      nearestOfEachGroup,
    );
    const page = rows.slice(0, args.first);
    const [groups, spaces] = await Promise.all([
      findByIds(
        this.dataSource.manager,
        GroupEntity,
        page.map((row) => row.id),
      ),
      findByIds(
        this.dataSource.manager,
        SpaceEntity,
        page.map((row) => row.space_id),
      ),
    ]);
    return {
      ...pageOf(rows, args.first, (row) => ({
        group: groups.get(row.id)!,
        nearestSpace: spaces.get(row.space_id)!,
        distanceMetres: Math.round(row.distance),
        walkingMinutes: walkingMinutes(row.distance),
      })),
      origin: originModel(from),
    };
  }

  private read<Row>({ sql, params }: { sql: string; params: unknown[] }): Promise<Row[]> {
    return this.dataSource.query<Row[]>(sql, params);
  }
}
