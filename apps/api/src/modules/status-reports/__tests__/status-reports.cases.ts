import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

const FIELDS = `id version state period selfAssessedRag narrative returnReason cost { computed override overrideReason effective } schedule { computed effective } benefit { computed effective }`;
export const CREATE = `mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { ${FIELDS} } }`;
const move = (name: string) => `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $v: Int!, $r: String!) { returnStatusReport(id: $id, version: $v, reason: $r) { ${FIELDS} } }`;

export async function draft(app: TestApp, projectId: string, period = '2026-H1') {
  return (
    await app.ok(CREATE, {
      input: { projectId, period, selfAssessedRag: 'GREEN', deliveryConfidence: 'AMBER_GREEN', narrative: 'Planen holder.' },
    })
  ).createStatusReport;
}

const RATE = `mutation($id: ID!, $v: Int!, $c: DeliveryConfidence!, $m: String!) { rateStatusReport(id: $id, version: $v, confidence: $c, comment: $m) { ${FIELDS} deliveryConfidence officeConfidence officeConfidenceComment } }`;

/** The programme office's rating, which approval needs. */
export async function rated(app: TestApp, report: { id: string; version: number }, confidence = 'AMBER') {
  return (await app.ok(RATE, { id: report.id, v: report.version, c: confidence, m: 'Gevinstgrundlaget er usikkert' })).rateStatusReport;
}

async function submitted(app: TestApp, projectId: string, period = '2026-H1') {
  const report = await draft(app, projectId, period);
  return (await app.ok(move('submitStatusReport'), { id: report.id, v: report.version })).submitStatusReport;
}

export const statusReportCases: MutationCases = {
  createStatusReport: {
    async success(app, { project }) {
      const report = (
        await app.ok(CREATE, {
          input: {
            projectId: project.id,
            period: '2026-H1',
            selfAssessedRag: 'AMBER',
            overrides: [{ dimension: 'COST', rag: 'GREEN', reason: 'Merforbrug dækkes af reserven' }],
          },
        })
      ).createStatusReport;
      expect(report).toMatchObject({
        state: 'DRAFT',
        period: '2026-H1',
        selfAssessedRag: 'AMBER',
        cost: { override: 'GREEN', overrideReason: 'Merforbrug dækkes af reserven', effective: 'GREEN' },
      });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { statusReports { id period } } }`, { id: project.id });
      expect(read.statusReports).toEqual([{ id: report.id, period: '2026-H1' }]);
    },
    async invalid(app, { project }) {
      expectRefused(
        await app.gql(CREATE, { input: { projectId: project.id, period: '2026-Q1', selfAssessedRag: 'GREEN' } }),
        'BAD_USER_INPUT',
        'input.period',
      );
      const noReason = await app.gql(CREATE, {
        input: {
          projectId: project.id,
          period: '2026-H1',
          selfAssessedRag: 'GREEN',
          overrides: [{ dimension: 'COST', rag: 'GREEN', reason: '' }],
        },
      });
      expectRefused(noReason, 'BAD_USER_INPUT', 'input.overrides.0.reason');
    },
  },
  updateStatusReport: {
    async success(app, { project }) {
      const report = await draft(app, project.id);
      const { updateStatusReport } = await app.ok(
        `mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) { version narrative selfAssessedRag cost { override } } }`,
        {
          input: { id: report.id, version: report.version, narrative: 'Forsinket udbud.', selfAssessedRag: 'AMBER', overrides: [] },
        },
      );
      expect(updateStatusReport).toEqual({ version: 2, narrative: 'Forsinket udbud.', selfAssessedRag: 'AMBER', cost: { override: null } });
    },
    async invalid(app, { project }) {
      const report = await submitted(app, project.id);
      const result = await app.gql(`mutation($input: UpdateStatusReportInput!) { updateStatusReport(input: $input) { id } }`, {
        input: { id: report.id, version: report.version, narrative: 'Ændret efter indsendelse' },
      });
      expectRefused(result, 'INVALID_TRANSITION');
    },
  },
  submitStatusReport: {
    async success(app, { project }) {
      expect(await submitted(app, project.id)).toMatchObject({ state: 'SUBMITTED', version: 2 });
    },
    async invalid(app, { project }) {
      const report = await submitted(app, project.id);
      expectRefused(await app.gql(move('submitStatusReport'), { id: report.id, v: report.version }), 'INVALID_TRANSITION');
    },
  },
  rateStatusReport: {
    async success(app, { project }) {
      const report = await rated(app, await submitted(app, project.id));
      expect(report).toMatchObject({
        state: 'SUBMITTED',
        deliveryConfidence: 'AMBER_GREEN',
        officeConfidence: 'AMBER',
        officeConfidenceComment: 'Gevinstgrundlaget er usikkert',
        version: 3,
      });
    },
    async invalid(app, { project }) {
      const report = await draft(app, project.id);
      expectRefused(await app.gql(RATE, { id: report.id, v: report.version, c: 'AMBER', m: 'For tidligt' }), 'INVALID_TRANSITION');
    },
  },
  approveStatusReport: {
    async success(app, { project }) {
      const report = await rated(app, await submitted(app, project.id));
      expect((await app.ok(move('approveStatusReport'), { id: report.id, v: report.version })).approveStatusReport).toMatchObject({
        state: 'APPROVED',
        version: 4,
      });
    },
    async invalid(app, { project }) {
      const report = await draft(app, project.id);
      expectRefused(await app.gql(move('approveStatusReport'), { id: report.id, v: report.version }), 'INVALID_TRANSITION');
      // Submitted but not rated by the programme office: not yet.
      const unrated = await submitted(app, project.id, '2026-H2');
      expectRefused(
        await app.gql(move('approveStatusReport'), { id: unrated.id, v: unrated.version }),
        'BAD_USER_INPUT',
        'officeConfidence',
      );
    },
  },
  returnStatusReport: {
    async success(app, { project }) {
      const report = await submitted(app, project.id);
      const returned = (await app.ok(RETURN, { id: report.id, v: report.version, r: 'Vedlæg dokumentation for gevinsterne' }))
        .returnStatusReport;
      expect(returned).toMatchObject({ state: 'RETURNED', returnReason: 'Vedlæg dokumentation for gevinsterne' });
      // The author edits and submits again.
      const resubmitted = (await app.ok(move('submitStatusReport'), { id: report.id, v: returned.version })).submitStatusReport;
      expect(resubmitted.state).toBe('SUBMITTED');
    },
    async invalid(app, { project }) {
      const report = await submitted(app, project.id);
      expectRefused(await app.gql(RETURN, { id: report.id, v: report.version, r: '' }), 'BAD_USER_INPUT', 'reason');
    },
  },
};
