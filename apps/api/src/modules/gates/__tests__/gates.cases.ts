import { addBudgetLine, addBenefit } from '../../../../test/factories.js';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';
import type { World } from '../../../../test/factories.js';

export const DECIDE = `mutation($input: DecideGateInput!) { decideGate(input: $input) { id fromPhase toPhase decision minutes checklist { item met automatic } decidedBy { email } decidedAt } }`;
const MINUTES = 'Styregruppemøde 2026-11-30: business casen er gennemgået og godkendt.';
export const SUBMIT_REPORT = `mutation($input: SubmitBenefitReportInput!) { submitBenefitReport(input: $input) { id dueDate narrative late figures { currency plannedBenefit realisedBenefit years { fiscalYear } } submittedBy { email } } }`;

/** A business case to approve: a budget line and a target. */
export async function withBusinessCase(app: TestApp, world: World): Promise<void> {
  await addBudgetLine(app, world.project.id, world.lead.id, 2026, '1000000.00');
  await addBenefit(app, world.project.id, world.municipality.id);
}

export async function decide(
  app: TestApp,
  projectId: string,
  toPhase: string,
  decision = 'APPROVED',
  checklist: { item: string; met: boolean }[] = [],
) {
  return app.gql(DECIDE, { input: { projectId, toPhase, decision, minutes: MINUTES, checklist } });
}

/** Moves a project through the gates to CLOSED with an actual end, as the programme office would. */
export async function closeProject(app: TestApp, world: World, actualEnd: string): Promise<void> {
  await withBusinessCase(app, world);
  await app.ok(DECIDE, { input: { projectId: world.project.id, toPhase: 'APPROVED', decision: 'APPROVED', minutes: MINUTES } });
  await app.ok(`mutation($p: ID!) { approveBaseline(projectId: $p, reason: "Projektgrundlag godkendt") { id } }`, { p: world.project.id });
  await app.ok(DECIDE, { input: { projectId: world.project.id, toPhase: 'EXECUTION', decision: 'APPROVED', minutes: MINUTES } });
  await app.ok(`mutation($input: AddAdoptionInput!) { addAdoption(input: $input) { id } }`, {
    input: { projectId: world.project.id, organisationId: world.municipality.id },
  });
  await app.ok(DECIDE, { input: { projectId: world.project.id, toPhase: 'ROLLOUT', decision: 'APPROVED', minutes: MINUTES } });
  const { project } = await app.ok(`query($id: ID!) { project(id: $id) { version } }`, { id: world.project.id });
  await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
    input: {
      id: world.project.id,
      version: project.version,
      plannedStart: '2024-01-01',
      plannedEnd: actualEnd,
      actualStart: '2024-01-01',
      actualEnd,
    },
  });
  const half = `${actualEnd.slice(0, 4)}-H${Number(actualEnd.slice(5, 7)) <= 6 ? 1 : 2}`;
  const report = (
    await app.ok(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id version } }`, {
      input: {
        projectId: world.project.id,
        period: half,
        selfAssessedRag: 'GREEN',
        deliveryConfidence: 'GREEN',
        costVarianceExplanation: 'Afsluttet inden for rammen.',
        benefitVarianceExplanation: 'Gevinsterne følger planen.',
        scheduleVarianceExplanation: 'Afsluttet til tiden.',
      },
    })
  ).createStatusReport;
  const submitted = (
    await app.ok(`mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { version } }`, {
      id: report.id,
      v: report.version,
    })
  ).submitStatusReport;
  const rated = (
    await app.ok(
      `mutation($id: ID!, $v: Int!) { rateStatusReport(id: $id, version: $v, confidence: GREEN, comment: "Afsluttet") { version } }`,
      { id: report.id, v: submitted.version },
    )
  ).rateStatusReport;
  await app.ok(`mutation($id: ID!, $v: Int!) { approveStatusReport(id: $id, version: $v) { id } }`, { id: report.id, v: rated.version });
  await app.ok(DECIDE, { input: { projectId: world.project.id, toPhase: 'CLOSED', decision: 'APPROVED', minutes: MINUTES } });
}

export const gateCases: MutationCases = {
  decideGate: {
    async success(app, world) {
      await withBusinessCase(app, world);
      const { decideGate } = await app.ok(DECIDE, {
        input: { projectId: world.project.id, toPhase: 'APPROVED', decision: 'APPROVED', minutes: MINUTES },
      });
      expect(decideGate).toMatchObject({
        fromPhase: 'PROPOSED',
        toPhase: 'APPROVED',
        decision: 'APPROVED',
        checklist: [{ item: 'APPROVED_BUSINESS_CASE', met: true, automatic: true }],
      });
      const { project } = await app.ok(`query($id: ID!) { project(id: $id) { phase gateDecisions { id } } }`, { id: world.project.id });
      expect(project).toEqual({ phase: 'APPROVED', gateDecisions: [{ id: decideGate.id }] });
    },
    async invalid(app, world) {
      // No business case entered: the gate cannot approve, and the project stays PROPOSED.
      expectRefused(await decide(app, world.project.id, 'APPROVED'), 'BAD_USER_INPUT', 'input.checklist');
      expectRefused(await decide(app, world.project.id, 'EXECUTION'), 'INVALID_TRANSITION');
      expectRefused(
        await app.gql(DECIDE, { input: { projectId: world.project.id, toPhase: 'APPROVED', decision: 'APPROVED', minutes: 'ok' } }),
        'BAD_USER_INPUT',
        'input.minutes',
      );
      expect(
        (await app.ok(`query($id: ID!) { project(id: $id) { phase gateDecisions { id } } }`, { id: world.project.id })).project,
      ).toEqual({ phase: 'PROPOSED', gateDecisions: [] });
    },
  },
  submitBenefitReport: {
    async success(app, world) {
      await closeProject(app, world, '2025-06-30');
      const { submitBenefitReport } = await app.ok(SUBMIT_REPORT, {
        input: { projectId: world.project.id, narrative: 'Gevinsterne er realiseret som planlagt i kommunerne.' },
      });
      expect(submitBenefitReport).toMatchObject({
        dueDate: '2026-06-30',
        late: true,
        figures: { currency: 'DKK', plannedBenefit: '2000000.00' },
      });
    },
    async invalid(app, world) {
      expectRefused(
        await app.gql(SUBMIT_REPORT, { input: { projectId: world.project.id, narrative: 'Projektet er ikke afsluttet endnu.' } }),
        'INVALID_TRANSITION',
      );
      expectRefused(
        await app.gql(SUBMIT_REPORT, { input: { projectId: world.project.id, narrative: 'kort' } }),
        'BAD_USER_INPUT',
        'input.narrative',
      );
    },
  },
};
