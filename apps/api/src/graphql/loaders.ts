import type { ServerResponse } from 'node:http';
import DataLoader from 'dataloader';
import { NotFoundError } from '../common/errors/domain-errors.js';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import {
  columnsOf,
  type NestedList,
  type NestedRow,
  type OrderBy,
  readableAsJson,
  readNested,
  readRows,
  readRowsWithRelated,
} from '../database/row-reader.js';
import { columnsFor } from './selected-columns.js';
import type { LoaderFactories } from './loader-set.js';
// Per-request DataLoaders: every nested field is fetched with one `WHERE x IN (…)` per level of the
// query, however many parents the page holds. A new set is created for each request so nothing is
// cached across users or after a mutation. This file is the machinery; each module makes its own
// loaders with it (modules/<name>/<name>.loaders.ts) and src/loaders.ts puts them together.

/** Rows by id; with `properties`, only those columns (the loader's type then says so). */
export function rowsById<T extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<T>,
  properties?: readonly (keyof T & string)[],
) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = await readRows(ds, entity, 'id', ids, {}, properties);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

function grouped<T extends ObjectLiteral>(keys: readonly string[], rows: T[], key: keyof T & string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row[key] as string)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * A per-request loader of child rows by parent key. Given the resolver's `info`, it reads only the
 * columns the query selects (see columnsFor): a list of 50 projects with their measurements then reads
 * 4 columns of 5,000 rows instead of 16, and parses no timestamp nobody asked for. Rows read for a
 * selection carry only those properties; callers without `info` get whole rows.
 */
export interface RowsLoader<T> {
  load(key: string, info?: GraphQLResolveInfo): Promise<T[]>;
  /**
   * The list for `info`'s selection as a part of its parents' statement (readNested), and how to hand
   * the rows read there to this loader; undefined when its rows cannot be read as JSON.
   */
  readAhead(info?: GraphQLResolveInfo): ReadAheadList | undefined;
}

export interface ReadAheadList {
  list: Omit<NestedList, 'children'>;
  /** Primes the loader with a parent's rows, as if it had read them itself (and their organisations). */
  prime(parentKey: string, rows: readonly NestedRow[]): void;
}

type Selections = WeakMap<GraphQLResolveInfo['fieldNodes'], string[] | undefined>;

const selectionsByList = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, Selections>>>();

/**
 * The columns each selection of a list reads, by the selection's fieldNodes. graphql-js hands every
 * parent of a list the same fieldNodes array, and the compiled queries (compiled-execution.ts) the same
 * one on every request of a query text: a selection is worked out once per query text, not once per
 * parent (1,000 benefits ask for their targets) or per request. Kept per DataSource and list, not per
 * request: a WeakMap per list and request cost the collector more than the lookups saved.
 */
function selectionsOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>, key: string): Selections {
  let byEntity = selectionsByList.get(ds);
  if (!byEntity) selectionsByList.set(ds, (byEntity = new Map()));
  let byKey = byEntity.get(entity);
  if (!byKey) byEntity.set(entity, (byKey = new Map()));
  let selections = byKey.get(key);
  if (!selections) byKey.set(key, (selections = new WeakMap()));
  return selections;
}

/**
 * The row a child row names by a foreign key (a budget line's funder, a benefit's receiver …), read in
 * the same statement as the rows and primed into `into`, the related row's own loader by id.
 */
export interface RelatedRow<T> {
  foreignKey: keyof T & string;
  entity: EntityTarget<ObjectLiteral>;
  properties: readonly string[];
  into: DataLoader<string, ObjectLiteral | undefined>;
}

export interface GroupedOptions<T> {
  withRelated?: RelatedRow<T>;
  byId?: string[];
}

/**
 * A class rather than closures: every request makes one per list kind (two dozen), most of which it
 * never uses, and an instance with its methods on the prototype costs a fraction of five closures and a
 * map each. The loaders of a selection are made on first use.
 */
