import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getNamedType,
  getOperationAST,
  GraphQLError,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLObjectType,
  type GraphQLSchema,
  isInputType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
  visit,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

// Operations run as JavaScript compiled once per query text (graphql-jit) instead of graphql-js walking
// the query for every field of every row. A 50-project list answers ~40,000 fields; graphql-js built a
// resolve info, an argument object and a promise for each, and that was the largest share of the API's
// CPU after garbage collection. The resolvers are the same functions (Nest's guards, the permission
// decorator, the preloaded lists), so only the walking changes.
//
// Apollo Server has one supported way to run an operation with another executor: a "gateway". This one
// serves the schema Nest built and executes with the compiled query. Apollo still parses, validates
// (with the query limits), runs the plugins and formats errors as before.
//
// Variables are coerced by graphql-js first, so a wrong value is reported exactly as before (Apollo
// recognises those messages as BAD_USER_INPUT with status 400). Operations graphql-jit cannot compile,
// and introspection, run through graphql-js.

/** How many operations ran each way in this process (a test checks that they do run compiled). */
export const executionCounts = { compiled: 0, interpreted: 0 };

/** An operation's compiled form, with its definition (for coercing its variables on each request). */
interface Compiled {
  query: CompiledQuery;
  operation: OperationDefinitionNode;
}

const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled | null {
  // Apollo's document store hands the same DocumentNode for the same query text, and forgets old ones;
  // the compiled queries go with them.
  let byOperation = compiledByDocument.get(document);
  if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  let compiled = byOperation.get(key);
  if (compiled === undefined) {
    const operation = getOperationAST(document, operationName);
    const result =
      !operation || usesIntrospection(document) || !coercesLikeGraphqlJs(schema, operation)
        ? null
        : compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    compiled = operation && result && isCompiledQuery(result) ? { query: result, operation } : null;
    byOperation.set(key, compiled);
  }
  return compiled;
}

/**
 * Whether graphql-jit coerces this operation's variables as graphql-js does. It does not apply the
 * default of a non-null input field that a variable's value leaves out (`status: RiskStatus! = OPEN`
 * in AddRiskInput), and reports it missing; operations whose variables can hold such a field run
 * through graphql-js.
 */
function coercesLikeGraphqlJs(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const seen = new Set<GraphQLInputObjectType>();
  const safe = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    if (!(named instanceof GraphQLInputObjectType) || seen.has(named)) return true;
    seen.add(named);
    return Object.values(named.getFields()).every(
      (field) => !(isNonNullType(field.type) && field.defaultValue !== undefined) && safe(field.type),
    );
  };
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type);
    return !type || !isInputType(type) || safe(type);
  });
}

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Nest gives every plain field (a model's property) a resolver that reads the property, so graphql-jit
 * cannot inline the read and calls a function, with a resolve info, for each field of each row. Without
 * a field middleware or a default value (this schema has neither on output types), that resolver is
 * exactly the default one, and removing it changes no answer.
 */
export function withoutPlainFieldResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) if (field.resolve?.name === NEST_PROPERTY_READER) field.resolve = undefined;
  }
  return schema;
}

/** The name of the function @nestjs/graphql's ObjectTypeDefinitionFactory gives plain fields. */
const NEST_PROPERTY_READER = 'rootFieldResolver';

/** Runs `document` as graphql-js would, through its compiled form when it has one. */
export async function executeCompiled(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  contextValue: unknown,
): Promise<ExecutionResult> {
  const compiled = compiledFor(schema, document, operationName);
  if (!compiled) {
    executionCounts.interpreted++;
    return execute({ schema, document, operationName, variableValues: variables, contextValue });
  }
  executionCounts.compiled++;
  const coerced = getVariableValues(schema, compiled.operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
  if (coerced.errors) return { errors: coerced.errors };
  const result = await compiled.query.query(undefined, contextValue, variables ?? {});
  return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
}

/**
 * graphql-jit's errors as graphql-js's own located errors: the same message, locations, path and
 * extensions, and the resolver's error as originalError, so that Apollo and formatGraphqlError map them
 * exactly as before (a NotFoundError stays NOT_FOUND). graphql-jit builds its errors with a constructor
 * of its own over the prototype of the graphql it imports; where graphql is loaded twice (Jest's module
 * registry does that) they are not GraphQLErrors to Apollo, which wrapped them and lost the code.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/** The Apollo "gateway" that serves `schema` (set once Nest has built it) with executeCompiled. */
export class CompiledExecutionGateway implements GatewayInterface {
  private schema?: GraphQLSchema;
  private listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();

  /** For Nest's transformSchema: keeps the finished schema (see withoutPlainFieldResolvers). */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = withoutPlainFieldResolvers(schema);
    return this.schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    const schema = this.schema;
    if (!schema) throw new Error('CompiledExecutionGateway: Apollo started before Nest built the schema');
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
    return {
      executor: async ({ document, operationName, request, context }) =>
        (await executeCompiled(schema, document, operationName ?? undefined, request.variables, context)) as Awaited<
          ReturnType<GatewayExecutor>
        >,
    };
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }
}
