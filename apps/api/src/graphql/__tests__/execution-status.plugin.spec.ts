import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { executionStatusPlugin } from '../execution-status.plugin.js';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function statusOf(result: Body, status?: number): Promise<{ status?: number; retryAfter?: string }> {
  const http = { status, headers: new Map<string, string>() };
  const listener = await executionStatusPlugin.requestDidStart!({} as never);
  await listener!.willSendResponse!({
    response: { http, body: { kind: 'single', singleResult: result } },
  } as unknown as GraphQLRequestContextWillSendResponse<object>);
  return { status: http.status, retryAfter: http.headers.get('retry-after') };
}

describe('the HTTP status of a GraphQL answer', () => {
  it('is 200 for an answer that ran, with or without errors', async () => {
    expect(await statusOf({ data: { a: 1 } })).toEqual({ status: 200, retryAfter: undefined });
    expect(
      await statusOf({ data: null, errors: [{ message: 'no', extensions: { code: 'NOT_FOUND', http: { status: 404 } } }] }, 404),
    ).toEqual({ status: 200, retryAfter: undefined });
  });

  it('is 503 with Retry-After when any part could not reach the database', async () => {
    expect(
      await statusOf({
        data: { a: null },
        errors: [
          { message: 'x', extensions: { code: 'FORBIDDEN' } },
          { message: 'away', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      }),
    ).toEqual({ status: 503, retryAfter: '5' });
  });

  it("leaves Apollo's status of a request that did not run (no data key)", async () => {
    expect(await statusOf({ errors: [{ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }, 400)).toEqual({
      status: 400,
      retryAfter: undefined,
    });
  });
});
