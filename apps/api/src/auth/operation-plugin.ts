import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { currentContext } from './request-context.js';

/**
 * Names the GraphQL operation in the request context, e.g. "mutation updateProject", for the audit
 * trail; refuses subscriptions, which the schema does not offer (graphql-js would report that as an
 * internal error).
 */
export const operationNamePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError('Tværs offers no subscriptions; send a query or a mutation', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const context = currentContext();
        if (!context || !operation) return;
        const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
        context.operation = `${operation.operation} ${fields.join(',')}`;
      },
    };
  },
};
