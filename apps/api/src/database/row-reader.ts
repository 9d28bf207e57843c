import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { objectFrom, preparedQuery, preparedRowArrays } from './prepared-query.js';

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
  /** The keys of `columns`, in order. */
  properties: readonly string[];
  dateProperties: Set<string>;
  /** Read as text inside JSON as the pg driver gives them outside it: numeric, bigint, date. */
  textProperties: Set<string>;
  /** timestamp columns: ISO text inside JSON, turned into Date as the pg driver does. */
  timestampProperties: Set<string>;
  /** Columns that do not read the same through JSON (bytea). */
  notJsonProperties: Set<string>;
}

// Column types by the driver's canonical names (ds.driver.normalizeType).
const TEXT_IN_JSON = new Set(['numeric', 'bigint', 'date']);
const TIMESTAMPS = new Set(['timestamp with time zone', 'timestamp without time zone']);
const NOT_IN_JSON = new Set(['bytea']);

const shapes = new WeakMap<DataSource, Map<unknown, Shape>>();

function shapeOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>): Shape {
  let byEntity = shapes.get(ds);
  if (!byEntity) shapes.set(ds, (byEntity = new Map()));
  const known = byEntity.get(entity);
  if (known) return known;
  const metadata = ds.getMetadata(entity);
  // Every foreign key is declared as a column of its own (projectId beside project), so each column
  // has exactly one property.
  const types = metadata.columns.map((c) => [c.propertyName, ds.driver.normalizeType(c)] as const);
  const shape: Shape = {
    table: metadata.tablePath,
    columns: new Map(metadata.columns.map((c) => [c.propertyName, c.databaseName])),
    properties: metadata.columns.map((c) => c.propertyName),
    dateProperties: new Set(types.filter(([, type]) => type === 'date').map(([property]) => property)),
    textProperties: new Set(types.filter(([, type]) => TEXT_IN_JSON.has(type)).map(([property]) => property)),
    timestampProperties: new Set(types.filter(([, type]) => TIMESTAMPS.has(type)).map(([property]) => property)),
    notJsonProperties: new Set(types.filter(([, type]) => NOT_IN_JSON.has(type)).map(([property]) => property)),
  };
  byEntity.set(entity, shape);
  return shape;
}

/**
 * The select list that gives rows as readRows does (entity property names, dates as text), for a
 * statement of one's own over `alias` (the project list's page): the given properties (default: every
 * column).
 */
export function entitySelectList(
  ds: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  properties?: readonly string[],
): string {
  return selectList(shapeOf(ds, entity), alias, '', properties);
}

/**
 * The columns (as properties) that answer the selected `fields`: the fields that are columns, the
 * `<field>Id` column of each selected relation (organisation → organisationId), and `always`.
 * `byId` names the fields resolved from the row's id alone (child lists, totals …): they add `id`, which
 * a leaf row (a measurement's year and value) is otherwise read without. Any other field is computed
 * from the row by a resolver, whose needs are not known here: undefined, read every column.
 */
export function columnsForFields(
  fields: Iterable<string>,
  columns: ReadonlyMap<string, string>,
  always: readonly string[],
  byId: readonly string[] = [],
): string[] | undefined {
  const needed = new Set(always);
  for (const field of fields) {
    if (columns.has(field)) needed.add(field);
    else if (columns.has(`${field}Id`)) needed.add(`${field}Id`);
    else if (byId.includes(field)) needed.add('id');
    else return undefined;
  }
  return [...needed].sort();
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
  const terms = Object.entries(order).map(
    ([property, direction]) => `${column(shape, alias, property)} ${direction === 'DESC' ? 'DESC' : 'ASC'}`,
  );
  return terms.length ? ` ORDER BY ${terms.join(', ')}` : '';
}

/**
 * `column = $1` for one key, `column = ANY($1)` for several, and the parameter. A prepared statement is
 * planned once and reused only when its generic plan costs no more than the custom ones; with an array
 * parameter PostgreSQL's generic plan assumes ten keys, so a single-key read (a project's page) was
 * planned again on every execution while a 50-key one (a list page) was not. With the scalar form both
 * reuse their plans; the project page's statements spent ~1 ms of planning each time before.
 */
function keyMatch(columnSql: string, keys: readonly string[]): { sql: string; value: unknown } {
  return keys.length === 1 ? { sql: `${columnSql} = $1::uuid`, value: keys[0] } : { sql: `${columnSql} = ANY($1::uuid[])`, value: keys };
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
  const match = keyMatch(column(shape, 't', key), keys);
  return preparedQuery<T>(
    ds,
    `SELECT ${selectList(shape, 't', '', properties)} FROM "${shape.table}" t WHERE ${match.sql}${orderSql(shape, 't', order)}`,
    [match.value],
  );
}

const RELATED = 'related.';

