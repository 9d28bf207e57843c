import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { formatGraphqlError } from '../common/errors/format-graphql-error.js';
import { operationNamePlugin } from '../auth/operation-plugin.js';
import { LIMIT_RULES, QUERY_LIMITS } from './limits.js';
import { createLoaderRegistry, createLoaders, type GraphqlContext } from './loaders.js';
import { CompiledExecutionGateway } from './compiled-execution.js';
import { resolvePreloaded } from './preload.js';
import { PRELOAD_EDGES } from './preload-edges.js';
import { executionStatusPlugin } from './execution-status.plugin.js';

export function graphqlConfig(
  dataSource: DataSource,
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
    context: ({ res }: { res?: Response }): GraphqlContext => ({
      loaders: createLoaders(dataSource),
      loaderFor: createLoaderRegistry(),
      res,
    }),
    formatError: formatGraphqlError,
    // Cache-control hints are never used (responses are per user and never cached), and Apollo's default
    // plugin wraps every field resolution to compute them: 3 % of the CPU on a nested list.
    plugins: [operationNamePlugin, executionStatusPlugin, ApolloServerPluginCacheControlDisabled()],
    preserveHttpStatusForExecutionErrors: false,
    // Nested lists that a project query read ahead answer without their resolvers (preload.ts); the
    // finished schema then runs compiled queries (compiled-execution.ts).
    transformSchema: (schema) => compiledExecution.useSchema(resolvePreloaded(PRELOAD_EDGES)(schema)),
    validationRules: LIMIT_RULES,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
  // Nest's ApolloDriver hands all its options to \`new ApolloServer\`; its type leaves \`gateway\` out
  // because Nest builds the schema itself, which this gateway serves unchanged. A test checks that
  // operations do run compiled (graphql/__tests__/compiled-execution.int.spec.ts).
  return options.execution === 'interpreted' ? config : ({ ...config, gateway: compiledExecution } as ApolloDriverConfig);
}
