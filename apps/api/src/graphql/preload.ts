import { type FieldNode, type GraphQLResolveInfo, type GraphQLSchema, GraphQLObjectType } from 'graphql';
import type DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { NestedList, NestedRow } from '../database/row-reader.js';
import type { NestedReader, ReadAheadList, RowsLoader } from './loaders.js';
import { selectedFields } from './selected-columns.js';

// Nested lists read ahead, level by level, by the query that returns their parents. A list of 50
// projects with their partners, budget lines, benefits, targets and measurements resolved each nested
// field parent by parent: 2,000 resolver calls through Nest, each with its promises, for data the
// loaders read in five statements anyway. The query now reads those statements itself, before it
// answers (same loaders, same columns, same statements), and leaves each parent its children under
// PRELOADED; the fields' resolvers, wrapped once in the schema, hand them back synchronously. A parent
// without them (a mutation's answer, a field with arguments) goes to the resolver as before.
// For one parent (a project's page, readOneAhead), its row and the child lists that are plain rows by
// their parent's id (partners, budget lines, benefits, their targets and measurements …) are first read
// in one statement, as JSON nested per parent, and primed into their loaders; the walk then finds them
// there. That saves six statements' round trips: 6–9 % more project pages per second for the five lists
// (the peer bench's detail query, interleaved runs). For a list it does not pay: the nested sub-selects
// run once per parent and per benefit, and a 50-project list cost PostgreSQL twice the CPU of the loaders' `= ANY($1)` statements.

export const PRELOADED = Symbol('preloaded');

type Preloaded = { [PRELOADED]?: Record<string, unknown> };

/** How to read one field for many parents at once, with a request's loaders L (src/loaders.ts). */
export interface PreloadEdge<L extends NestedReader> {
  /** The field's value for one parent, or undefined to leave it to the field's resolver. */
  load(loaders: L, parent: never, info: GraphQLResolveInfo): Promise<unknown>;
  /** The GraphQL type of the values, when its own fields are preloaded too. */
  childType?: string;
  /** The loader of a child list by the parent's id: such lists are read in their parents' statement. */
  rows?: (loaders: L) => RowsLoader<unknown>;
}

/** GraphQL type name → field name → how to read the field for many parents at once. */
export type PreloadEdges<L extends NestedReader> = Record<string, Record<string, PreloadEdge<L>>>;

interface PlannedList {
  list: ReadAheadList;
  children: PlannedList[];
}

/** The child lists selected under `nodes` that can be read in their parents' statement, recursively. */
function plan<L extends NestedReader>(
  edges: PreloadEdges<L>,
  typeName: string,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  loaders: L,
): PlannedList[] {
  const planned: PlannedList[] = [];
  for (const [field, fieldNodes] of selectedFields(nodes, info.fragments)) {
    const edge = edges[typeName]?.[field];
    if (!edge?.rows || fieldNodes.some((node) => node.arguments?.length)) continue;
    const list = edge.rows(loaders).readAhead({ ...info, fieldName: field, fieldNodes });
    if (list) planned.push({ list, children: edge.childType ? plan(edges, edge.childType, fieldNodes, info, loaders) : [] });
  }
  return planned;
}

/**
 * One parent's row and the child lists that `nodes` select on it, in one statement (see above), the
 * lists primed into their loaders. With `parent.properties` (the columns the selected fields need) the
 * row holds only those and is returned for the caller to answer from, never primed: another field that
 * loads the same row must get all of it. Without, the whole row is primed into `parent.loader`. Nothing
 * is read ahead for an id the user cannot see (undefined), so the loader's own read answers (NotFound).
 */
export async function readOneAhead<T extends { id: string }, L extends NestedReader>(
  edges: PreloadEdges<L>,
  typeName: string,
  id: string,
  parent: { entity: EntityTarget<T>; loader: DataLoader<string, T | undefined>; properties?: readonly string[] },
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  loaders: L,
): Promise<T | undefined> {
  const planned = plan(edges, typeName, nodes, info, loaders);
  if (planned.length === 0) return undefined;
  const asList = ({ list, children }: PlannedList): NestedList => ({ ...list.list, children: children.map(asList) });
  const read = await loaders.readNested([id], planned.map(asList), parent.entity as EntityTarget<ObjectLiteral>, parent.properties);
  const prime = (lists: readonly PlannedList[], parentId: string, rows: readonly NestedRow[][]) =>
    lists.forEach(({ list, children }, index) => {
      const listRows = rows[index]!; // readNested answers one array per list
      list.prime(parentId, listRows);
      for (const row of listRows) prime(children, row.row.id as string, row.children);
    });
  let own: T | undefined;
  for (const [parentId, { row, lists }] of read) {
    if (row && parent.properties) own = row as T;
    else if (row) parent.loader.prime(parentId, row as T);
    prime(planned, parentId, lists);
  }
  return own;
}

/**
 * Reads the preloadable fields that `nodes` select on `parents` (of GraphQL type `typeName`), and
 * theirs, one loader batch per field and level.
 */
export async function preload<L extends NestedReader>(
  edges: PreloadEdges<L>,
  typeName: string,
  parents: readonly object[],
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
  loaders: L,
): Promise<void> {
  const typeEdges = edges[typeName];
  if (!typeEdges || parents.length === 0) return;
  const work = [...selectedFields(nodes, info.fragments)].map(async ([field, fieldNodes]) => {
    const edge = typeEdges[field];
    if (!edge || fieldNodes.some((node) => node.arguments?.length)) return;
    const fieldInfo: GraphQLResolveInfo = { ...info, fieldName: field, fieldNodes };
    const values = await Promise.all(parents.map((parent) => edge.load(loaders, parent as never, fieldInfo)));
    const children: object[] = [];
    parents.forEach((parent, i) => {
      const value = values[i];
      if (value === undefined) return;
      ((parent as Preloaded)[PRELOADED] ??= {})[field] = value;
      if (Array.isArray(value)) children.push(...(value as object[]));
      else if (value !== null) children.push(value as object);
    });
    if (edge.childType) await preload(edges, edge.childType, children, fieldNodes, info, loaders);
  });
  await Promise.all(work);
}

/** The field nodes of the path below the resolved field (e.g. edges → node of a connection). */
export function nodesAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = selectedFields(nodes, info.fragments).get(name) ?? [];
  return [...nodes];
}

/** Makes each preloadable field answer from PRELOADED when its parent has it (schema transform). */
export function resolvePreloaded<L extends NestedReader>(edges: PreloadEdges<L>): (schema: GraphQLSchema) => GraphQLSchema {
  return (schema) => {
    for (const [typeName, fields] of Object.entries(edges)) {
      const type = schema.getType(typeName);
      if (!(type instanceof GraphQLObjectType)) throw new Error(`preload: the schema has no object type ${typeName}`);
      for (const field of Object.keys(fields)) {
        const definition = type.getFields()[field];
        const resolve = definition?.resolve;
        if (!definition || !resolve) throw new Error(`preload: ${typeName}.${field} has no resolver to stand in for`);
        definition.resolve = (source, args, context, info) => {
          const preloaded = (source as Preloaded)[PRELOADED];
          return preloaded && field in preloaded ? preloaded[field] : resolve(source, args, context, info);
        };
      }
    }
    return schema;
  };
}
