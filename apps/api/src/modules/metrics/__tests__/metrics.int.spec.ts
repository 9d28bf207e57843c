import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// GET /metrics after some traffic: request histograms by route and by GraphQL operation, errors by
// code, the database pool, the event loop and memory, the audit trail; and who may read it.

const TOKEN = 'metrics-test-token-0123456789';

/** The value of one series, e.g. value(text, 'tvaers_graphql_errors_total{code="NOT_FOUND"}'). */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics (Prometheus)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true, metricsToken: TOKEN });
  });
  afterAll(() => app.close());

  const scrape = async (authorization?: string) => fetch(`${app.baseUrl}/metrics`, { headers: authorization ? { authorization } : {} });

  it('answers only the METRICS_TOKEN bearer', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer wrong-token-of-some-length')).status).toBe(401);
    const { token } = await app.as('ADMIN');
    expect((await scrape(`Bearer ${token}`)).status).toBe(401); // a user's session is not the scrape token
    const ok = await scrape(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts requests by route template and operation name, errors by code, and reports the pool, event loop, memory and audit trail', async () => {
    const [{ id: programmeId }] = await app.dataSource.query(`SELECT id FROM programmes ORDER BY name LIMIT 1`);
    for (let i = 0; i < 3; i++) await app.ok(`query ProgrammeNames { programmes { name } }`);
    await app.gql(`query Missing { project(id: "00000000-0000-4000-8000-000000000000") { code } }`);
    await app.gql(`query { programmes { name } }`);
    await (
      await fetch(`${app.baseUrl}/exports/programmes/${programmeId}/portfolio.json`, {
        headers: { authorization: `Bearer ${(await app.as('ADMIN')).token}` },
      })
    ).arrayBuffer();
    await (await fetch(`${app.baseUrl}/health/live`)).arrayBuffer();

    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(value(text, 'tvaers_graphql_operation_duration_seconds_count{type="query",operation="ProgrammeNames"}')).toBe(3);
    expect(value(text, 'tvaers_graphql_operation_duration_seconds_count{type="query",operation="anonymous"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'tvaers_graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    expect(value(text, 'tvaers_http_request_duration_seconds_count{method="GET",route="/health/live",status="200"}')).toBe(1);
    expect(value(text, 'tvaers_http_request_duration_seconds_count{method="POST",route="/graphql",status="200"}')).toBeGreaterThanOrEqual(
      5,
    );
    expect(value(text, 'tvaers_exports_total{route="/exports/programmes/:id/portfolio.json"}')).toBe(1);
    // Route templates, never ids: no label holds the programme's id.
    expect(text).not.toContain(programmeId);
    expect(value(text, 'tvaers_db_pool_connections{state="waiting"}')).toBe(0);
    expect(value(text, 'tvaers_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'tvaers_audit_events')).toBeGreaterThan(0);
    expect(text).toMatch(/^tvaers_nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^tvaers_process_resident_memory_bytes \d/m);
    // Node's metrics and the app's join as whole lines.
    expect(text).toMatch(/\n# HELP tvaers_http_request_duration_seconds /);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps operation names bounded: past 200 distinct names, the rest are "other"', async () => {
    await Promise.all(Array.from({ length: 230 }, (_, i) => app.gql(`query Name${i} { programmes { name } }`)));
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    const names = new Set(
      [...text.matchAll(/tvaers_graphql_operation_duration_seconds_count\{type="query",operation="([^"]+)"\}/g)].map((m) => m[1]),
    );
    expect(names.size).toBeLessThanOrEqual(201);
    expect(names.has('other')).toBe(true);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('is open outside production (and off in production, see the controller)', async () => {
    const app = await createTestApp();
    try {
      const response = await fetch(`${app.baseUrl}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('tvaers_http_request_duration_seconds');
    } finally {
      await app.close();
    }
  });
});
