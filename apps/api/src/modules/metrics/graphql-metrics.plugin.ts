import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { MetricsService } from './metrics.service.js';

/**
 * Operation names come from clients, so the label takes the first MAX_NAMES distinct ones and calls the
 * rest "other": a client sending random names cannot grow the registry without bound.
 */
const MAX_NAMES = 200;

function boundedName(seen: Set<string>, name: string): string {
  if (seen.has(name)) return name;
  if (seen.size >= MAX_NAMES) return 'other';
  seen.add(name);
  return name;
}

/** Times each GraphQL operation by its name, and counts the error codes of its answer. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  private readonly names = new Set<string>();

  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const end = this.metrics.graphqlDuration.startTimer();
    const { metrics, names } = this;
    return {
      async willSendResponse({ operation, operationName, response }) {
        end({
          type: operation?.operation ?? 'invalid',
          operation: operation ? boundedName(names, operationName ?? 'anonymous') : 'invalid',
        });
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
        for (const error of errors ?? []) metrics.graphqlErrors.inc({ code: String(error.extensions?.['code'] ?? 'UNKNOWN') });
      },
    };
  }
}
