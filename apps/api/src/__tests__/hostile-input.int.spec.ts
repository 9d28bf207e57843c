import { createTestApp, errorOf, type GraphqlResult, type TestApp } from '../../test/test-app.js';
import { hostileRequests } from '../../test/hostile-fuzz.js';

// The hostile tester's corpus as a test: every operation of the schema with NUL bytes, non-characters,
// invalid Unicode, 1 MB strings, year 0, overflowing amounts and odd ids in every argument, as an
// administrator (who may call everything) and as a partner. Nothing may answer 5xx or
// INTERNAL_SERVER_ERROR, and the values no field may accept must change nothing at all.

interface Answer {
  status: number;
  body: GraphqlResult | string;
}

async function post(app: TestApp, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphqlResult };
  } catch {
    return { status: response.status, body: text };
  }
}

/** A hash of every row of every table (the sign-in throttle aside): equal means nothing was written. */
async function everyRow(app: TestApp): Promise<string> {
  const tables: { table_name: string }[] = await app.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'login_throttle' ORDER BY 1`,
  );
  const parts = tables.map(
    (t) => `(SELECT coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') FROM "${t.table_name}" x)`,
  );
  const [row] = await app.dataSource.query(`SELECT md5(concat_ws('|', ${parts.join(', ')})) AS hash`);
  return row.hash as string;
}

const failures = (answers: { request: string; answer: Answer }[]) =>
  answers.filter(
    ({ answer }) =>
      answer.status >= 500 ||
      (typeof answer.body === 'object' && answer.body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')),
  );

describe('hostile input (every operation × every argument)', () => {
  let app: TestApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    const [dk] = await app.dataSource.query(`SELECT id FROM programmes WHERE currency = 'DKK'`);
    const [partner] = await app.dataSource.query(`SELECT organisation_id AS id FROM users WHERE email = 'partner@tvaers.demo'`);
    const [project] = await app.dataSource.query(
      `SELECT project_id AS id FROM participations WHERE organisation_id = $1 ORDER BY project_id LIMIT 1`,
      [partner.id],
    );
    const [benefit] = await app.dataSource.query(`SELECT id FROM benefits WHERE project_id = $1 LIMIT 1`, [project.id]);
    const [track] = await app.dataSource.query(`SELECT id FROM tracks WHERE programme_id = $1 LIMIT 1`, [dk.id]);
    ids = { default: project.id, id: project.id, programmeId: dk.id, projectId: project.id, benefitId: benefit.id, trackId: track.id };
    for (const name of ['organisationId', 'funderId', 'payerId', 'receiverId', 'fundOrganisationId']) ids[name] = partner.id;
  });
  afterAll(() => app.close());

  for (const role of ['ADMIN', 'PARTNER'] as const) {
    it(`as ${role}: no 5xx, no internal error, and refused values write nothing`, async () => {
      const [partner] = await app.dataSource.query(`SELECT organisation_id AS id FROM users WHERE email = 'partner@tvaers.demo'`);
      const client = await app.as(role, role === 'PARTNER' ? partner.id : undefined);
      const requests = hostileRequests(ids, ['login', 'logout']); // logout would end the tester's own session
      expect(requests.length).toBeGreaterThan(500);

      const before = await everyRow(app);
      const refused = [];
      for (const request of requests.filter((r) => r.mustRefuse)) {
        refused.push({
          request: `${request.operation} ${request.leaf}=${JSON.stringify(request.value).slice(0, 24)}`,
          answer: await post(app, client.token, request.query, request.variables),
        });
      }
      expect(failures(refused).map((f) => f.request)).toEqual([]);
      // Each refused value came back as an error (a 4xx, or a GraphQL error with a client code) …
      const accepted = refused.filter(
        ({ answer }) => answer.status < 400 && typeof answer.body === 'object' && !answer.body.errors?.length,
      );
      expect(accepted.map((a) => a.request)).toEqual([]);
      // … and not one of them wrote anything: no row, no audit event.
      expect(await everyRow(app)).toBe(before);

      const odd = [];
      for (const request of requests.filter((r) => !r.mustRefuse)) {
        odd.push({
          request: `${request.operation} ${request.leaf}=${JSON.stringify(request.value).slice(0, 24)}`,
          answer: await post(app, client.token, request.query, request.variables),
        });
      }
      expect(failures(odd).map((f) => f.request)).toEqual([]);
    }, 180_000);
  }

  it('answers the reported inputs with BAD_USER_INPUT naming the field', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        'NUL in a title',
        `mutation($p: ID!) { createProject(input: { programmeId: $p, code: "NUL-1", title: "a\\u0000bcd" }) { id } }`,
        { p: ids.programmeId },
        'input.title',
      ],
      ['NUL as an id', `{ project(id: "\\u0000") { id } }`, {}, 'id'],
      [
        'NUL in a search',
        `query($p: ID!) { projects(programmeId: $p, filter: { search: "a\\u0000" }) { totalCount } }`,
        { p: ids.programmeId },
        'filter.search',
      ],
      [
        'year 0 as a literal',
        `mutation($p: ID!) { createProject(input: { programmeId: $p, code: "Y0-1", title: "Year zero", plannedStart: "0000-01-01" }) { id } }`,
        { p: ids.programmeId },
        'input.plannedStart',
      ],
      [
        'year 0 as a variable',
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`,
        { i: { programmeId: ids.programmeId, code: 'Y0-2', title: 'Year zero', plannedStart: '0000-01-01' } },
        'i.plannedStart',
      ],
      [
        'asOfYear 2147483647',
        `query($p: ID!) { portfolioSummary(programmeId: $p, asOfYear: 2147483647) { totalBudget } }`,
        { p: ids.programmeId },
        'asOfYear',
      ],
      ['audit before 10^23', `{ auditEvents(filter: { before: "99999999999999999999999" }) { sequence } }`, {}, 'filter.before'],
      [
        'a doctored cursor',
        `query($p: ID!, $a: String) { projects(programmeId: $p, orderBy: { field: PLANNED_START }, after: $a) { totalCount } }`,
        { p: ids.programmeId, a: Buffer.from(JSON.stringify(['junk', ids.projectId])).toString('base64url') },
        'after',
      ],
      [
        'invalid Unicode',
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`,
        { i: { programmeId: ids.programmeId, code: 'U-1', title: 'bad \uD800 text' } },
        'input.title',
      ],
      [
        'non-characters',
        `mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`,
        { i: { programmeId: ids.programmeId, code: 'U-2', title: 'ab\uFFFF\uFFFE' } },
        'input.title',
      ],
    ];
    for (const [name, query, variables, field] of cases) {
      const result = await app.gql(query, variables);
      expect({ name, ...errorOf(result), fields: errorOf(result).fields.includes(field) }).toMatchObject({
        name,
        code: 'BAD_USER_INPUT',
        fields: true,
      });
    }
    const subscription = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { programmes { id } }' }),
    });
    expect(subscription.status).toBe(400);
    expect(((await subscription.json()) as GraphqlResult).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