class GroupedRowsLoader<T extends ObjectLiteral> implements RowsLoader<T> {
  private variants: Map<string, DataLoader<string, T[]>> | undefined;
  /** The process-wide selection cache of this list (selectionsOf), found once per request, not per parent. */
  private selections: Selections | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly key: keyof T & string,
    private readonly order: OrderBy<T>,
    private readonly options: GroupedOptions<T>,
  ) {}

  load(parent: string, info?: GraphQLResolveInfo): Promise<T[]> {
    return this.variant(info ? this.propertiesFor(info) : undefined).load(parent);
  }

  readAhead(info?: GraphQLResolveInfo): ReadAheadList | undefined {
    const { ds, entity, key, order, options } = this;
    const properties = info ? this.propertiesFor(info) : undefined;
    // The related row is joined exactly when the loader would join it (see variant).
    const related =
      options.withRelated && (!properties || properties.includes(options.withRelated.foreignKey)) ? options.withRelated : undefined;
    if (!readableAsJson(ds, entity as EntityTarget<ObjectLiteral>, properties) || (related && !readableAsJson(ds, related.entity)))
      return undefined;
    return {
      list: {
        entity: entity as EntityTarget<ObjectLiteral>,
        key,
        order: order as OrderBy<ObjectLiteral>,
        properties,
        related: related && { foreignKey: related.foreignKey, entity: related.entity, properties: related.properties },
      },
      prime: (parentKey, rows) => {
        this.variant(properties).prime(
          parentKey,
          rows.map((r) => r.row as T),
        );
        for (const row of rows) if (related && row.related) related.into.prime(row.related.id as string, row.related);
      },
    };
  }

  /** Empties the loaders of every selection (see releaseLoaders). */
  release(): void {
    for (const loader of this.variants?.values() ?? []) loader.clearAll();
    this.variants = undefined;
  }

  private propertiesFor(info: GraphQLResolveInfo): string[] | undefined {
    const selections = (this.selections ??= selectionsOf(this.ds, this.entity as EntityTarget<ObjectLiteral>, this.key));
    if (!selections.has(info.fieldNodes))
      selections.set(
        info.fieldNodes,
        columnsFor(info, columnsOf(this.ds, this.entity as EntityTarget<ObjectLiteral>), [this.key], this.options.byId),
      );
    return selections.get(info.fieldNodes);
  }

  private variant(properties: string[] | undefined): DataLoader<string, T[]> {
    const name = properties?.join(',') ?? '*';
    this.variants ??= new Map();
    let loader = this.variants.get(name);
    if (!loader) {
      const { ds, entity, key, order } = this;
      const related = this.options.withRelated;
      loader = new DataLoader<string, T[]>(async (keys) => {
        if (!related || (properties && !properties.includes(related.foreignKey))) {
          return grouped(keys, await readRows(ds, entity, key, keys, order, properties), key);
        }
        const read = await readRowsWithRelated(
          ds,
          entity,
          key,
          keys,
          order,
          { foreignKey: related.foreignKey, entity: related.entity, properties: related.properties },
          properties,
        );
        for (const row of read.related) related.into.prime(row.id, row);
        return grouped(keys, read.rows, key);
      });
      this.variants.set(name, loader);
    }
    return loader;
  }
}

/**
 * Rows of `entity` grouped by `key`, one statement per batch and selection. `withRelated` names a row
 * the child names (an organisation: funder, payer, receiver …): when the query asks for it, it is read in
 * the same statement and primed into its loader, so the organisations of a level never cost statements
 * of their own (otherwise how many there were would depend on whether the batches returned in the same
 * I/O event). `byId` names the child lists that are resolved from the row's id.
 */
export function rowsGroupedBy<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: OrderBy<T>,
  options: GroupedOptions<T> = {},
): RowsLoader<T> {
  return new GroupedRowsLoader(ds, entity, key, order, options);
}

/** What graphql/preload.ts needs of a request's loaders: child lists of many parents in one statement. */
export interface NestedReader {
  readNested(
    parentIds: readonly string[],
    lists: readonly NestedList[],
    parentEntity?: EntityTarget<ObjectLiteral>,
    parentProperties?: readonly string[],
  ): ReturnType<typeof readNested>;
}

/** The loaders' own part of every request's set: nested lists read in their parents' statement. */
export const nestedReaderLoaders = {
  readNested:
    (ds: DataSource): NestedReader['readNested'] =>
    (parentIds, lists, parentEntity, parentProperties) =>
      readNested(ds, parentIds, lists, parentEntity, parentProperties),
} satisfies LoaderFactories;

/** The context of a GraphQL request, with the app's loaders (src/loaders.ts gives L). */
export interface RequestGraphqlContext<L> {
  loaders: L;
  /** The HTTP response, for headers that describe the answer (X-Data-As-Of). */
  res?: ServerResponse;
  /**
   * Per-request loaders that a module builds from its own services (e.g. project figures from the
   * portfolio service): created on first use under `key`, shared by the rest of the request.
   */
  loaderFor: <K, V>(key: string, create: () => DataLoader<K, V>) => DataLoader<K, V>;
}

/** A fresh per-request registry for GraphqlContext.loaderFor, and how to empty its loaders (releaseLoaders). */
export function createLoaderRegistry(): { loaderFor: RequestGraphqlContext<unknown>['loaderFor']; release(): void } {
  const made = new Map<string, DataLoader<unknown, unknown>>();
  return {
    loaderFor: <K, V>(key: string, create: () => DataLoader<K, V>) => {
      if (!made.has(key)) made.set(key, create() as DataLoader<unknown, unknown>);
      return made.get(key) as DataLoader<K, V>;
    },
    release: () => releaseLoaders(made.values()),
  };
}

/**
 * Empties a finished request's loaders. A request alive when the young generation is collected has its
 * loaders and their maps moved to the old one; V8's young collections count every pointer from there
 * as alive, dead or not, so each row, model and answer the request cached afterwards was copied and
 * promoted too, and waited for a full collection. Emptying the maps when the answer is sent halves what
 * is promoted (one client, a project's page: 95 → 53 KB per request, --trace-gc-nvp).
 */
export function releaseLoaders(loaders: Iterable<unknown>): void {
  for (const loader of loaders) {
    if (loader instanceof DataLoader) loader.clearAll();
    else if (loader instanceof GroupedRowsLoader) loader.release();
  }
}

/** Loads a row that a foreign key guarantees; a miss means it was deleted during the request. */
export async function loadExisting<T>(loader: DataLoader<string, T | undefined>, id: string, label: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new NotFoundError(label, id);
  return row;
}
