import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { ShutdownState } from '../../http/graceful-shutdown.js';

// POST /graphql is served on the HTTP server ahead of Express (graphql-http.server.ts). The same
// requests must get the same answers as through Express, with the same per-request work around them.

interface Sent {
  status: number;
  body: unknown;
  headers: Headers;
}

async function post(app: TestApp, body: string, headers: Record<string, string> = {}): Promise<Sent> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Express's own refusals can be plain strings; compared as text.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** The headers both paths must set alike (not Date, not the request id, which differ per request). */
const COMPARED_HEADERS = [
  'content-type',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'permissions-policy',
  'content-security-policy',
  'access-control-expose-headers',
];

describe('POST /graphql served without Express', () => {
  let direct: TestApp;
  let express: TestApp;
  let token: string;
  let expressToken: string;
  beforeAll(async () => {
    direct = await createTestApp();
    express = await createTestApp({ graphqlHttp: 'express' });
    token = (await direct.as('ADMIN')).token;
    expressToken = (await express.as('ADMIN')).token;
  });
  afterAll(async () => {
    await direct?.close();
    await express?.close();
  });

  it('answers as the Express path does: data, errors, refusals, with the same headers', async () => {
    const requests: [string, (token: string) => Record<string, string>, string][] = [
      ['signed in', (t) => ({ authorization: `Bearer ${t}` }), JSON.stringify({ query: '{ me { role } }' })],
      ['an unknown field', (t) => ({ authorization: `Bearer ${t}` }), JSON.stringify({ query: '{ nope }' })],
      ['signed out', () => ({}), JSON.stringify({ query: '{ programmes { id } }' })],
      ['a forged token', () => ({ authorization: 'Bearer a.b.c' }), JSON.stringify({ query: '{ me { role } }' })],
      [
        'bad variables',
        (t) => ({ authorization: `Bearer ${t}` }),
        JSON.stringify({ query: 'query($id: ID!) { project(id: $id) { id } }', variables: { id: 7 } }),
      ],
      ['a batch', (t) => ({ authorization: `Bearer ${t}` }), JSON.stringify([{ query: '{ me { role } }' }])],
      ['no query', (t) => ({ authorization: `Bearer ${t}` }), '{}'],
      ['a subscription', (t) => ({ authorization: `Bearer ${t}` }), JSON.stringify({ query: 'subscription { me { id } }' })],
    ];
    for (const [name, auth, body] of requests) {
      const [ours, theirs] = [await post(direct, body, auth(token)), await post(express, body, auth(expressToken))];
      expect({ name, status: ours.status, body: ours.body }).toEqual({ name, status: theirs.status, body: theirs.body });
      for (const header of COMPARED_HEADERS)
        expect([name, header, ours.headers.get(header)]).toEqual([name, header, theirs.headers.get(header)]);
    }
  });

  it('really skips Express (no ETag, no X-Powered-By) and sends another media type through it', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const ours = await post(direct, query);
    expect(ours.body).toEqual({ data: { __typename: 'Query' } });
    expect(ours.headers.get('etag')).toBeNull();
    expect((await post(express, query)).headers.get('etag')).not.toBeNull();
    // A charset Express's parser refuses is still refused by it.
    const latin1 = await post(direct, query, { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect((await post(direct, query, { 'content-type': 'application/json; charset=UTF-8' })).status).toBe(200);
  });

  it('keeps the request id a client sends, and makes one otherwise', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    expect((await post(direct, query, { 'x-request-id': 'lb-42.a' })).headers.get('x-request-id')).toBe('lb-42.a');
    expect((await post(direct, query, { 'x-request-id': 'no spaces <allowed>' })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a body over 100 KB, one that is not JSON, and one that is not an object, as GraphQL errors', async () => {
    const huge = await post(direct, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200 * 1024) } }));
    expect([huge.status, huge.body]).toEqual([
      413,
      { errors: [{ message: 'The request is larger than 100 KB', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] },
    ]);
    expect(huge.headers.get('x-content-type-options')).toBe('nosniff');
    const broken = await post(direct, '{"query": "{ __typename }"');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({
      errors: [{ message: expect.stringMatching(/^The request body is not valid JSON/), extensions: { code: 'BAD_REQUEST' } }],
    });
    for (const body of ['null', '"{ __typename }"', '42', 'a\u0000']) expect((await post(direct, body)).status).toBe(400);
    // The connection is still usable after a refusal.
    expect((await post(direct, JSON.stringify({ query: '{ __typename }' }))).status).toBe(200);
  });

  it('runs each request as its signed-in user, also 50 at once', async () => {
    const viewer = await direct.as('VIEWER');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(direct, JSON.stringify({ query: '{ me { id role } }' }), { authorization: `Bearer ${i % 2 ? token : viewer.token}` }),
      ),
    );
    answers.forEach((answer, i) =>
      expect((answer.body as { data: { me: { role: string } } }).data.me.role).toBe(i % 2 ? 'ADMIN' : 'VIEWER'),
    );
  });

  it('counts its requests in the metrics under the route /graphql', async () => {
    const count = async () => {
      const text = await (await fetch(`${direct.baseUrl}/metrics`)).text();
      const line = text
        .split('\n')
        .find((l) => l.startsWith('tvaers_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}'));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await count();
    for (let i = 0; i < 3; i++) await post(direct, JSON.stringify({ query: '{ __typename }' }));
    expect(await count()).toBe(before + 3);
  });

  it('asks clients to close their connection while the process drains', async () => {
    const state = direct.get(ShutdownState);
    state.draining = true;
    try {
      const answer = await post(direct, JSON.stringify({ query: '{ __typename }' }));
      expect([answer.status, answer.headers.get('connection')]).toEqual([200, 'close']);
    } finally {
      state.draining = false;
    }
  });
});
