import { Logger } from '@nestjs/common';
import { type ASTNode, GraphQLError, type GraphQLFormattedError, Kind, parse, visit } from 'graphql';
import { DomainError } from './domain-errors.js';
import { translateDatabaseError } from './postgres-errors.js';

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

/** graphql-js's message for a variable that does not fit its type: `Variable "$input" got invalid value … at "input.title"; …`. */
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"|^Variable "\$(\w+)"/s;

/** The field a malformed-input error from graphql-js is about, so clients get `fields` as for our own errors. */
function variableFields(message: string): { field: string; reason: string }[] {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return [];
  return [{ field: match[2] ?? match[1] ?? match[3]!, reason: message.split('; ').slice(1).join('; ') || message }];
}

/** Our scalars' messages start with their name; a literal that fails them is bad input, not a bad query. */
const SCALAR_ERROR = /^(LocalDate|Decimal|DateTime) /;

/** The argument path (e.g. "input.plannedStart") of the literal at `position` in the query text. */
function literalPath(error: GraphQLError): string | undefined {
  const position = error.positions?.[0];
  const body = error.source?.body;
  if (position === undefined || !body) return undefined;
  let path: string | undefined;
  visit(parse(body), {
    enter(node, _key, parent, _path, ancestors) {
      if (path !== undefined || !('loc' in node) || node.loc?.start !== position) return;
      // `ancestors` leaves out the direct parent, which for a field's value is the ObjectField itself.
      path = [...ancestors, parent ?? [], node]
        .flatMap((a) =>
          !Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD)
            ? [(a as { name: { value: string } }).name.value]
            : [],
        )
        .join('.');
    },
  });
  return path || undefined;
}

/** Domain errors keep their code, message and fields; everything else becomes a generic error. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  const domain = original instanceof DomainError ? original : translateDatabaseError(original);
  if (domain) {
    return { ...base, message: domain.message, extensions: { code: domain.code, fields: domain.fields } };
  }
  const code = formatted.extensions?.['code'];
  if (original instanceof GraphQLError && code === 'GRAPHQL_VALIDATION_FAILED' && SCALAR_ERROR.test(formatted.message)) {
    const field = literalPath(original);
    return { ...base, extensions: { code: 'BAD_USER_INPUT', fields: field ? [{ field, reason: formatted.message }] : [] } };
  }
  if (original instanceof GraphQLError && typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const fields = code === 'BAD_USER_INPUT' ? variableFields(formatted.message) : [];
    return { ...base, extensions: fields.length ? { code, fields } : { code } };
  }
  if (!(original instanceof GraphQLError) || original.originalError) {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // A GraphQLError raised by graphql-js itself (e.g. a scalar's parse error): safe to show.
  return { ...base, extensions: { code: typeof code === 'string' ? code : 'BAD_USER_INPUT' } };
}

/** The body of a GraphQL answer refused before GraphQL ran (the body, the database for the sign-in). */
export function graphqlErrorBody(message: string, code: string): { errors: [{ message: string; extensions: { code: string } }] } {
  return { errors: [{ message, extensions: { code } }] };
}
