import { runWithContext } from '../auth/request-context.js';
import { addParticipation, createOrganisation, createProgramme, createProject } from '../../test/factories.js';
import { expectRefused } from '../../test/mutation-cases.js';
import { createTestApp, type GraphqlClient, type TestApp } from '../../test/test-app.js';
import { draft } from '../modules/status-reports/__tests__/status-reports.cases.js';

const REPORTS = `query($id: ID!) { project(id: $id) { statusReports { id state } } }`;
const VERIFY = `{ verifyAuditChain { ok checked firstBrokenSequence reason } }`;

describe('partner isolation, row-level security and the audit chain', () => {
  let app: TestApp;
  let partner: GraphqlClient & { userId: string };
  let partnerOrganisationId: string;
  let own: { id: string; version: number };
  let other: { id: string; version: number };
  beforeAll(async () => {
    app = await createTestApp();
    const programme = await createProgramme(app);
    const aarhus = await createOrganisation(app, 'MUNICIPALITY', 'Aarhus');
    const odense = await createOrganisation(app, 'MUNICIPALITY', 'Odense');
    partnerOrganisationId = aarhus.id;
    own = await createProject(app, programme.id, { title: 'Aarhus deltager' });
    other = await createProject(app, programme.id, { title: 'Kun Odense' });
    await addParticipation(app, own.id, aarhus.id, ['LEAD', 'CO_FUNDER']);
    await addParticipation(app, other.id, odense.id, ['LEAD', 'CO_FUNDER']);
    await draft(app, own.id);
    await draft(app, other.id);
    partner = await app.as('PARTNER', aarhus.id);
  });
  afterAll(() => app.close());

  it('lets a partner change its own projects only; a refused change writes nothing', async () => {
    const update = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { title } }`;
    const { updateProject } = await partner.ok(update, { input: { id: own.id, version: own.version, title: 'Aarhus deltager (rettet)' } });
    expect(updateProject.title).toBe('Aarhus deltager (rettet)');
    expectRefused(await partner.gql(update, { input: { id: other.id, version: other.version, title: 'Kapret' } }), 'FORBIDDEN');
    const [row] = await app.dataSource.query(`SELECT title FROM projects WHERE id = $1`, [other.id]);
    expect(row.title).toBe('Kun Odense');
  });

  it('hides other partners’ draft status reports from a partner, through the API', async () => {
    expect((await partner.ok(REPORTS, { id: own.id })).project.statusReports).toHaveLength(1);
    expect((await partner.ok(REPORTS, { id: other.id })).project.statusReports).toEqual([]);
    expect((await app.ok(REPORTS, { id: other.id })).project.statusReports).toHaveLength(1);
  });

  it('hides them even from a raw query that forgot the filter (row-level security)', async () => {
    const user = {
      id: partner.userId,
      email: 'partner@test.invalid',
      name: 'Partner',
      role: 'PARTNER' as const,
      organisationId: partnerOrganisationId,
      memberships: [],
    };
    // A service-layer bug: "SELECT * FROM status_reports" with no partner filter, in a partner's request.
    const leaked: { project_id: string }[] = await runWithContext({ user }, () =>
      app.appDataSource.query(`SELECT project_id FROM status_reports`),
    );
    expect(leaked.map((r) => r.project_id)).toEqual([own.id]);
    // A partner cannot write a report into another partner's project either, even bypassing the service.
    await expect(
      runWithContext({ user }, () =>
        app.appDataSource.query(
          `INSERT INTO status_reports (project_id, period, self_assessed_rag, state) VALUES ($1, '2027-H1', 'GREEN', 'DRAFT')`,
          [other.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // Without any signed-in user nothing is visible.
    expect(await app.appDataSource.query(`SELECT id FROM status_reports`)).toEqual([]);
  });

  it('writes one audit event per changed row in the same transaction, with actor, operation, before and after', async () => {
    const before = Number((await app.dataSource.query(`SELECT max(sequence) AS s FROM audit_events`))[0].s);
    const [current] = await app.dataSource.query(`SELECT version FROM projects WHERE id = $1`, [own.id]);
    await partner.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: { id: own.id, version: current.version, description: 'Revideret' },
    });
    const events = await app.dataSource.query(
      `SELECT u.email AS actor, e.operation, e.action, e.entity_type, e.entity_id, e.before->>'description' AS was, e.after->>'description' AS now
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.sequence > $1`,
      [before],
    );
    // The event names the actor by id (the user register says who: docs/personal-data.md).
    expect(events).toEqual([
      {
        actor: expect.stringMatching(/^partner-/),
        operation: 'mutation updateProject',
        action: 'UPDATE',
        entity_type: 'projects',
        entity_id: own.id,
        was: '',
        now: 'Revideret',
      },
    ]);
    // A refused change leaves no event behind (same transaction).
    const after = Number((await app.dataSource.query(`SELECT max(sequence) AS s FROM audit_events`))[0].s);
    await partner.gql(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: { id: own.id, version: 1, title: 'Forældet version' },
    });
    expect(Number((await app.dataSource.query(`SELECT max(sequence) AS s FROM audit_events`))[0].s)).toBe(after);
  });

  it('lets the app role only append to and read the audit trail', async () => {
    const user = { id: partner.userId, email: 'x', name: 'x', role: 'ADMIN' as const, organisationId: null, memberships: [] };
    await expect(
      runWithContext({ user }, () => app.appDataSource.query(`UPDATE audit_events SET actor_email = 'someone else'`)),
    ).rejects.toThrow(/permission denied/);
    await expect(runWithContext({ user }, () => app.appDataSource.query(`DELETE FROM audit_events`))).rejects.toThrow(/permission denied/);
  });

  it('reports a tampered or deleted event as the first broken sequence number', async () => {
    const auditor = await app.as('AUDITOR');
    const intact = (await auditor.ok(VERIFY)).verifyAuditChain;
    expect(intact).toMatchObject({ ok: true, firstBrokenSequence: null });
    expect(intact.checked).toBeGreaterThan(5);
    // As the database superuser: quietly change one event's "after".
    const [{ sequence }] = await app.dataSource.query(
      `SELECT sequence::text FROM audit_events WHERE entity_type = 'projects' ORDER BY sequence LIMIT 1`,
    );
    await app.dataSource.query(`UPDATE audit_events SET after = jsonb_set(after, '{title}', '"Omskrevet"') WHERE sequence = $1`, [
      sequence,
    ]);
    expect((await auditor.ok(VERIFY)).verifyAuditChain).toMatchObject({
      ok: false,
      firstBrokenSequence: sequence,
      reason: 'the event was changed after it was written',
    });
    // Put it back, then delete a later event: the gap is caught too.
    await app.dataSource.query(
      `UPDATE audit_events SET after = jsonb_set(after, '{title}', to_jsonb((SELECT title FROM projects WHERE id = (after->>'id')::uuid))) WHERE sequence = $1`,
      [sequence],
    );
    const [{ last }] = await app.dataSource.query(`SELECT max(sequence)::text AS last FROM audit_events`);
    await app.dataSource.query(`DELETE FROM audit_events WHERE sequence = $1::bigint - 1`, [last]);
    const broken = (await auditor.ok(VERIFY)).verifyAuditChain;
    expect(broken.ok).toBe(false);
    expect(broken.firstBrokenSequence).toBe(last);
  });
});
