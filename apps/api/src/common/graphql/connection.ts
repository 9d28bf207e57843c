import { type Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

// Relay cursor connections. A cursor is opaque to clients: base64url of the sort key and the id of the
// row it points at, so pages stay stable when rows are inserted before the cursor (keyset pagination).

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * Counted only when a query selects totalCount (a field resolver of each connection type calls it):
   * counting every matching row costs as much as reading the page.
   */
  totalCount: () => Promise<number>;
}

export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    /** Exposed by the connection's own totalCount field resolver. */
    totalCount!: () => Promise<number>;
  }
  return ConnectionClass;
}

export function encodeCursor(sortValue: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { sortValue: string | number | null; id: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      return { sortValue: parsed[0] as string | number | null, id: parsed[1] };
    }
  } catch {
    // fall through: malformed cursor
  }
  return undefined;
}
