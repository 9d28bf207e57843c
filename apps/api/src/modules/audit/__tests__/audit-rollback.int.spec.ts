import { runWithContext } from '../../../auth/request-context.js';
import { createOrganisation } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const VERIFY = `{ verifyAuditChain { ok checked firstBrokenSequence reason } }`;

describe('audit chain and rolled-back transactions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('leaves no gap in the sequence when a transaction that wrote events is rolled back', async () => {
    await createOrganisation(app, 'STATE', 'Før');
    const user = {
      id: (await app.as('ADMIN')).userId,
      email: 'admin@test.invalid',
      name: 'Admin',
      role: 'ADMIN' as const,
      organisationId: null,
      memberships: [],
    };
    // A multi-row write that fails half-way (an import, a budget grid with a conflict): its events go too.
    await expect(
      runWithContext({ user }, () =>
        app.appDataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO organisations (name, sector, country, identifier) VALUES ('Rullet tilbage', 'STATE', 'DK', 'RB-1')`,
          );
          throw new Error('second row failed');
        }),
      ),
    ).rejects.toThrow('second row failed');
    await createOrganisation(app, 'STATE', 'Efter');

    const sequences: { sequence: string }[] = await app.dataSource.query(`SELECT sequence::text FROM audit_events ORDER BY sequence`);
    expect(sequences.map((s) => Number(s.sequence))).toEqual(sequences.map((_, i) => i + 1));
    expect((await app.ok(VERIFY)).verifyAuditChain).toMatchObject({ ok: true, firstBrokenSequence: null });
  });
});

describe('audit chain head', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('catches the deletion of the newest events, which leaves no gap behind', async () => {
    await createOrganisation(app, 'STATE', 'Første');
    await createOrganisation(app, 'STATE', 'Sidste');
    expect((await app.ok(VERIFY)).verifyAuditChain.ok).toBe(true);
    const [{ last }] = await app.dataSource.query(`SELECT max(sequence)::text AS last FROM audit_events`);
    // As the database superuser: remove the newest event, so the chain itself still links up.
    await app.dataSource.query(`DELETE FROM audit_events WHERE sequence = $1`, [last]);
    expect((await app.ok(VERIFY)).verifyAuditChain).toEqual({
      ok: false,
      checked: Number(last) - 1,
      firstBrokenSequence: last,
      reason: `events up to ${last} were written but are missing`,
    });
  });
});
