import type { ApolloServerPlugin } from '@apollo/server';
import type { FieldProblem } from '../common/errors/domain-errors.js';
import { localisedFields, localisedMessage, requestLanguage } from '../common/errors/localised-errors.js';

/**
 * Says every refusal with fields in the language the request asks for (Accept-Language), adding each
 * reason's stable code and parameters. Runs on the formatted errors, after formatGraphqlError.
 */
export const localisedErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const language = requestLanguage(request.http?.headers.get('accept-language'));
        response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
          const fields = error.extensions?.['fields'];
          if (!Array.isArray(fields) || fields.length === 0) return error;
          const localised = localisedFields(fields as FieldProblem[], language);
          return {
            ...error,
            message: localisedMessage(error.message, localised, language),
            extensions: { ...error.extensions, fields: localised },
          };
        });
      },
    };
  },
};
