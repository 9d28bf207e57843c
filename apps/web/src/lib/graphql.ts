// The typed GraphQL client: documents generated from schema.gql carry their result and variables
// types; errors keep the server's code and the fields it blamed.
import type { TypedDocument } from '../generated/graphql';
import { invalidateAfterMutation } from './query-client';
import { currentSession, saveSession } from './session';

/** A field the server blamed: dotted input path ("input.targets.1.value"), why (in the page's language), and the stable code. */
export interface FieldError {
  field: string;
  reason: string;
  code?: string;
  params?: Record<string, string>;
}

export class GraphqlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

interface ErrorBody {
  message: string;
  extensions?: { code?: string; fields?: FieldError[] };
}

export async function request<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const token = currentSession()?.token;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      // The server says its reasons in the page's language (set by the i18n provider on <html lang>).
      headers: {
        'content-type': 'application/json',
        'accept-language': globalThis.document.documentElement.lang || 'da',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query: document, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphqlError('network', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: ErrorBody[] };
  const first = body.errors?.[0];
  // The session ended on the server (expired, user deactivated): back to the sign-in page.
  if (first?.extensions?.code === 'UNAUTHENTICATED' && token) saveSession(null);
  if (first) throw new GraphqlError(first.message, first.extensions?.code, first.extensions?.fields ?? []);
  if (!body.data) throw new GraphqlError(`HTTP ${response.status}`, 'NETWORK');
  if (document.startsWith('mutation')) invalidateAfterMutation();
  return body.data;
}
