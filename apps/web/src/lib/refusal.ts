import { GraphqlError } from './graphql';

/** What to tell the user about a failed request: a version conflict, the server's reason for the first field it blamed, or its message. */
export function refusalText(error: unknown, conflict: string): string {
  if (!(error instanceof GraphqlError)) return String(error);
  if (error.code === 'CONFLICT') return conflict;
  return error.fields[0]?.reason ?? error.message;
}
