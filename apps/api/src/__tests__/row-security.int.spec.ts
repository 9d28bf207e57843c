import { runWithContext } from '../auth/request-context.js';
import { addBenefit, addBudgetLine, createWorld, recordMeasurement } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

// Row-level security is the second wall behind the services: a raw query that forgot every filter,
// run in a member's request, returns only the rows of the member's programmes, for every
// programme-scoped table (project rows, benefit rows and the programme's own).
const TABLES = [
  'projects',
  'tracks',
  'memberships',
  'reporting_rounds',
  'participations',
  'budget_lines',
  'cost_actuals',
  'benefits',
  'milestones',
  'adoptions',
  'baselines',
  'risks',
  'project_issues',
  'gate_decisions',
  'benefit_reports',
  'attachments',
  'benefit_targets',
  'benefit_measurements',
  'benefit_forecasts',
];

/** The signed-in user of a request by a VIEWER member of one programme. */
const viewerOf = (id: string, programmeId: string) => ({
  id,
  email: 'viewer@test.invalid',
  name: 'Viewer',
  role: 'VIEWER' as const,
  organisationId: null,
  memberships: [{ programmeId, role: 'VIEWER' as const, organisationId: null }],
});

describe('row-level security on every programme-scoped table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('a member’s raw query sees exactly the rows of its programmes, every table', async () => {
    const worlds = [await createWorld(app), await createWorld(app)];
    for (const world of worlds) {
      const benefit = await addBenefit(app, world.project.id, world.municipality.id);
      await recordMeasurement(app, benefit.id);
      await app.ok(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { id } }`, {
        input: { id: benefit.id, version: benefit.version, forecasts: [{ fiscalYear: 2026, value: '1' }] },
      });
      await app.ok(`mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }`, {
        input: { projectId: world.project.id, title: 'Risiko', category: 'LEGAL', probability: 2, impact: 2 },
      });
      await app.ok(`mutation($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }`, {
        input: { programmeId: world.programme.id, period: '2026-H2', dueDate: '2027-01-31' },
      });
    }
    const viewer = await app.as('VIEWER', undefined, [worlds[0]!.programme.id]);
    const user = viewerOf(viewer.userId, worlds[0]!.programme.id);
    const wrong: string[] = [];
    for (const table of TABLES) {
      // What the owner sees of programme A's rows, against what the member's unfiltered query returns.
      const programmeOf =
        table === 'projects'
          ? 'x.programme_id'
          : ['tracks', 'memberships', 'reporting_rounds'].includes(table)
            ? 'x.programme_id'
            : table.startsWith('benefit_') && table !== 'benefit_reports'
              ? '(SELECT p.programme_id FROM benefits b JOIN projects p ON p.id = b.project_id WHERE b.id = x.benefit_id)'
              : '(SELECT p.programme_id FROM projects p WHERE p.id = x.project_id)';
      const [{ ids: expected }] = await app.dataSource.query(
        `SELECT coalesce(array_agg(x.id ORDER BY x.id), '{}') AS ids FROM ${table} x WHERE ${programmeOf} = $1`,
        [worlds[0]!.programme.id],
      );
      const [{ ids: seen }] = await runWithContext({ user }, () =>
        app.appDataSource.query(`SELECT coalesce(array_agg(x.id ORDER BY x.id), '{}') AS ids FROM ${table} x`),
      );
      if (JSON.stringify(seen) !== JSON.stringify(expected)) wrong.push(`${table}: saw ${seen.length}, expected ${expected.length}`);
    }
    expect(wrong).toEqual([]);
  });

  // The policies read the session's programmes from a view planned with the statement, not from a
  // function set up once per table and statement (migration SessionProgrammesView).
  it('every programme policy reads tvaers_session_programmes, and the view shows only the session user’s memberships', async () => {
    const policies: { name: string; qual: string }[] = await app.dataSource.query(
      `SELECT polname AS name, pg_get_expr(polqual, polrelid) AS qual FROM pg_policy WHERE polname LIKE '%\\_of\\_my\\_programmes'`,
    );
    expect(policies.length).toBe(TABLES.length + 4); // + programmes and the three rollup tables
    expect(policies.filter((p) => !p.qual.includes('tvaers_session_programmes') || p.qual.includes('tvaers_my_programmes('))).toEqual([]);

    const [a, b] = [await createWorld(app), await createWorld(app)];
    const member = await app.as('VIEWER', undefined, [a.programme.id]);
    await app.as('AUDITOR', undefined, [b.programme.id]);
    const user = viewerOf(member.userId, a.programme.id);
    const read = (sql: string) => runWithContext({ user }, () => app.appDataSource.query(sql));
    expect(await read(`SELECT programme_id FROM tvaers_session_programmes`)).toEqual([{ programme_id: a.programme.id }]);
    expect(await read(`SELECT tvaers_my_programmes() AS ids`)).toEqual([{ ids: [a.programme.id] }]);
    // Programme B has a member (another user), not visible through the view.
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM memberships WHERE programme_id = $1`, [b.programme.id]);
    expect(n).toBeGreaterThan(0);
    expect(await read(`SELECT count(*)::int AS n FROM tvaers_session_programmes WHERE programme_id = '${b.programme.id}'`)).toEqual([
      { n: 0 },
    ]);
  });

  // Row-level security compares each row's programme_id with the session's programmes; the column is
  // derived from the row's project (or benefit) by triggers, so it must equal the parent's at all times.
  const SCOPED = [
    ...TABLES.filter((t) => !['projects', 'tracks', 'memberships', 'reporting_rounds'].includes(t)),
    'status_reports',
    'project_year_rollups',
    'project_rollups',
    'project_receiver_rollups',
  ];
  const parentProgramme = (table: string) =>
    table.startsWith('benefit_') && table !== 'benefit_reports'
      ? '(SELECT b.programme_id FROM benefits b WHERE b.id = x.benefit_id)'
      : '(SELECT p.programme_id FROM projects p WHERE p.id = x.project_id)';
  const rowsOfProgramme = async (projectId: string, programmeId: string) => {
    const counts: Record<string, number> = {};
    for (const table of SCOPED) {
      const project =
        table.startsWith('benefit_') && table !== 'benefit_reports'
          ? '(SELECT b.project_id FROM benefits b WHERE b.id = x.benefit_id)'
          : 'x.project_id';
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} x WHERE ${project} = $1 AND x.programme_id = $2`,
        [projectId, programmeId],
      );
      counts[table] = n;
    }
    return counts;
  };

  it('every project-scoped row carries its project’s programme: written by the trigger, not by the writer, and moved with the project', async () => {
    const [a, b] = [await createWorld(app), await createWorld(app)];
    const benefit = await addBenefit(app, a.project.id, a.municipality.id);
    await recordMeasurement(app, benefit.id);
    await addBudgetLine(app, a.project.id, a.lead.id, 2026, '1000.00');

    // A raw write of another programme's id is replaced by the parent's.
    await app.dataSource.query(`UPDATE benefit_measurements SET programme_id = $1 WHERE benefit_id = $2`, [b.programme.id, benefit.id]);
    await app.dataSource.query(`UPDATE budget_lines SET programme_id = $1 WHERE project_id = $2`, [b.programme.id, a.project.id]);
    const before = await rowsOfProgramme(a.project.id, a.programme.id);
    expect(before).toMatchObject({
      benefits: 1,
      benefit_measurements: 1,
      budget_lines: 1,
      participations: 2,
      project_year_rollups: expect.any(Number),
    });
    expect(before.project_year_rollups).toBeGreaterThan(0);

    // The project moves to programme B (an owner's correction): every row of it follows, rollups included.
    await app.dataSource.query(`UPDATE projects SET programme_id = $1, track_id = NULL WHERE id = $2`, [b.programme.id, a.project.id]);
    expect(await rowsOfProgramme(a.project.id, b.programme.id)).toEqual(before);
    expect(Object.values(await rowsOfProgramme(a.project.id, a.programme.id)).every((n) => n === 0)).toBe(true);

    const drifted: string[] = [];
    for (const table of SCOPED) {
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} x WHERE x.programme_id IS DISTINCT FROM ${parentProgramme(table)}`,
      );
      if (n) drifted.push(`${table}: ${n}`);
    }
    expect(drifted).toEqual([]);
  });

  it('a row whose project does not exist is refused as a foreign-key error naming the column', async () => {
    await expect(
      app.dataSource.query(
        `INSERT INTO risks (project_id, title, category, probability, impact) VALUES (gen_random_uuid(), 'x', 'LEGAL', 1, 1)`,
      ),
    ).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23503', detail: expect.stringMatching(/^Key \(project_id\)=/) }),
    });
  });
});