/**
 * The row a foreign key of T points at, read in T's statement: its entity and the properties to read
 * (default: all; a list names `id`). The organisation loader reads only what its model shows, so no
 * timestamp is parsed for the 400 partners of a 100-project list.
 */
export interface RelatedRow<T extends ObjectLiteral, R extends ObjectLiteral> {
  foreignKey: keyof T & string;
  entity: EntityTarget<R>;
  properties?: readonly string[];
}

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
  related: RelatedRow<T, R>,
  properties?: readonly string[],
): Promise<{ rows: T[]; related: R[] }> {
  const shape = shapeOf(ds, entity as EntityTarget<ObjectLiteral>);
  const relatedShape = shapeOf(ds, related.entity as EntityTarget<ObjectLiteral>);
  const match = keyMatch(column(shape, 't', key), keys);
  const ownNames = properties ?? shape.properties;
  const relatedNames = related.properties ?? relatedShape.properties;
  if (!relatedNames.includes('id')) throw new Error(`readRowsWithRelated: the ${relatedShape.table} row is read without its id`);
  const { rows: raw } = await preparedRowArrays(
    ds,
    `SELECT ${selectList(shape, 't', '', ownNames)}, ${selectList(relatedShape, 'r', RELATED, relatedNames)}
       FROM "${shape.table}" t LEFT JOIN "${relatedShape.table}" r ON r.id = ${column(shape, 't', related.foreignKey)}
      WHERE ${match.sql}${orderSql(shape, 't', order)}`,
    [match.value],
  );
  // Arrays in select-list order: the row's own columns, then the related row's, its id first.
  const relatedAt = ownNames.length;
  const relatedIdAt = relatedAt + relatedNames.indexOf('id');
  const rows: T[] = [];
  const relatedById = new Map<string, R>();
  for (const row of raw) {
    rows.push(objectFrom(ownNames, row) as T);
    if (row[relatedIdAt] == null) continue;
    const other = objectFrom(relatedNames, row, relatedAt);
    relatedById.set(other.id as string, other as R);
  }
  return { rows, related: [...relatedById.values()] };
}

/**
 * A child list read as JSON inside the statement about its parents (see graphql/preload.ts): the rows
 * of `entity` whose `key` is the parent's id, in `order`, with `properties` (default: all), the row that
 * `related.foreignKey` names joined, and child lists of their own. One statement then reads a project
 * with its partners, budget lines, benefits and their targets: the loaders' five statements, each
 * planned and checked by row-level security on its own, become one.
 */
export interface NestedList {
  entity: EntityTarget<ObjectLiteral>;
  key: string;
  order: OrderBy<ObjectLiteral>;
  properties?: readonly string[];
  related?: RelatedRow<ObjectLiteral, ObjectLiteral>;
  children: readonly NestedList[];
}

/** A row read through a NestedList: entity-shaped as readRows gives it, with its related row and child lists. */
export interface NestedRow {
  row: ObjectLiteral;
  related?: ObjectLiteral;
  children: NestedRow[][];
}

/** Whether readNested gives these properties (default: all) exactly as readRows does (bytea does not survive JSON). */
export function readableAsJson(ds: DataSource, entity: EntityTarget<ObjectLiteral>, properties?: readonly string[]): boolean {
  const { properties: all, notJsonProperties } = shapeOf(ds, entity);
  return (properties ?? all).every((property) => !notJsonProperties.has(property));
}

/**
 * json_build_array of the values; it takes at most 100 arguments, so wider rows merge as jsonb.
 * Rows are positional arrays, not objects: json_build_object's keys cost PostgreSQL a third more time
 * for a project's page (2.4 → 1.6 ms for the statement, single client, warm pages, interleaved).
 */
function jsonArray(values: readonly string[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < values.length; i += 50) chunks.push(values.slice(i, i + 50).join(', '));
  return chunks.length === 1
    ? `json_build_array(${chunks[0]})`
    : `(${chunks.map((chunk) => `jsonb_build_array(${chunk})`).join(' || ')})::json`;
}

function jsonValues(shape: Shape, alias: string, properties: readonly string[]): string[] {
  return properties.map((property) => `${column(shape, alias, property)}${shape.textProperties.has(property) ? '::text' : ''}`);
}

const listProperties = new WeakMap<NestedList, readonly string[]>();

/**
 * The properties a list reads into its rows' arrays, in order: [...properties, related row?, ...child
 * lists]. The key is not among them (it is the parent's id, set from there: one value less to build
 * per row), and `id` is whenever child lists hang on the row. Worked out once per list: every row of
 * the list asks again.
 */
function propertiesOf(shape: Shape, list: NestedList): readonly string[] {
  let properties = listProperties.get(list);
  if (!properties) {
    const read = (list.properties ?? shape.properties).filter((property) => property !== list.key);
    properties = list.children.length > 0 && !read.includes('id') ? [...read, 'id'] : read;
    listProperties.set(list, properties);
  }
  return properties;
}

