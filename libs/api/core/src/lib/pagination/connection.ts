import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputException } from '../errors/domain.exception';
import { isUuid } from '../graphql/id-arg';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `Connection(Model)` is the base of `ModelConnection { nodes pageInfo totalCount }`. */
export function Connection<T>(node: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

export type CursorValue = string | number;

/** A cursor of `(sort value, id)` for lists paged by hand (raw SQL); `paginate` uses the same. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The values of a cursor this API made, or BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every(
        (v) => (typeof v === 'string' && v.length <= 200) || (typeof v === 'number' && Number.isFinite(v)),
      ) &&
      isUuid(values[arity - 1])
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputException('after', 'after is not a cursor this list returned');
}

/**
 * Keyset pagination over `(sortColumn, id)`: stable under inserts and cheap on
 * large tables (no OFFSET). `sortColumn` is an SQL expression on the query's alias; ascending
 * unless `direction` is DESC (newest first).
 */
export async function paginate<E extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<E>,
  args: PageArgs,
  sort: { column: string; value: (row: E) => CursorValue; direction?: 'ASC' | 'DESC' },
): Promise<Page<E>> {
  const direction = sort.direction ?? 'ASC';
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    page.andWhere(`(${sort.column}, ${alias}.id) ${direction === 'ASC' ? '>' : '<'} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  const rows = await page
    .orderBy(sort.column, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(args.first + 1)
    .getMany()
    .catch((error: unknown) => {
      // A crafted cursor whose value the sort column cannot hold (text for a timestamp, a number
      // out of range): PostgreSQL's data exceptions (class 22) are the client's, not ours.
      if (args.after && /^22/.test(String((error as { code?: unknown })?.code ?? '')))
        throw new BadUserInputException('after', 'after is not a cursor this list returned');
      throw error;
    });
  const nodes = rows.slice(0, args.first);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last ? encodeCursor([sort.value(last), last.id]) : null,
    },
  };
}

export function mapPage<E, M>(page: Page<E>, map: (row: E) => M): Page<M> {
  return { ...page, nodes: page.nodes.map(map) };
}
