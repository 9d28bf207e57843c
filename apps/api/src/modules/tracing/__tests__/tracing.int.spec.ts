import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { freePort } from '../../../database/embedded-postgres.js';
import { createTestApp, TEST_AUTH, type TestApp } from '../../../../test/test-app.js';
import { createProgramme, createProject } from '../../../../test/factories.js';
import { tracingConfig } from '../tracing-config.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** A real OTLP/HTTP receiver on loopback: keeps every span the app exports (JSON encoding). */
async function startOtlpReceiver(): Promise<{ url: string; spans: OtlpSpan[]; bodies: string[]; close(): Promise<void> }> {
  const spans: OtlpSpan[] = [];
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        bodies.push(body);
        const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const resource of payload.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, bodies, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const attribute = (span: OtlpSpan, key: string): unknown => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value && Object.values(value)[0];
};

async function waitFor<T>(what: string, probe: () => T | undefined, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('tracing configuration', () => {
  it('is off without an endpoint, on with one, and refuses an endpoint that is not an http(s) URL', () => {
    expect(tracingConfig({})).toBeUndefined();
    expect(tracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({
      endpoint: 'http://collector:4318',
      serviceName: 'tvaers-api',
    });
    expect(tracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBeUndefined();
    expect(tracingConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://c/v1/traces', OTEL_SERVICE_NAME: 'tvaers-eu' })).toEqual({
      endpoint: 'https://c/v1/traces',
      serviceName: 'tvaers-eu',
    });
    expect(() => tracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL (OTLP over HTTP), got "collector:4318"',
    );
    expect(() => tracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' })).toThrow(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL, got "not a url"',
    );
  });
});

describe('OpenTelemetry traces from the built app (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  let app: TestApp;
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    app = await createTestApp();
    receiver = await startOtlpReceiver();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    await receiver.close();
    await app.close();
  });

  it('exports a request as one trace joined to the caller’s: the HTTP span named by the operation, the SQL under it without bound values, no probes, no secrets from the query string', async () => {
    const main = path.join(process.cwd(), 'dist/api/apps/api/src/main.js');
    if (!existsSync(main)) throw new Error('run `npm run build` first: this test starts the built app');
    const programme = await createProgramme(app);
    const secretCode = `TRACE-${randomBytes(4).toString('hex').toUpperCase()}`;
    const project = await createProject(app, programme.id, { code: secretCode });
    const office = await app.as('PROGRAMME_OFFICE');

    const port = await freePort();
    child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        DATABASE_URL: (app.dataSource.options as { url: string }).url,
        PORT: String(port),
        TOKEN_SECRET: TEST_AUTH.tokenSecret,
        TVAERS_DEMO_DATA: 'false',
        TVAERS_JOBS: 'false',
        LOG_FORMAT: 'text',
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'tvaers-trace-test',
        // The batch processor's default is 5 s; the test should not wait that long for each batch.
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (
      let i = 0;
      i < 150 &&
      (await fetch(`${base}/health/ready`).then(
        (r) => r.status,
        () => 0,
      )) !== 200;
      i++
    )
      await new Promise((r) => setTimeout(r, 200));

    const callerTraceId = randomBytes(16).toString('hex');
    const requestId = `trace-test-${randomBytes(4).toString('hex')}`;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${office.token}`,
        traceparent: `00-${callerTraceId}-${randomBytes(8).toString('hex')}-01`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query: 'query ProjectForTrace($id: ID!) { project(id: $id) { id code } }', variables: { id: project.id } }),
    });
    expect(await response.json()).toEqual({ data: { project: { id: project.id, code: secretCode } } });
    await fetch(`${base}/health/live`);
    await fetch(`${base}/auth/oidc/callback?code=${secretCode}&state=${secretCode}`);

    const server = await waitFor('the GraphQL request span', () => receiver.spans.find((s) => s.traceId === callerTraceId && s.kind === 2));
    const sql = await waitFor('a SQL span in the same trace', () => {
      const found = receiver.spans.filter(
        (s) => s.traceId === callerTraceId && (attribute(s, 'db.system.name') ?? attribute(s, 'db.system')) === 'postgresql',
      );
      return found.length ? found : undefined;
    });
    await waitFor('the callback span', () =>
      receiver.spans.find(
        (s) => s.kind === 2 && String(attribute(s, 'http.target') ?? attribute(s, 'url.path')).includes('/auth/oidc/callback'),
      ),
    );

    expect(server.name).toBe('POST /graphql query project');
    expect(attribute(server, 'tvaers.operation')).toBe('query project');
    expect(attribute(server, 'tvaers.request_id')).toBe(requestId);
    expect(attribute(server, 'enduser.id')).toBe(office.userId);
    // Every SQL span hangs under the request's server span.
    const byId = new Map(receiver.spans.map((s) => [s.spanId, s]));
    const root = (span: OtlpSpan): OtlpSpan =>
      span.parentSpanId && byId.has(span.parentSpanId) ? root(byId.get(span.parentSpanId)!) : span;
    for (const span of sql) expect(root(span).spanId).toBe(server.spanId);
    expect(sql.some((s) => /\$1/.test(String(attribute(s, 'db.statement') ?? attribute(s, 'db.query.text'))))).toBe(true);
    // No probe was traced, and neither a bound value nor the callback's code reached the collector.
    expect(receiver.spans.filter((s) => /\/health/.test(JSON.stringify(s.attributes)))).toEqual([]);
    expect(receiver.bodies.join('\n')).not.toContain(secretCode);
    expect(receiver.bodies.join('\n')).not.toContain(project.id);
    expect(receiver.bodies.join('\n')).toContain('tvaers-trace-test');

    // SIGTERM flushes what is still buffered and the process ends cleanly.
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
