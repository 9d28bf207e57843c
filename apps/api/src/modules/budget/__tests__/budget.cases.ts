import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';
import type { World } from '../../../../test/factories.js';

const ADD = `mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id version amount fiscalYear category funder { id } } }`;
const RECORD = `mutation($input: RecordCostInput!) { recordCost(input: $input) { id version amount date reference payer { id } } }`;

async function addLine(app: TestApp, { project, lead }: World, amount = '2000000.00') {
  return (await app.ok(ADD, { input: { projectId: project.id, fiscalYear: 2025, funderId: lead.id, category: 'DEVELOPMENT', amount } }))
    .addBudgetLine;
}

async function recordCost(app: TestApp, { project, lead }: World) {
  return (
    await app.ok(RECORD, {
      input: {
        projectId: project.id,
        date: '2025-03-31',
        payerId: lead.id,
        category: 'DEVELOPMENT',
        amount: '412337.50',
        reference: 'FAK-2025-0012',
      },
    })
  ).recordCost;
}

async function projectMoney(app: TestApp, projectId: string) {
  return (
    await app.ok(`query($id: ID!) { project(id: $id) { budgetTotal actualCostTotal budgetLines { amount } costActuals { amount } } }`, {
      id: projectId,
    })
  ).project;
}

const GRID = `mutation($input: SaveBudgetGridInput!) { saveBudgetGrid(input: $input) { id version fiscalYear category amount } }`;

