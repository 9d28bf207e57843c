import http from 'node:http';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { shutDownGracefully } from '../graceful-shutdown.js';

// SIGTERM in main.ts runs shutDownGracefully; here it is called directly on a running app. A request
// is held in flight by sending its body slowly, so the test decides when it ends.

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

/** Starts a GraphQL POST whose body is sent in two parts; `finish()` sends the rest and resolves with the answer. */
function slowRequest(app: TestApp, token: string) {
  const body = JSON.stringify({ query: '{ programmes { name } }' });
  const request = http.request(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, body: text }));
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, 10));
  return {
    answer,
    finish: () => {
      request.end(body.slice(10));
      return answer;
    },
  };
}

const status = async (url: string) => (await fetch(url)).status;
const log = () => undefined;

describe('graceful shutdown: readiness 503, requests in flight finish, then the pool closes', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers a request that was in flight, refuses new connections, and closes the database pool', async () => {
    app = await createTestApp({ demoData: true });
    const { token } = await app.as('ADMIN');
    expect(await status(`${app.baseUrl}/health/ready`)).toBe(200);
    const inFlight = slowRequest(app, token);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const stopping = shutDownGracefully(app.nest, { drainMs: 400, timeoutMs: 5000, log });
    // Draining: the balancer sees 503 while the process still answers.
    const ready = await fetch(`${app.baseUrl}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'draining' });
    expect(ready.headers.get('connection')).toBe('close');
    expect(await status(`${app.baseUrl}/health/live`)).toBe(200);

    // After the drain delay: no new connection, the pool still open for the request in flight.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await expect(fetch(`${app.baseUrl}/health/live`)).rejects.toThrow();
    expect(app.nest.get(DataSource).isInitialized).toBe(true);

    const answer = await inFlight.finish();
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.programmes.length).toBeGreaterThan(0);
    expect(answer.connection).toBe('close');
    await expect(stopping).resolves.toEqual({ cutOff: false });
    expect(app.nest.get(DataSource).isInitialized).toBe(false);
  });

  it('cuts off a request that outlasts the limit, and still closes', async () => {
    app = await createTestApp();
    const { token } = await app.as('ADMIN');
    const stuck = slowRequest(app, token);
    const outcome = stuck.answer.then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await expect(shutDownGracefully(app.nest, { drainMs: 0, timeoutMs: 300, log })).resolves.toEqual({ cutOff: true });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await outcome).toMatch(/socket hang up|ECONNRESET/);
    expect(app.nest.get(DataSource).isInitialized).toBe(false);
  });
});
