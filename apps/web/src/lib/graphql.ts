// The typed GraphQL client: documents generated from schema.gql carry their result and variables
// types; errors keep the server's code and the fields it blamed.
import type { TypedDocument } from '../generated/graphql';

/** A field the server blamed: dotted input path ("input.targets.1.value") and why. */
export interface FieldError {
  field: string;
  reason: string;
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

export async function request<TResult, TVariables>(document: TypedDocument<TResult, TVariables>, variables: TVariables, signal?: AbortSignal): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphqlError('network', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: ErrorBody[] };
  const first = body.errors?.[0];
  if (first) throw new GraphqlError(first.message, first.extensions?.code, first.extensions?.fields ?? []);
  if (!body.data) throw new GraphqlError(`HTTP ${response.status}`, 'NETWORK');
  return body.data;
}
