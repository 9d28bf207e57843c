import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors.js';
import { translatePostgresError } from './postgres-errors.js';

const logger = new Logger('GraphQL');

// Codes that graphql-js / Apollo assign themselves to malformed requests; their messages are safe.
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Domain errors keep their code, message and fields; everything else becomes a generic error. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const domain = original instanceof DomainError ? original : translatePostgresError(original);
  if (domain) {
    return { ...base, message: domain.message, extensions: { code: domain.code, fields: domain.fields } };
  }
  const code = formatted.extensions?.['code'];
  if (original instanceof GraphQLError && typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  if (!(original instanceof GraphQLError) || original.originalError) {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // A GraphQLError raised by graphql-js itself (e.g. a scalar's parse error): safe to show.
  return { ...base, extensions: { code: typeof code === 'string' ? code : 'BAD_USER_INPUT' } };
}
