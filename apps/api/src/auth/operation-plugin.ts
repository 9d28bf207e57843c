import type { ApolloServerPlugin } from '@apollo/server';
import { currentContext } from './request-context.js';

/** Names the GraphQL operation in the request context, e.g. "mutation updateProject", for the audit trail. */
export const operationNamePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        const context = currentContext();
        if (!context || !operation) return;
        const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
        context.operation = `${operation.operation} ${fields.join(',')}`;
      },
    };
  },
};
