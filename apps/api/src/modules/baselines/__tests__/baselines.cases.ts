import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

export const APPROVE = `mutation($p: ID!, $r: String!) { approveBaseline(projectId: $p, reason: $r) { id baselineNumber reason totalCost endDate budgetLines { fiscalYear amount } milestones { title } } }`;

export const baselineCases: MutationCases = {
  approveBaseline: {
    async success(app, { project, lead }) {
      await app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
        input: { projectId: project.id, fiscalYear: 2026, funderId: lead.id, category: 'DEVELOPMENT', amount: '1250000.50' },
      });
      const { approveBaseline } = await app.ok(APPROVE, { p: project.id, r: 'Projektgrundlag godkendt af styregruppen' });
      expect(approveBaseline).toMatchObject({
        baselineNumber: 1,
        totalCost: '1250000.50',
        budgetLines: [{ fiscalYear: 2026, amount: '1250000.50' }],
      });
      const second = (await app.ok(APPROVE, { p: project.id, r: 'Genbaselineret efter udvidelse' })).approveBaseline;
      expect(second.baselineNumber).toBe(2);
      const { project: read } = await app.ok(
        `query($id: ID!) { project(id: $id) { baselines { baselineNumber } currentBaseline { baselineNumber } } }`,
        { id: project.id },
      );
      expect(read).toEqual({ baselines: [{ baselineNumber: 2 }, { baselineNumber: 1 }], currentBaseline: { baselineNumber: 2 } });
    },
    async invalid(app, { project }) {
      expectRefused(await app.gql(APPROVE, { p: project.id, r: 'ok' }), 'BAD_USER_INPUT', 'reason');
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { baselines { id } } }`, { id: project.id });
      expect(read.baselines).toEqual([]);
    },
  },
};
