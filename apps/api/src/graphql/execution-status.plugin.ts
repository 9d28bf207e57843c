import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../common/errors/domain-errors.js';

/**
 * The HTTP status of an answer that ran: 200 with `{ data, errors }`, as GraphQL clients expect (this
 * replaces Nest's preserveHttpStatusForExecutionErrors plugin, which forces 200 on everything and runs
 * last), except when the database could not be reached: then 503 with Retry-After, so that load
 * balancers, monitoring and clients see a temporary refusal, safe to send again, without reading the
 * body, as they do for the same refusal before the GraphQL layer. Requests that did not run (parse,
 * validation, variables) keep Apollo's status.
 */
export const executionStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !('data' in response.body.singleResult)) return;
        const unavailable = response.body.singleResult.errors?.some((error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE');
        response.http.status = unavailable ? 503 : 200;
        if (unavailable) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
