import { Writable } from 'node:stream';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// LOG_FORMAT=json: one JSON line per request with its id (X-Request-Id in and out), the user and the
// operation; never a password, a token or an e-mail address from a body.

interface Line {
  level: number;
  msg: string;
  service?: string;
  req?: { id: string; method: string; path: string };
  res?: { statusCode: number };
  responseTime?: number;
  userId?: string;
  operation?: string;
}

describe('request logs (JSON, pino)', () => {
  let app: TestApp;
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const parsed = (): Line[] => lines.map((line) => JSON.parse(line) as Line);
  const lineOf = async (id: string): Promise<Line | undefined> => {
    for (let i = 0; i < 50 && !parsed().some((l) => l.req?.id === id); i++) await new Promise((r) => setTimeout(r, 20));
    return parsed().find((l) => l.req?.id === id);
  };

  beforeAll(async () => {
    app = await createTestApp({ logging: { format: 'json', destination } });
  });
  afterAll(() => app.close());

  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/graphql?token=should-not-be-logged`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('keeps the caller’s request id, returns it, and logs the user, the operation and the outcome', async () => {
    const viewer = await app.as('VIEWER');
    const response = await post(
      { query: '{ programmes { id } }' },
      { authorization: `Bearer ${viewer.token}`, 'x-request-id': 'trace-abc.123' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
    expect(await lineOf('trace-abc.123')).toMatchObject({
      level: 30,
      msg: 'request completed',
      service: 'tvaers',
      req: { id: 'trace-abc.123', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      userId: viewer.userId,
      operation: 'query programmes',
    });
  });

  it.each([
    ['too long', 'x'.repeat(129)],
    ['with spaces', 'a b'],
    ['with a quote', 'a"b'],
  ])('replaces a request id %s with a fresh one', async (_, given) => {
    const response = await post({ query: '{ signInOptions { passwordLogin } }' }, { 'x-request-id': given });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineOf(id);
    expect(line).toMatchObject({ req: { id }, res: { statusCode: 200 } });
    expect(line?.userId).toBeUndefined();
  });

  it('never writes a password, a token, an e-mail address or the query string', async () => {
    const viewer = await app.as('VIEWER');
    await post(
      {
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: 'someone.secret@example.org', p: 'Sup3r-secret-pw' },
      },
      { 'x-request-id': 'login-1' },
    );
    await post({ query: '{ programmes { id } }' }, { authorization: `Bearer ${viewer.token}`, 'x-request-id': 'token-1' });
    expect(await lineOf('login-1')).toMatchObject({ operation: 'mutation login' });
    expect(await lineOf('token-1')).toBeDefined();
    const all = lines.join('\n');
    for (const secret of ['Sup3r-secret-pw', 'someone.secret@example.org', viewer.token, 'should-not-be-logged', 'authorization'])
      expect(all).not.toContain(secret);
  });

  it('leaves out the probes, which come every few seconds', async () => {
    const response = await fetch(`${app.baseUrl}/health/ready`, { headers: { 'x-request-id': 'probe-1' } });
    expect(response.headers.get('x-request-id')).toBe('probe-1');
    await new Promise((r) => setTimeout(r, 100));
    expect(parsed().some((l) => l.req?.id === 'probe-1')).toBe(false);
  });
});
