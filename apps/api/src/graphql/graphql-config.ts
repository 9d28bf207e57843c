import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DataSource } from 'typeorm';
import { formatGraphqlError } from '../common/errors/format-graphql-error.js';
import { operationNamePlugin } from '../auth/operation-plugin.js';
import { LIMIT_RULES, QUERY_LIMITS } from './limits.js';
import { createLoaderRegistry, createLoaders, type GraphqlContext } from './loaders.js';
import { resolvePreloaded } from './preload.js';
import { PRELOAD_EDGES } from './preload-edges.js';

export function graphqlConfig(dataSource: DataSource, options: { production: boolean }): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    // Code-first: the schema is built from the decorators in memory; schema.gql is written by
    // `npm run schema:generate` and a test fails when it drifts from the code.
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    context: (): GraphqlContext => ({ loaders: createLoaders(dataSource), loaderFor: createLoaderRegistry() }),
    formatError: formatGraphqlError,
    // Cache-control hints are never used (responses are per user and never cached), and Apollo's default
    // plugin wraps every field resolution to compute them: 3 % of the CPU on a nested list.
    plugins: [operationNamePlugin, ApolloServerPluginCacheControlDisabled()],
    // Nested lists that a project query read ahead answer without their resolvers (preload.ts).
    transformSchema: resolvePreloaded(PRELOAD_EDGES),
    validationRules: LIMIT_RULES,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