function nestedListSql(ds: DataSource, list: NestedList, parentId: string, depth: number): string {
  const shape = shapeOf(ds, list.entity);
  const alias = `t${depth}`;
  const values = jsonValues(shape, alias, propertiesOf(shape, list));
  let join = '';
  if (list.related) {
    const relatedShape = shapeOf(ds, list.related.entity);
    const relatedAlias = `r${depth}`;
    join = ` LEFT JOIN "${relatedShape.table}" ${relatedAlias} ON ${relatedAlias}."id" = ${column(shape, alias, list.related.foreignKey)}`;
    values.push(
      `CASE WHEN ${relatedAlias}."id" IS NULL THEN NULL ELSE ${jsonArray(jsonValues(relatedShape, relatedAlias, list.related.properties ?? relatedShape.properties))} END`,
    );
  }
  for (const child of list.children) values.push(nestedListSql(ds, child, column(shape, alias, 'id'), depth + 1));
  return `(SELECT coalesce(json_agg(${jsonArray(values)}${orderSql(shape, alias, list.order)}), '[]'::json)
     FROM "${shape.table}" ${alias}${join} WHERE ${column(shape, alias, list.key)} = ${parentId})`;
}

/** A row's JSON array as readRows would give the row: timestamps as Date. */
function rowFromJson(shape: Shape, json: readonly unknown[], properties: readonly string[]): ObjectLiteral {
  const row: ObjectLiteral = {};
  properties.forEach((property, index) => {
    const value = json[index];
    row[property] = value !== null && shape.timestampProperties.has(property) ? new Date(value as string) : value;
  });
  return row;
}

function nestedRow(ds: DataSource, list: NestedList, json: readonly unknown[], parentId: string): NestedRow {
  const shape = shapeOf(ds, list.entity);
  const properties = propertiesOf(shape, list);
  let next = properties.length;
  const related = list.related ? (json[next++] as unknown[] | null) : null;
  const row = rowFromJson(shape, json, properties);
  row[list.key] = parentId;
  const nested: NestedRow = {
    row,
    children: list.children.map((child) =>
      (json[next++] as unknown[][]).map((childJson) => nestedRow(ds, child, childJson, row.id as string)),
    ),
  };
  if (list.related && related) {
    const relatedShape = shapeOf(ds, list.related.entity);
    nested.related = rowFromJson(relatedShape, related, list.related.properties ?? relatedShape.properties);
  }
  return nested;
}

/** What readNested answers per parent: its row (when asked for) and one array of rows per list. */
export interface NestedParent {
  row?: ObjectLiteral;
  lists: NestedRow[][];
}

const PARENT_ROW = 'row.';

/**
 * The `lists` of each parent id, in one statement. With `parentEntity`, the parents are that table's rows
 * (those row-level security lets the user see; a missing id has no entry) and each comes with its row
 * as readRows gives it (only `parentProperties`, when given): a project's page then costs one statement
 * for the project and its lists.
 */
export async function readNested(
  ds: DataSource,
  parentIds: readonly string[],
  lists: readonly NestedList[],
  parentEntity?: EntityTarget<ObjectLiteral>,
  parentProperties?: readonly string[],
): Promise<Map<string, NestedParent>> {
  const columns = lists.map((list, index) => `${nestedListSql(ds, list, 'parent.id', 1)} AS "list${index}"`);
  const ids = [...new Set(parentIds)];
  let sql: string;
  let value: unknown;
  if (parentEntity) {
    const shape = shapeOf(ds, parentEntity);
    const match = keyMatch('parent."id"', ids);
    sql = `SELECT parent.id::text AS id, ${selectList(shape, 'parent', PARENT_ROW, parentProperties)}, ${columns.join(', ')} FROM "${shape.table}" parent WHERE ${match.sql}`;
    value = match.value;
  } else {
    // One parent as a scalar for the reason keyMatch gives (unnest($1) is estimated at 100 elements).
    const parents = ids.length === 1 ? '(SELECT $1::uuid AS id) AS parent' : 'unnest($1::uuid[]) AS parent(id)';
    sql = `SELECT parent.id::text AS id, ${columns.join(', ')} FROM ${parents}`;
    value = ids.length === 1 ? ids[0] : ids;
  }
  const rows = await preparedQuery<Record<string, unknown>>(ds, sql, [value]);
  return new Map(
    rows.map((row) => {
      const parent: NestedParent = {
        lists: lists.map((list, index) => (row[`list${index}`] as unknown[][]).map((json) => nestedRow(ds, list, json, row.id as string))),
      };
      if (parentEntity) {
        const own: ObjectLiteral = {};
        for (const name in row) if (name.startsWith(PARENT_ROW)) own[name.slice(PARENT_ROW.length)] = row[name];
        parent.row = own;
      }
      return [row.id as string, parent];
    }),
  );
}
