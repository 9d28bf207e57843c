import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { preparedQuery } from './prepared-query.js';

// Reads rows of an entity's table as plain objects with the entity's property names, in one statement
// with the key as `= ANY($1)`, without TypeORM's hydration. The per-request loaders use it: a nested
// list of 50 projects reads ~10,000 child rows, and hydrating them into entities cost more CPU than
// the database spent finding them. The objects have the entity's shape: numeric as text, `date` as
// 'YYYY-MM-DD' text, timestamps as Date, jsonb parsed; relations are not loaded.

export type OrderBy<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

interface Shape {
  table: string;
  /** property name → column name (its keys: the properties that are columns) */
  columns: ReadonlyMap<string, string>;
  dateProperties: Set<string>;
}

const shapes = new WeakMap<DataSource, Map<unknown, Shape>>();

function shapeOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>): Shape {
  let byEntity = shapes.get(ds);
  if (!byEntity) shapes.set(ds, (byEntity = new Map()));
  const known = byEntity.get(entity);
  if (known) return known;
  const metadata = ds.getMetadata(entity);
  // Every foreign key is declared as a column of its own (projectId beside project), so each column
  // has exactly one property.
  const shape: Shape = {
    table: metadata.tablePath,
    columns: new Map(metadata.columns.map((c) => [c.propertyName, c.databaseName])),
    dateProperties: new Set(metadata.columns.filter((c) => c.type === 'date').map((c) => c.propertyName)),
  };
  byEntity.set(entity, shape);
  return shape;
}

/** The entity's properties that are columns, as a property → column map. */
export function columnsOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>): ReadonlyMap<string, string> {
  return shapeOf(ds, entity).columns;
}

/**
 * `alias."column" AS "<prefix>property"` for the given properties (default: every column); dates as
 * text, as TypeORM gives them.
 */
function selectList(shape: Shape, alias: string, prefix = '', properties?: readonly string[]): string {
  return (properties ? properties.map((p) => [p, columnName(shape, p)] as const) : [...shape.columns])
    .map(([property, column]) => `${alias}."${column}"${shape.dateProperties.has(property) ? '::text' : ''} AS "${prefix}${property}"`)
    .join(', ');
}

function columnName(shape: Shape, property: string): string {
  const name = shape.columns.get(property);
  if (!name) throw new Error(`${shape.table} has no column for ${property}`);
  return name;
}

function column(shape: Shape, alias: string, property: string): string {
  return `${alias}."${columnName(shape, property)}"`;
}

function orderSql(shape: Shape, alias: string, order: OrderBy<ObjectLiteral>): string {
  const terms = Object.entries(order).map(([property, direction]) => `${column(shape, alias, property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`);
  return terms.length ? ` ORDER BY ${terms.join(', ')}` : '';
}

/**
 * The rows of `entity` whose `key` is one of `keys`, in `order`, as entity-shaped plain objects with
 * the given properties (default: all).
 */
export function readRows<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly string[],
  order: OrderBy<T> = {},
  properties?: readonly string[],
): Promise<T[]> {
  const shape = shapeOf(ds, entity as EntityTarget<ObjectLiteral>);
  return preparedQuery<T>(ds, `SELECT ${selectList(shape, 't', '', properties)} FROM "${shape.table}" t WHERE ${column(shape, 't', key)} = ANY($1::uuid[])${orderSql(shape, 't', order)}`, [keys]);
}

const RELATED = 'related.';

/**
 * Like readRows, with the row that `foreignKey` points at read in the same statement (a budget line's
 * funder, a participation's organisation), so the related rows never cost a statement of their own.
 */
export async function readRowsWithRelated<T extends ObjectLiteral, R extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  keys: readonly string[],
  order: OrderBy<T>,
  related: { foreignKey: keyof T & string; entity: EntityTarget<R> },
  properties?: readonly string[],
): Promise<{ rows: T[]; related: R[] }> {
  const shape = shapeOf(ds, entity as EntityTarget<ObjectLiteral>);
  const relatedShape = shapeOf(ds, related.entity as EntityTarget<ObjectLiteral>);
  const raw = await preparedQuery<Record<string, unknown>>(
    ds,
    `SELECT ${selectList(shape, 't', '', properties)}, ${selectList(relatedShape, 'r', RELATED)}
       FROM "${shape.table}" t LEFT JOIN "${relatedShape.table}" r ON r.id = ${column(shape, 't', related.foreignKey)}
      WHERE ${column(shape, 't', key)} = ANY($1::uuid[])${orderSql(shape, 't', order)}`,
    [keys],
  );
  const rows: T[] = [];
  const relatedById = new Map<string, R>();
  for (const row of raw) {
    const own: Record<string, unknown> = {};
    const other: Record<string, unknown> = {};
    for (const name in row) {
      if (name.startsWith(RELATED)) other[name.slice(RELATED.length)] = row[name];
      else own[name] = row[name];
    }
    rows.push(own as T);
    if (other.id) relatedById.set(other.id as string, other as R);
  }
  return { rows, related: [...relatedById.values()] };
}
