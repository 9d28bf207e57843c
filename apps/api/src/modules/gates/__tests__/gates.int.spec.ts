import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createWorld } from '../../../../test/factories.js';
import { closeProject, decide, DECIDE, gateCases, SUBMIT_REPORT, withBusinessCase } from './gates.cases.js';

describe('phase gates and benefit reports (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(gateCases, { app: () => app });

  it('refuses a phase change without a gate decision, and a rejected or deferred gate leaves the phase', async () => {
    const world = await createWorld(app);
    const change = await app.gql(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { phase } }`, {
      input: { id: world.project.id, version: world.project.version, phase: 'APPROVED' },
    });
    expect(change.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    await withBusinessCase(app, world);
    for (const decision of ['REJECTED', 'DEFERRED']) {
      const { decideGate } = await app.ok(DECIDE, {
        input: { projectId: world.project.id, toPhase: 'APPROVED', decision, minutes: 'Styregruppen ønsker en bedre gevinstanalyse.' },
      });
      expect(decideGate.decision).toBe(decision);
    }
    expect(
      (
        await app.ok(
          `query($id: ID!) { project(id: $id) { phase gateDecisions { decision } nextGates { toPhase checklist { item met automatic } } } }`,
          { id: world.project.id },
        )
      ).project,
    ).toEqual({
      phase: 'PROPOSED',
      gateDecisions: [{ decision: 'DEFERRED' }, { decision: 'REJECTED' }],
      nextGates: [
        { toPhase: 'APPROVED', checklist: [{ item: 'APPROVED_BUSINESS_CASE', met: true, automatic: true }] },
        { toPhase: 'CANCELLED', checklist: [] },
      ],
    });
  });

  it('a programme checklist item the gate must tick, and EXECUTION needs an approved baseline', async () => {
    const world = await createWorld(app);
    const { updateProgramme } = await app.ok(
      `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { gateChecklists { toPhase items } } }`,
      {
        input: {
          id: world.programme.id,
          version: world.programme.version,
          gateChecklists: [{ toPhase: 'APPROVED', items: ['APPROVED_BUSINESS_CASE', 'Risikovurdering drøftet'] }],
        },
      },
    );
    expect(updateProgramme.gateChecklists).toEqual([
      { toPhase: 'APPROVED', items: ['APPROVED_BUSINESS_CASE', 'Risikovurdering drøftet'] },
      { toPhase: 'EXECUTION', items: ['APPROVED_BASELINE'] },
      { toPhase: 'ROLLOUT', items: ['ADOPTION_PLAN'] },
      { toPhase: 'CLOSED', items: ['FINAL_STATUS_REPORT'] },
    ]);
    await withBusinessCase(app, world);
    const unticked = await decide(app, world.project.id, 'APPROVED');
    expect(unticked.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'input.checklist',
      reason: expect.stringContaining('Risikovurdering drøftet'),
    });
    const unknown = await decide(app, world.project.id, 'APPROVED', 'APPROVED', [{ item: 'Noget andet', met: true }]);
    expect(unknown.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.checklist.0.item');
    const { decideGate } = await app.ok(DECIDE, {
      input: {
        projectId: world.project.id,
        toPhase: 'APPROVED',
        decision: 'APPROVED',
        minutes: 'Risikovurderingen er drøftet og godkendt.',
        checklist: [{ item: 'Risikovurdering drøftet', met: true }],
      },
    });
    expect(decideGate.checklist).toEqual([
      { item: 'APPROVED_BUSINESS_CASE', met: true, automatic: true },
      { item: 'Risikovurdering drøftet', met: true, automatic: false },
    ]);
    // A gate cannot tick an automatic item: without a baseline, EXECUTION is refused even if "met" is claimed.
    const noBaseline = await decide(app, world.project.id, 'EXECUTION', 'APPROVED', [{ item: 'APPROVED_BASELINE', met: true }]);
    expect(noBaseline.errors?.[0]?.extensions?.fields?.[0]?.reason).toContain('APPROVED_BASELINE');
  });

  it('refuses a checklist for CANCELLED, a phase twice and an item twice, naming the field', async () => {
    const world = await createWorld(app);
    const update = (gateChecklists: unknown) =>
      app.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`, {
        input: { id: world.programme.id, version: world.programme.version, gateChecklists },
      });
    const field = (r: { errors?: { extensions?: { fields?: { field: string }[] } }[] }) => r.errors?.[0]?.extensions?.fields?.[0]?.field;
    expect(field(await update([{ toPhase: 'CANCELLED', items: ['x'] }]))).toBe('input.gateChecklists.0.toPhase');
    expect(
      field(
        await update([
          { toPhase: 'CLOSED', items: ['a'] },
          { toPhase: 'CLOSED', items: ['b'] },
        ]),
      ),
    ).toBe('input.gateChecklists.1.toPhase');
    expect(field(await update([{ toPhase: 'CLOSED', items: ['Slutrapport', 'Slutrapport '] }]))).toBe('input.gateChecklists.0.items');
  });

  it('50 parallel approvals of the same gate move the project once', async () => {
    const world = await createWorld(app);
    await withBusinessCase(app, world);
    const results = await Promise.all(Array.from({ length: 50 }, () => decide(app, world.project.id, 'APPROVED')));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(new Set(results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []))).toEqual(new Set(['INVALID_TRANSITION']));
    const { project } = await app.ok(`query($id: ID!) { project(id: $id) { phase gateDecisions { id } } }`, { id: world.project.id });
    expect(project.phase).toBe('APPROVED');
    expect(project.gateDecisions).toHaveLength(1);
  });

  it('a closed project owes its benefit report 12 months after the actual end; overdue ones are on the dashboard until it comes', async () => {
    const world = await createWorld(app);
    await closeProject(app, world, '2025-03-31');
    const overdue = async () =>
      (
        await app.ok(`query($p: ID!) { portfolioSummary(programmeId: $p) { overdueBenefitReports { code dueDate } } }`, {
          p: world.programme.id,
        })
      ).portfolioSummary.overdueBenefitReports;
    expect(await overdue()).toEqual([{ code: world.project.code, dueDate: '2026-03-31' }]);
    expect(
      (await app.ok(`query($id: ID!) { project(id: $id) { phase benefitReportDueDate nextGates { toPhase } } }`, { id: world.project.id }))
        .project,
    ).toEqual({ phase: 'CLOSED', benefitReportDueDate: '2026-03-31', nextGates: [] });
    const parallel = await Promise.all(
      Array.from({ length: 10 }, () =>
        app.gql(SUBMIT_REPORT, {
          input: { projectId: world.project.id, narrative: 'Gevinsterne er realiseret i de deltagende kommuner.' },
        }),
      ),
    );
    expect(parallel.filter((r) => !r.errors)).toHaveLength(1);
    expect(await overdue()).toEqual([]);
  });
});
