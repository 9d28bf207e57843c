import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { formatGraphqlError } from '../common/errors/format-graphql-error.js';
import { operationNamePlugin } from '../auth/operation-plugin.js';
import { LIMIT_RULES, QUERY_LIMITS } from './limits.js';
import { createLoaderRegistry, type NestedReader, releaseLoaders, type RequestGraphqlContext } from './loaders.js';
import { loadersMade } from './loader-set.js';
import { CompiledExecutionGateway } from './compiled-execution.js';
import { type PreloadEdges, resolvePreloaded } from './preload.js';
import { executionStatusPlugin } from './execution-status.plugin.js';
import { localisedErrorsPlugin } from './localised-errors.plugin.js';

/** What the app puts into the GraphQL server: each request's loaders and the fields read ahead. */
export interface GraphqlParts<L extends NestedReader> {
  createLoaders: (dataSource: DataSource) => L;
  preloadEdges: PreloadEdges<L>;
}

/**
 * Each GraphQL request's context: fresh loaders, and the response for headers about the answer. The
 * loaders are emptied once the answer is sent (releaseLoaders says why).
 */
export function graphqlRequestContext<L extends object>(
  dataSource: DataSource,
  createLoaders: (dataSource: DataSource) => L,
): (request: { res?: ServerResponse }) => RequestGraphqlContext<L> {
  return ({ res }) => {
    const loaders = createLoaders(dataSource);
    const registry = createLoaderRegistry();
    res?.once('finish', () => {
      releaseLoaders(loadersMade(loaders));
      registry.release();
    });
    return { loaders, loaderFor: registry.loaderFor, res };
  };
}

export function graphqlConfig<L extends NestedReader>(
  dataSource: DataSource,
  parts: GraphqlParts<L>,
  options: { production: boolean; execution: 'compiled' | 'interpreted' },
): ApolloDriverConfig {
  const compiledExecution = new CompiledExecutionGateway();
  const config: ApolloDriverConfig = {
    driver: ApolloDriver,
    path: '/graphql',
    // Code-first: the schema is built from the decorators in memory; schema.gql is written by
    // `npm run schema:generate` and a test fails when it drifts from the code.
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    context: graphqlRequestContext(dataSource, parts.createLoaders),
    formatError: formatGraphqlError,
    // Cache-control hints are never used (responses are per user and never cached), and Apollo's default
    // plugin wraps every field resolution to compute them: 3 % of the CPU on a nested list.
    plugins: [operationNamePlugin, executionStatusPlugin, localisedErrorsPlugin, ApolloServerPluginCacheControlDisabled()],
    preserveHttpStatusForExecutionErrors: false,
    // Nested lists that a project query read ahead answer without their resolvers (preload.ts); the
    // finished schema then runs compiled queries (compiled-execution.ts).
    transformSchema: (schema) => compiledExecution.useSchema(resolvePreloaded(parts.preloadEdges)(schema)),
    validationRules: LIMIT_RULES,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
  // Nest's ApolloDriver hands all its options to \`new ApolloServer\`; its type leaves \`gateway\` out
  // because Nest builds the schema itself, which this gateway serves unchanged. A test checks that
  // operations do run compiled (graphql/__tests__/compiled-execution.int.spec.ts).
  return options.execution === 'interpreted' ? config : ({ ...config, gateway: compiledExecution } as ApolloDriverConfig);
}
