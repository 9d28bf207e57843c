import { parseCsv } from '../../../../test/csv.js';
import { createProgramme } from '../../../../test/factories.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { openDataCases } from './open-data.cases.js';

interface Feed {
  format: string;
  period: string | null;
  periods: string[];
  totals: { budget: string };
  projects: { code: string; lights: { period: string; cost: string } | null }[];
}

const ROUNDS = `query($p: ID!) { programme(id: $p) { reportingRounds { id version period closedAt } } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeReportingRound(id: $id, version: $v) { id version closedAt } }`;

describe('public open data: the feed, its CSV and the snapshots of closed rounds', () => {
  let app: TestApp;
  let dk: { id: string; totalBudget: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    const { programmes } = await app.ok(`{ programmes { id currency totalBudget } }`);
    dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
  });
  afterAll(() => app.close());

  const get = (path: string, token?: string) =>
    fetch(`${app.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('lists the programmes and serves the live feed without sign-in, with lights only from approved reports', async () => {
    const list = (await (await get('/exports/open-data/programmes.json')).json()) as { programmes: { id: string; name: string }[] };
    expect(list.programmes.map((p) => p.id)).toContain(dk.id);
    const feed = (await (await get(`/exports/programmes/${dk.id}/portfolio.json`)).json()) as Feed;
    expect(feed).toMatchObject({ format: 'tvaers-open-data/1', period: null });
    expect(feed.totals.budget).toBe(dk.totalBudget);
    // Each project's lights are those of its newest APPROVED report (the office's override where set).
    const { projects } = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 100) { edges { node { code statusReports { period state cost { effective } } } } } }`,
      { p: dk.id },
    );
    for (const { node } of projects.edges as {
      node: { code: string; statusReports: { period: string; state: string; cost: { effective: string } }[] };
    }[]) {
      const approved = node.statusReports.filter((r) => r.state === 'APPROVED').sort((a, b) => b.period.localeCompare(a.period))[0];
      const published = feed.projects.find((p) => p.code === node.code)!;
      expect(published.lights?.period ?? null).toBe(approved?.period ?? null);
      if (approved) expect(published.lights!.cost).toBe(approved.cost.effective);
    }
    expect(feed.projects.some((p) => p.lights)).toBe(true);
    expect(JSON.stringify(feed)).not.toMatch(/@tvaers\.demo|DRAFT|SUBMITTED|RETURNED|password/);
    // A signed-in member of another programme gets the same public feed, not an empty one.
    const outsider = await app.as('VIEWER', undefined, []);
    const asOutsider = (await (await get(`/exports/programmes/${dk.id}/portfolio.json`, outsider.token)).json()) as Feed;
    expect(asOutsider.projects.length).toBe(feed.projects.length);
  });

  it('serves the same projects as CSV, in both dialects', async () => {
    const feed = (await (await get(`/exports/programmes/${dk.id}/portfolio.json`)).json()) as Feed;
    const response = await get(`/exports/programmes/${dk.id}/open-data/portfolio.csv`);
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(header).toEqual([
      'code',
      'title',
      'phase',
      'budget',
      'actual_cost',
      'npv',
      'payback_year',
      'realisation_rate',
      'lights_period',
      'cost_light',
      'schedule_light',
      'benefit_light',
    ]);
    expect(rows.map((r) => r[0])).toEqual(feed.projects.map((p) => p.code));
    expect((await get(`/exports/programmes/${dk.id}/open-data/portfolio.csv?dialect=nordic`)).status).toBe(200);
  });

  it('keeps the figures of a closed round as that period’s snapshot; a round closes once', async () => {
    const programme = await createProgramme(app);
    const round = (
      await app.ok(`mutation($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id version } }`, {
        input: { programmeId: programme.id, period: '2026-H1', dueDate: '2026-08-31' },
      })
    ).createReportingRound;
    expect((await get(`/exports/programmes/${programme.id}/portfolio.json?period=2026-H1`)).status).toBe(404);
    // 20 parallel closes: one wins, the others get a conflict or find it closed; one snapshot.
    const results = await Promise.all(Array.from({ length: 20 }, () => app.gql(CLOSE, { id: round.id, v: round.version })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    for (const r of results.filter((x) => x.errors)) expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(errorOf(r).code);
    const [closed] = (await app.ok(ROUNDS, { p: programme.id })).programme.reportingRounds;
    expect(closed.closedAt).not.toBeNull();
    expect(errorOf(await app.gql(CLOSE, { id: round.id, v: closed.version })).code).toBe('INVALID_TRANSITION');
    // Later changes do not touch the published period.
    await app.ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
      input: { programmeId: programme.id, code: 'NEW-1', title: 'Nyt projekt efter lukning' },
    });
    const snapshot = (await (await get(`/exports/programmes/${programme.id}/portfolio.json?period=2026-H1`)).json()) as Feed;
    expect(snapshot).toMatchObject({ period: '2026-H1', periods: ['2026-H1'] });
    expect(snapshot.projects.map((p) => p.code)).not.toContain('NEW-1');
    const live = (await (await get(`/exports/programmes/${programme.id}/portfolio.json`)).json()) as Feed;
    expect(live.projects.map((p) => p.code)).toContain('NEW-1');
    expect(live.periods).toEqual(['2026-H1']);
    const csv = await get(`/exports/programmes/${programme.id}/open-data/portfolio.csv?period=2026-H1`);
    expect(
      parseCsv((await csv.text()).replace(/^\uFEFF/, ''))
        .slice(1)
        .map((r) => r[0]),
    ).not.toContain('NEW-1');
    // The snapshot is audited.
    const { auditEvents } = await app.ok(`{ auditEvents(filter: { entityType: "open_data_snapshots", first: 5 }) { action operation } }`);
    expect(auditEvents).toContainEqual({ action: 'INSERT', operation: 'mutation closeReportingRound' });
    // Published history stays: the programme can no longer be deleted, even without projects.
    const { projects } = await app.ok(`query($p: ID!) { projects(programmeId: $p, first: 10) { edges { node { id version } } } }`, {
      p: programme.id,
    });
    for (const { node } of projects.edges)
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteProject(id: $id, version: $v) }`, { id: node.id, v: node.version });
    const { programme: current } = await app.ok(`query($p: ID!) { programme(id: $p) { version } }`, { p: programme.id });
    const deletion = await app.gql(`mutation($id: ID!, $v: Int!) { deleteProgramme(id: $id, version: $v) }`, {
      id: programme.id,
      v: current.version,
    });
    expect(errorOf(deletion)).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('published') });
    expect((await get(`/exports/programmes/${programme.id}/portfolio.json?period=2026-H1`)).status).toBe(200);
  });

  it('refuses a malformed period naming it, and only editors of the programme may close a round', async () => {
    const bad = await get(`/exports/programmes/${dk.id}/portfolio.json?period=2026-Q3`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('period');
    // A 100 kB period is refused by the HTTP server before Tværs reads it (431), never a 500.
    expect((await get(`/exports/programmes/${dk.id}/portfolio.json?period=${'x'.repeat(100000)}`)).status).toBe(431);
    expect((await get(`/exports/programmes/${dk.id}/portfolio.json?period=${'x'.repeat(5000)}`)).status).toBe(400);
    const { programme } = await app.ok(ROUNDS, { p: dk.id });
    const open = programme.reportingRounds.find((r: { closedAt: string | null }) => !r.closedAt);
    const viewer = await app.as('VIEWER');
    expect(errorOf(await viewer.gql(CLOSE, { id: open.id, v: open.version })).code).toBe('FORBIDDEN');
    // The programme office of another programme: this round does not exist for them.
    const elsewhere = await createProgramme(app);
    const stranger = await app.as('PROGRAMME_OFFICE', undefined, [elsewhere.id]);
    expect(errorOf(await stranger.gql(CLOSE, { id: open.id, v: open.version })).code).toBe('NOT_FOUND');
  });

  runMutationCases(openDataCases, { app: () => app });
});
