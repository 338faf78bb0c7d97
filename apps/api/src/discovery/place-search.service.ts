import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findByIds } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { Page } from '../graphql/pagination';
import { GroupEntity } from '../groups/group.entity';
import { SpaceEntity } from '../spaces/space.entity';
import type { GroupSearchArgs, NearArgs, SpaceSearchArgs } from './dto/session-search.args';
import { decodeCursor, encodeCursor, originOf } from './near';
import type { GroupSearchResultModel, SpaceSearchResultModel } from './place-search.model';
import { walkingMinutes } from './session-match';

interface NearRow {
  id: string;
  distance: number;
  space_id: string;
}

/** Builds a near-me query over `source` (rows with id, space_id, distance), nearest first. */
function nearQuery(args: NearArgs, source: (param: (value: unknown) => string) => string) {
  const { latitude, longitude } = originOf(args);
  const params: unknown[] = [latitude, longitude];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (args.withinMetres != null) where.push(`distance <= ${param(args.withinMetres)}`);
  if (args.after) {
    const [, distance, id] = decodeCursor(args.after);
    where.push(`(distance, id) > (${param(distance)}::float8, ${param(id)}::uuid)`);
  }
  const sql = `SELECT id, space_id, distance FROM (${source(param)}) near
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY distance, id LIMIT ${param(args.first + 1)}`;
  return { sql, params };
}

function pageOf<T>(rows: NearRow[], first: number, node: (row: NearRow) => T): Page<T> {
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

/** Spaces, and groups by where they meet, near a place, with the filters that apply to them. */
@Injectable()
export class PlaceSearchService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async spaces(args: SpaceSearchArgs): Promise<Page<SpaceSearchResultModel>> {
    const { sql, params } = nearQuery(args, (param) => {
      const where: string[] = [];
      if (args.withinMetres != null)
        where.push(`sp.position <@ circle(village_plane($1, $2), ${param(args.withinMetres)})`);
      if (args.kinds.length) where.push(`sp.kind = ANY(${param(args.kinds)}::space_kind[])`);
      if (args.accessibility.length)
        where.push(`sp.accessibility @> ${param(args.accessibility)}::accessibility_feature[]`);
      const text = args.text?.trim();
      if (text) {
        const p = param(text);
        where.push(`(sp.name ILIKE '%' || ${p} || '%' OR word_similarity(${p}, sp.name) > 0.4)`);
      }
      return `SELECT sp.id, sp.id AS space_id, sp.position <-> village_plane($1, $2) AS distance
                FROM space sp ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    });
    const rows = await this.dataSource.query<NearRow[]>(sql, params);
    const spaces = await findByIds(
      this.dataSource.manager,
      SpaceEntity,
      rows.map((row) => row.space_id),
    );
    return pageOf(rows, args.first, (row) => ({
      space: spaces.get(row.space_id)!,
      distanceMetres: Math.round(row.distance),
      walkingMinutes: walkingMinutes(row.distance),
    }));
  }

  async groups(args: GroupSearchArgs): Promise<Page<GroupSearchResultModel>> {
    const { sql, params } = nearQuery(args, (param) => {
      const where: string[] = [];
      if (args.withinMetres != null)
        where.push(`sp.position <@ circle(village_plane($1, $2), ${param(args.withinMetres)})`);
      if (args.groupKinds.length)
        where.push(`g.kind = ANY(${param(args.groupKinds)}::group_kind[])`);
      if (args.languages.length) where.push(`g.languages && ${param(args.languages)}::text[]`);
      const text = args.text?.trim();
      if (text) {
        const p = param(text);
        where.push(`(g.name ILIKE '%' || ${p} || '%' OR word_similarity(${p}, g.name) > 0.4)`);
      }
      // Each group at its nearest space among those it holds sessions in.
      return `SELECT DISTINCT ON (g.id) g.id, sp.id AS space_id,
                     sp.position <-> village_plane($1, $2) AS distance
                FROM village_group g
                JOIN session s ON s.group_id = g.id
                JOIN space sp ON sp.id = s.space_id
               ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
               ORDER BY g.id, distance`;
    });
    const rows = await this.dataSource.query<NearRow[]>(sql, params);
    const [groups, spaces] = await Promise.all([
      findByIds(
        this.dataSource.manager,
        GroupEntity,
        rows.map((row) => row.id),
      ),
      findByIds(
        this.dataSource.manager,
        SpaceEntity,
        rows.map((row) => row.space_id),
      ),
    ]);
    return pageOf(rows, args.first, (row) => ({
      group: groups.get(row.id)!,
      nearestSpace: spaces.get(row.space_id)!,
      distanceMetres: Math.round(row.distance),
      walkingMinutes: walkingMinutes(row.distance),
    }));
  }
}
