import { type FieldNode, type GraphQLResolveInfo, type GraphQLSchema, GraphQLObjectType } from 'graphql';
import type { Loaders } from './loaders.js';
import { selectedFields } from './selected-columns.js';

// Nested lists read ahead, level by level, by the query that returns their parents. A list of 50
// projects with their partners, budget lines, benefits, targets and measurements resolved each nested
// field parent by parent: 2,000 resolver calls through Nest, each with its promises, for data the
// loaders read in five statements anyway. The query now reads those statements itself, before it
// answers (same loaders, same columns, same statements), and leaves each parent its children under
// PRELOADED; the fields' resolvers, wrapped once in the schema, hand them back synchronously. A parent
// without them (a mutation's answer, a field with arguments) goes to the resolver as before.

export const PRELOADED = Symbol('preloaded');

type Preloaded = { [PRELOADED]?: Record<string, unknown> };

export interface PreloadEdge {
  /** The field's value for one parent, or undefined to leave it to the field's resolver. */
  load(loaders: Loaders, parent: never, info: GraphQLResolveInfo): Promise<unknown>;
  /** The GraphQL type of the values, when its own fields are preloaded too. */
  childType?: string;
}

/** GraphQL type name → field name → how to read the field for many parents at once. */
export type PreloadEdges = Record<string, Record<string, PreloadEdge>>;

/**
 * Reads the preloadable fields that `nodes` select on `parents` (of GraphQL type `typeName`), and
 * theirs, one loader batch per field and level.
 */
export async function preload(edges: PreloadEdges, typeName: string, parents: readonly object[], nodes: readonly FieldNode[], info: GraphQLResolveInfo, loaders: Loaders): Promise<void> {
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
export function resolvePreloaded(edges: PreloadEdges): (schema: GraphQLSchema) => GraphQLSchema {
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
