import { createTestApp, errorOf, type TestApp } from '../../test/test-app.js';

describe('HTTP surface', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('answers /health/ready with 200 when the database is reachable', async () => {
    const response = await fetch(`${app.baseUrl}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('reports unknown ids as NOT_FOUND and never leaks SQL or stack traces', async () => {
    const missing = await app.gql(`{ project(id: "00000000-0000-4000-8000-000000000009") { id } }`);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
    const malformed = await app.gql(`{ project(id: "not-a-uuid") { id } }`);
    const text = JSON.stringify(malformed);
    expect(text).not.toMatch(/SELECT|stack|node_modules|QueryFailedError/i);
    expect(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']).toContain(errorOf(malformed).code);
  });

  it('sends security headers and no CORS headers to other origins', async () => {
    const response = await fetch(`${app.baseUrl}/health/live`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses queries that nest too deep, alias too much or are too long', async () => {
    // Inline fragments nest selection sets without needing a deep schema: 14 levels is over the limit of 12.
    const nest = (levels: number) => Array.from({ length: levels }).reduce<string>((inner) => `... on User { ${inner} }`, 'id');
    expect(errorOf(await app.gql(`{ me { ${nest(5)} } }`)).code).toBeUndefined();
    expect(errorOf(await app.gql(`{ me { ${nest(14)} } }`)).message).toMatch(/deeper than 12 levels/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(errorOf(await app.gql(`{ ${aliases} }`)).message).toMatch(/31 aliases; at most 30/);
    const tokens = Array.from({ length: 9000 }, () => '__typename').join(' ');
    expect((await app.gql(`{ ${tokens} }`)).errors?.[0]?.message).toMatch(/more that 8000 tokens/);
  });

  it('refuses JSON numbers for money', async () => {
    const result = await app.gql(`mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, {
      input: {
        name: 'Tal',
        currency: 'DKK',
        periodStartYear: 2025,
        periodEndYear: 2027,
        fundingEnvelope: 300000000,
        fteAnnualCost: '1',
        hourlyRate: '1',
      },
    });
    expect(result.errors?.[0]?.message).toMatch(/Decimal must be a string/);
  });
});
