import { Type } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './domain-error';

export const MAX_PAGE_SIZE = 50;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** A Relay-style connection type named `<Name>Connection` with `<Name>Edge` edges. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

type SortValue = string | number;

/** A row's id in a cursor: a UUID, or a bigint identity (ties). */
const ROW_ID =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[1-9][0-9]{0,17})$/i;

/**
 * Which list a cursor belongs to (its table, sort and direction), so a cursor from another list is
 * refused here instead of reaching PostgreSQL as a value of the wrong type.
 */
function listKey(query: SelectQueryBuilder<ObjectLiteral>, sortBy: string, direction: string) {
  const table = query.expressionMap.mainAlias?.metadata.tableName ?? query.alias;
  return createHash('sha256')
    .update(`${table}\n${sortBy}\n${direction}`)
    .digest('base64url')
    .slice(0, 8);
}

const encodeCursor = (list: string, value: SortValue, id: string) =>
  Buffer.from(JSON.stringify([list, value, id])).toString('base64url');

function decodeCursor(cursor: string, list: string): [SortValue, string] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 3 &&
      decoded[0] === list &&
      (typeof decoded[1] === 'number' ||
        (typeof decoded[1] === 'string' && !decoded[1].includes('\0'))) &&
      typeof decoded[2] === 'string' &&
      ROW_ID.test(decoded[2])
    ) {
      return [decoded[1], decoded[2]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The "after" cursor is not one we gave out.', 'after');
}

export interface KeysetOptions<E> {
  /** SQL expression to sort by, e.g. `g.name`; ties broken by `<alias>.id`. */
  sortBy: string;
  sortValue: (entity: E) => SortValue;
  direction?: 'ASC' | 'DESC';
  first: number;
  after?: string | null;
}

/** Keyset (seek) pagination: stable under inserts and as fast on page 1,000 as on page 1. */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  options: KeysetOptions<E>,
): Promise<Page<E>> {
  const alias = query.alias;
  const direction = options.direction ?? 'ASC';
  const list = listKey(query, options.sortBy, direction);
  if (options.after) {
    const [value, id] = decodeCursor(options.after, list);
    const comparison = direction === 'ASC' ? '>' : '<';
    query.andWhere(`(${options.sortBy}, ${alias}.id) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(options.sortBy, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(options.first + 1)
    .getMany();
  const page = rows.slice(0, options.first);
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor(list, options.sortValue(node), node.id),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > options.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
