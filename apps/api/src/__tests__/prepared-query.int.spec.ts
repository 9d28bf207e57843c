import { QueryFailedError, type DataSource } from 'typeorm';
import { type AuthUser, runWithContext } from '../auth/request-context.js';
import { addBudgetLine, addParticipation, createOrganisation, createProgramme, createProject } from '../../test/factories.js';
import { SqlCounter } from '../../test/sql-counter.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { BudgetLineEntity } from '../modules/budget/budget-line.entity.js';
import { createDataSource } from '../data-source.js';
import { preparedQuery } from '../database/prepared-query.js';
import { readRows } from '../database/row-reader.js';
import { applySessionContext } from '../database/session-context.js';

// Hot reads run as named prepared statements (prepared-query.ts). A prepared statement keeps its plan
// on the connection across users: row-level security must still answer for the user of each execution,
// also once PostgreSQL has switched to the generic plan (after five executions).

describe('prepared statements', () => {
  // A silent logger: the failing statement below is expected.
  let app: TestApp;
  let oneConnection: DataSource;
  const prepared = async () =>
    (await oneConnection.query(`SELECT name, generic_plans::int FROM pg_prepared_statements`)) as { name: string; generic_plans: number }[];

  beforeAll(async () => {
    app = await createTestApp();
    // One connection, so every statement below runs on the same session and its prepared plans.
    oneConnection = await applySessionContext(
      createDataSource((app.dataSource.options as { url: string }).url, { poolSize: 1, logger: new SqlCounter() }),
    ).initialize();
    // The generic plan from the start, whatever the planner would prefer: the case where a plan made
    // for one user's execution serves the next user's.
    await oneConnection.query(`SET plan_cache_mode = force_generic_plan`);
  });
  afterAll(async () => {
    await oneConnection.destroy();
    await app.close();
  });

  it('answer each member with their own programme’s rows, on one connection, through one generic plan', async () => {
    const funder = await createOrganisation(app, 'STATE', 'Styrelse');
    const setUp = async (name: string) => {
      const programme = await createProgramme(app, { name });
      const project = await createProject(app, programme.id);
      await addParticipation(app, project.id, funder.id, ['LEAD', 'CO_FUNDER']);
      await addBudgetLine(app, project.id, funder.id, 2026, '100.00');
      const member = await app.as('VIEWER', undefined, [programme.id]);
      const user: AuthUser = {
        id: member.userId,
        email: `${member.userId}@test.invalid`,
        name,
        role: 'VIEWER',
        organisationId: null,
        memberships: [{ programmeId: programme.id, role: 'VIEWER', organisationId: null }],
      };
      return { project, user };
    };
    const first = await setUp('Første');
    const second = await setUp('Anden');
    const both = [first.project.id, second.project.id];

    for (let round = 0; round < 8; round++) {
      for (const { user, project } of [first, second]) {
        const rows = await runWithContext({ user }, () =>
          readRows(oneConnection, BudgetLineEntity, 'projectId', both, { id: 'ASC' }, ['id', 'projectId', 'amount']),
        );
        expect({ round, user: user.name, projects: rows.map((r) => r.projectId) }).toEqual({
          round,
          user: user.name,
          projects: [project.id],
        });
      }
    }
    // The same statement text was prepared once on the connection, not once per user or round.
    const statements = (await prepared()).filter(({ name }) => name.startsWith('tvaers_'));
    expect(statements).toHaveLength(1);
    expect(statements[0]!.generic_plans).toBe(16);
  });

  it('report a failing statement as TypeORM does, with the driver’s code', async () => {
    const failure = await readRows(oneConnection, BudgetLineEntity, 'projectId', ['not-a-uuid']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
  });

  it('prepare at most 200 statement texts per process; further texts run unnamed with the same answers', async () => {
    const answers = [];
    for (let i = 0; i < 230; i++)
      answers.push((await preparedQuery<{ n: number }>(oneConnection, `SELECT $1::int + ${i} AS n`, [1]))[0]!.n);
    expect(answers).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    const names = await prepared();
    expect(names.length).toBeLessThanOrEqual(200);
    expect(names.length).toBeGreaterThan(150);
  });

  it('look up any signed-in user with their memberships, whatever user the connection is set for', async () => {
    const own = await createProgramme(app, { name: 'Egen' });
    const other = await createProgramme(app, { name: 'Anden' });
    const a = await app.as('VIEWER', undefined, [own.id]);
    const b = await app.as('AUDITOR', undefined, [other.id]);
    const userA: AuthUser = {
      id: a.userId,
      email: 'a@test.invalid',
      name: 'A',
      role: 'VIEWER',
      organisationId: null,
      memberships: [{ programmeId: own.id, role: 'VIEWER', organisationId: null }],
    };
    // The connection now works for A, who may not see B's programme or memberships …
    await runWithContext({ user: userA }, () => readRows(oneConnection, BudgetLineEntity, 'projectId', []));
    const lookUp = (sessionId: string | null) =>
      runWithContext({ anySession: true }, () =>
        preparedQuery<{ id: string; memberships: { programmeId: string }[] }>(
          oneConnection,
          `SELECT * FROM tvaers_signed_in_user($1, $2)`,
          [b.userId, sessionId],
        ),
      );
    // … and the lookup of B, which leaves the settings alone, still finds B's membership there.
    expect((await lookUp(null)).map((row) => [row.id, row.memberships.map((m) => m.programmeId)])).toEqual([[b.userId, [other.id]]]);
    expect(await runWithContext({ anySession: true }, () => oneConnection.query(`SELECT current_setting('tvaers.user_id') AS id`))).toEqual(
      [{ id: a.userId }],
    );
    // An ended session finds nobody.
    await app.dataSource.query(`INSERT INTO ended_sessions (session_id, expires_at) VALUES ('ended-1', now() + interval '1 hour')`);
    expect(await lookUp('ended-1')).toEqual([]);
  });
});