export const budgetCases: MutationCases = {
  saveBudgetGrid: {
    async success(app, world) {
      const kept = await addLine(app, world, '1000000.00');
      const removed = (
        await app.ok(ADD, {
          input: { projectId: world.project.id, fiscalYear: 2026, funderId: world.lead.id, category: 'OPERATIONS', amount: '50000.00' },
        })
      ).addBudgetLine;
      const cell = (fiscalYear: number, category: string, amount: string, line?: { id: string; version: number }) => ({
        ...(line && { id: line.id, version: line.version }),
        fiscalYear,
        funderId: world.lead.id,
        category,
        amount,
      });
      const { saveBudgetGrid } = await app.ok(GRID, {
        input: {
          projectId: world.project.id,
          cells: [
            cell(2025, 'DEVELOPMENT', '1250000.50', kept),
            cell(2026, 'OPERATIONS', '0', removed),
            cell(2027, 'INTERNAL_STAFF', '300000.00'),
            cell(2027, 'DEVELOPMENT', '0'),
          ],
        },
      });
      expect(
        saveBudgetGrid.map((l: { fiscalYear: number; category: string; amount: string }) => [l.fiscalYear, l.category, l.amount]),
      ).toEqual([
        [2025, 'DEVELOPMENT', '1250000.50'],
        [2027, 'INTERNAL_STAFF', '300000.00'],
      ]);
      expect((await projectMoney(app, world.project.id)).budgetTotal).toBe('1550000.50');
    },
    async invalid(app, world) {
      const line = await addLine(app, world, '1000000.00');
      // Someone else changes the line after this client read it: the grid save writes nothing.
      await app.ok(`mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { id } }`, {
        input: { id: line.id, version: line.version, amount: '900000.00' },
      });
      const stale = await app.gql(GRID, {
        input: {
          projectId: world.project.id,
          cells: [
            { fiscalYear: 2027, funderId: world.lead.id, category: 'OPERATIONS', amount: '7.00' },
            {
              id: line.id,
              version: line.version,
              fiscalYear: 2025,
              funderId: world.lead.id,
              category: 'DEVELOPMENT',
              amount: '1100000.00',
            },
          ],
        },
      });
      expectRefused(stale, 'CONFLICT');
      expect((await projectMoney(app, world.project.id)).budgetLines).toEqual([{ amount: '900000.00' }]);
      const outsider = await app.gql(GRID, {
        input: {
          projectId: world.project.id,
          cells: [{ fiscalYear: 2027, funderId: world.outsider.id, category: 'OPERATIONS', amount: '7.00' }],
        },
      });
      expectRefused(outsider, 'BAD_USER_INPUT', 'input.cells.0.funderId');
    },
  },

  addBudgetLine: {
    async success(app, world) {
      const line = await addLine(app, world);
      expect(line).toMatchObject({ amount: '2000000.00', fiscalYear: 2025, category: 'DEVELOPMENT', funder: { id: world.lead.id } });
      await app.ok(ADD, {
        input: { projectId: world.project.id, fiscalYear: 2026, funderId: world.lead.id, category: 'OPERATIONS', amount: '0.10' },
      });
      await app.ok(ADD, {
        input: { projectId: world.project.id, fiscalYear: 2026, funderId: world.lead.id, category: 'INTERNAL_STAFF', amount: '0.20' },
      });
      // Exact decimal sum: 2,000,000.00 + 0.10 + 0.20, no float drift.
      expect((await projectMoney(app, world.project.id)).budgetTotal).toBe('2000000.30');
    },
    async invalid(app, { project, lead, outsider }) {
      expectRefused(
        await app.gql(ADD, {
          input: { projectId: project.id, fiscalYear: 2025, funderId: lead.id, category: 'DEVELOPMENT', amount: '-5.00' },
        }),
        'BAD_USER_INPUT',
        'input.amount',
      );
      expectRefused(
        await app.gql(ADD, {
          input: { projectId: project.id, fiscalYear: 1999, funderId: lead.id, category: 'DEVELOPMENT', amount: '5.00' },
        }),
        'BAD_USER_INPUT',
        'input.fiscalYear',
      );
      expectRefused(
        await app.gql(ADD, {
          input: { projectId: project.id, fiscalYear: 2025, funderId: outsider.id, category: 'DEVELOPMENT', amount: '5.00' },
        }),
        'BAD_USER_INPUT',
        'input.funderId',
      );
      const float = await app.gql(
        `mutation($p: ID!, $f: ID!) { addBudgetLine(input: { projectId: $p, fiscalYear: 2025, funderId: $f, category: DEVELOPMENT, amount: 5.5 }) { id } }`,
        { p: project.id, f: lead.id },
      );
      expect(float.errors?.[0]?.message).toMatch(/Decimal literals must be strings/);
      expect((await projectMoney(app, project.id)).budgetLines).toEqual([]);
    },
  },
  updateBudgetLine: {
    async success(app, world) {
      const line = await addLine(app, world);
      const { updateBudgetLine } = await app.ok(
        `mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { amount version } }`,
        {
          input: { id: line.id, version: line.version, amount: '2100000.00' },
        },
      );
      expect(updateBudgetLine).toEqual({ amount: '2100000.00', version: 2 });
    },
    async invalid(app, world) {
      const line = await addLine(app, world);
      const result = await app.gql(`mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { id } }`, {
        input: { id: line.id, version: line.version, amount: '1.001' },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.amount');
    },
  },
  deleteBudgetLine: {
    async success(app, world) {
      const line = await addLine(app, world);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteBudgetLine(id: $id, version: $v) }`, { id: line.id, v: line.version });
      expect((await projectMoney(app, world.project.id)).budgetTotal).toBe('0.00');
    },
    async invalid(app, world) {
      const line = await addLine(app, world);
      expectRefused(await app.gql(`mutation($id: ID!) { deleteBudgetLine(id: $id, version: 2) }`, { id: line.id }), 'CONFLICT');
      expect((await projectMoney(app, world.project.id)).budgetTotal).toBe('2000000.00');
    },
  },
  recordCost: {
    async success(app, world) {
      const cost = await recordCost(app, world);
      expect(cost).toMatchObject({ amount: '412337.50', date: '2025-03-31', reference: 'FAK-2025-0012', payer: { id: world.lead.id } });
      await app.ok(RECORD, {
        input: {
          projectId: world.project.id,
          date: '2025-04-15',
          payerId: world.lead.id,
          category: 'DEVELOPMENT',
          amount: '-12337.50',
          reference: 'KREDIT-1',
        },
      });
      expect((await projectMoney(app, world.project.id)).actualCostTotal).toBe('400000.00');
      // An optional text sent as null is stored empty, not refused.
      const { recordCost: noReference } = await app.ok(RECORD, {
        input: {
          projectId: world.project.id,
          date: '2025-04-30',
          payerId: world.lead.id,
          category: 'OPERATIONS',
          amount: '1.00',
          reference: null,
        },
      });
      expect(noReference.reference).toBe('');
    },
    async invalid(app, { project, lead }) {
      expectRefused(
        await app.gql(RECORD, {
          input: { projectId: project.id, date: '2025-03-31', payerId: lead.id, category: 'DEVELOPMENT', amount: '0.00' },
        }),
        'BAD_USER_INPUT',
        'input.amount',
      );
      const badDate = await app.gql(RECORD, {
        input: { projectId: project.id, date: '31-03-2025', payerId: lead.id, category: 'DEVELOPMENT', amount: '1.00' },
      });
      expect(badDate.errors?.[0]?.message).toMatch(/LocalDate/);
    },
  },
  updateCostActual: {
    async success(app, world) {
      const cost = await recordCost(app, world);
      const { updateCostActual } = await app.ok(
        `mutation($input: UpdateCostActualInput!) { updateCostActual(input: $input) { reference category version } }`,
        {
          input: { id: cost.id, version: cost.version, reference: 'FAK-2025-0013', category: 'OPERATIONS' },
        },
      );
      expect(updateCostActual).toEqual({ reference: 'FAK-2025-0013', category: 'OPERATIONS', version: 2 });
    },
    async invalid(app, world) {
      const cost = await recordCost(app, world);
      const result = await app.gql(`mutation($input: UpdateCostActualInput!) { updateCostActual(input: $input) { id } }`, {
        input: { id: cost.id, version: cost.version, payerId: world.outsider.id },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.payerId');
    },
  },
  deleteCostActual: {
    async success(app, world) {
      const cost = await recordCost(app, world);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteCostActual(id: $id, version: $v) }`, { id: cost.id, v: cost.version });
      expect((await projectMoney(app, world.project.id)).costActuals).toEqual([]);
    },
    async invalid(app) {
      expectRefused(await app.gql(`mutation { deleteCostActual(id: "00000000-0000-4000-8000-000000000001", version: 1) }`), 'NOT_FOUND');
    },
  },
};
