import { Decimal } from '@tvaers/domain';
import { addBenefit, addParticipation, createOrganisation, createProgramme, createProject } from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { importFile, upload } from '../../imports/__tests__/import-files.js';

const SIMULATION = `query($id: ID!, $n: Int, $seed: Int) {
  businessCase(projectId: $id) { npv simulation(iterations: $n, seed: $seed) { iterations seed npv p10 p50 p90 mean probabilityPositive uncertainLines histogram { from to count } } }
}`;

describe('risk-adjusted business case through the API', () => {
  let app: TestApp;
  let programmeId: string;
  let state: { id: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    programmeId = (await createProgramme(app)).id;
    state = await createOrganisation(app, 'STATE', 'Styrelsen');
  });
  afterAll(() => app.close());

  /** The docs/domain.md worked example as a project; `spread` adds ranges to one budget line and one target. */
  async function workedProject(spread: boolean) {
    const project = await createProject(app, programmeId);
    await addParticipation(app, project.id, state.id, ['LEAD', 'BENEFIT_RECEIVER']);
    const line = (year: number, amount: string, range?: [string, string]) =>
      app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id version low high } }`, {
        input: {
          projectId: project.id,
          fiscalYear: year,
          funderId: state.id,
          category: 'DEVELOPMENT',
          amount,
          ...(range ? { low: range[0], high: range[1] } : {}),
        },
      });
    await line(2025, '2000000.00', spread ? ['1800000.00', '3000000.00'] : undefined);
    await line(2026, '1000000.00');
    await line(2027, '200000.00');
    await addBenefit(app, project.id, state.id, {
      targets: [
        { fiscalYear: 2026, value: '500000.00', ...(spread ? { low: '200000.00', high: '550000.00' } : {}) },
        { fiscalYear: 2027, value: '1500000.00' },
        { fiscalYear: 2028, value: '1500000.00' },
      ],
    });
    await addBenefit(app, project.id, state.id, { kind: 'NON_CASH', unit: 'HOURS', targets: [{ fiscalYear: 2027, value: '2000' }] });
    await addBenefit(app, project.id, state.id, { kind: 'DIS_BENEFIT', targets: [{ fiscalYear: 2026, value: '100000.00' }] });
    return project;
  }

  it('without any spread, P10 = P50 = P90 = the NPV to the øre', async () => {
    const project = await workedProject(false);
    const { businessCase } = await app.ok(SIMULATION, { id: project.id, n: 500, seed: 1 });
    expect(businessCase.npv).toBe('698139.51');
    expect(businessCase.simulation).toMatchObject({
      iterations: 500,
      seed: 1,
      npv: '698139.51',
      p10: '698139.51',
      p50: '698139.51',
      p90: '698139.51',
      mean: '698139.51',
      probabilityPositive: '1.0000',
      uncertainLines: 0,
    });
  });

  it('with ranges: deterministic per seed, ordered percentiles, the mean where PERT puts it', async () => {
    const project = await workedProject(true);
    const first = (await app.ok(SIMULATION, { id: project.id, n: 20000, seed: 7 })).businessCase.simulation;
    const again = (await app.ok(SIMULATION, { id: project.id, n: 20000, seed: 7 })).businessCase.simulation;
    expect(again).toEqual(first);
    expect((await app.ok(SIMULATION, { id: project.id, n: 20000, seed: 8 })).businessCase.simulation.p50).not.toBe(first.p50);
    expect(first.uncertainLines).toBe(2);
    expect(new Decimal(first.p10).lessThan(first.p50) && new Decimal(first.p50).lessThan(first.p90)).toBe(true);
    // Worked in libs/domain: PERT means shift the NPV to 524,742.07.
    expect(new Decimal(first.mean).minus('524742.07').abs().lessThan(6000)).toBe(true);
    expect(first.histogram.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(20000);
    // The default is 10,000 iterations with seed 2026.
    const defaults = (
      await app.ok(`query($id: ID!) { businessCase(projectId: $id) { simulation { iterations seed } } }`, { id: project.id })
    ).businessCase.simulation;
    expect(defaults).toEqual({ iterations: 10000, seed: 2026 });
  });

  it('refuses iteration counts and seeds out of range, naming the argument', async () => {
    const project = await workedProject(false);
    for (const [n, seed, field] of [
      [0, 1, 'iterations'],
      [100001, 1, 'iterations'],
      [10, -1, 'seed'],
    ] as const) {
      const error = errorOf(await app.gql(SIMULATION, { id: project.id, n, seed }));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toContain(field);
    }
  });

  it('checks three-point estimates on budget lines and targets, naming the field; nothing is written', async () => {
    const project = await workedProject(false);
    const add = (input: Record<string, unknown>) =>
      app.gql(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
        input: { projectId: project.id, fiscalYear: 2026, funderId: state.id, category: 'OPERATIONS', amount: '100.00', ...input },
      });
    expect(errorOf(await add({ low: '100.01' })).fields).toEqual(['input.low']);
    expect(errorOf(await add({ high: '99.99' })).fields).toEqual(['input.high']);
    expect(errorOf(await add({ high: '99999999999999999999.00' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await add({ low: '-1.00' })).code).toBe('BAD_USER_INPUT');
    const { project: p } = await app.ok(
      `query($id: ID!) { project(id: $id) { budgetLines { id version fiscalYear amount low high } benefits { id version targets { fiscalYear value low high } } } }`,
      { id: project.id },
    );
    expect(p.budgetLines).toHaveLength(3);
    // Changing the amount outside the kept range is refused; moving both together is fine.
    const line = p.budgetLines.find((l: { fiscalYear: number }) => l.fiscalYear === 2026);
    const update = (input: Record<string, unknown>) =>
      app.gql(`mutation($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { version amount low high } }`, {
        input: { id: line.id, version: line.version, ...input },
      });
    const ranged = (await update({ low: '900000.00', high: '1200000.00' })).data!.updateBudgetLine;
    expect(ranged).toMatchObject({ amount: '1000000.00', low: '900000.00', high: '1200000.00' });
    line.version = ranged.version;
    expect(errorOf(await update({ amount: '1300000.00' })).fields).toEqual(['input.high']);
    const grid = await app.gql(`mutation($input: SaveBudgetGridInput!) { saveBudgetGrid(input: $input) { id } }`, {
      input: {
        projectId: project.id,
        cells: [{ id: line.id, version: line.version, fiscalYear: 2026, funderId: state.id, category: 'DEVELOPMENT', amount: '800000.00' }],
      },
    });
    expect(errorOf(grid).fields).toEqual(['input.cells.0.amount']);
    // The grid may carry the range too (the estimates editor saves all lines in one transaction).
    const cell = { id: line.id, version: line.version, fiscalYear: 2026, funderId: state.id, category: 'DEVELOPMENT', amount: '800000.00' };
    const bad = await app.gql(`mutation($input: SaveBudgetGridInput!) { saveBudgetGrid(input: $input) { id } }`, {
      input: { projectId: project.id, cells: [{ ...cell, low: '850000.00' }] },
    });
    expect(errorOf(bad).fields).toEqual(['input.cells.0.low']);
    const viaGrid = await app.ok(
      `mutation($input: SaveBudgetGridInput!) { saveBudgetGrid(input: $input) { id version amount low high } }`,
      { input: { projectId: project.id, cells: [{ ...cell, low: '700000.00', high: null }] } },
    );
    const gridLine = viaGrid.saveBudgetGrid.find((l: { id: string }) => l.id === line.id);
    expect(gridLine).toMatchObject({ amount: '800000.00', low: '700000.00', high: null });
    line.version = gridLine.version;
    await update({ amount: '1000000.00', low: '900000.00', high: '1200000.00' });
    line.version += 1;
    expect((await update({ amount: '1300000.00', high: '1500000.00' })).data!.updateBudgetLine).toMatchObject({
      amount: '1300000.00',
      low: '900000.00',
      high: '1500000.00',
    });
    // Targets: low ≤ value ≤ high; a forecast has no range.
    const benefit = p.benefits[0];
    const updateBenefit = (input: Record<string, unknown>) =>
      app.gql(`mutation($input: UpdateBenefitInput!) { updateBenefit(input: $input) { version targets { fiscalYear value low high } } }`, {
        input: { id: benefit.id, version: benefit.version, ...input },
      });
    expect(errorOf(await updateBenefit({ targets: [{ fiscalYear: 2026, value: '10', low: '11' }] })).fields).toEqual([
      'input.targets.0.low',
    ]);
    expect(errorOf(await updateBenefit({ forecasts: [{ fiscalYear: 2026, value: '10', high: '11' }] })).fields).toEqual([
      'input.forecasts.0.high',
    ]);
    const saved = (await updateBenefit({ targets: [{ fiscalYear: 2026, value: '10', low: '5', high: '11' }] })).data!.updateBenefit;
    expect(saved.targets).toEqual([{ fiscalYear: 2026, value: '10.0000', low: '5.0000', high: '11.0000' }]);
  });

  it('refuses a spreadsheet amount outside a range kept in Tværs, naming the cell, and writes nothing', async () => {
    const project = await workedProject(true);
    const { project: p } = await app.ok(
      `query($id: ID!) { project(id: $id) { code budgetLines { fiscalYear amount low high funder { identifier } } } }`,
      { id: project.id },
    );
    const ranged = p.budgetLines.find((l: { low: string | null }) => l.low !== null);
    const office = await app.as('PROGRAMME_OFFICE');
    const file = await importFile({
      budget: [
        { projectCode: p.code, fiscalYear: ranged.fiscalYear, funder: ranged.funder.identifier, category: 'DEVELOPMENT', amount: 1000000 },
      ],
    });
    const result = await (await upload(app, office.token, programmeId, file)).json();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({
        sheet: 'Budget',
        cell: 'E2',
        column: 'Amount',
        reason: expect.stringContaining('outside the range 1800000.00 to 3000000.00'),
      }),
    ]);
    const after = (await app.ok(`query($id: ID!) { project(id: $id) { budgetLines { fiscalYear amount } } }`, { id: project.id })).project
      .budgetLines;
    expect(after.find((l: { fiscalYear: number }) => l.fiscalYear === ranged.fiscalYear).amount).toBe(ranged.amount);

    // The spreadsheet carries ranges, the work process and the value per adopter; bad ones are named.
    const row = {
      projectCode: p.code,
      fiscalYear: ranged.fiscalYear,
      funder: ranged.funder.identifier,
      category: 'DEVELOPMENT',
      amount: 1000000,
    };
    const bad = await (await upload(app, office.token, programmeId, await importFile({ budget: [{ ...row, low: 1000001 }] }))).json();
    expect(bad.problems).toEqual([
      expect.objectContaining({ column: 'Low estimate', reason: 'must not exceed the most likely value 1000000' }),
    ]);
    const good = await (
      await upload(app, office.token, programmeId, await importFile({ budget: [{ ...row, low: 900000, high: 1500000 }] }))
    ).json();
    expect(good).toMatchObject({ ok: true, counts: { budget: { updated: 1 } } });
    const lines = (await app.ok(`query($id: ID!) { project(id: $id) { budgetLines { fiscalYear amount low high } } }`, { id: project.id }))
      .project.budgetLines;
    expect(lines.find((l: { fiscalYear: number }) => l.fiscalYear === ranged.fiscalYear)).toMatchObject({
      amount: '1000000.00',
      low: '900000.00',
      high: '1500000.00',
    });
    const benefit = {
      projectCode: p.code,
      benefit: 'Timer pr. kommune',
      kind: 'NON_CASH',
      unit: 'HOURS',
      receiver: ranged.funder.identifier,
    };
    const badProcess = await (
      await upload(app, office.token, programmeId, await importFile({ benefits: [{ ...benefit, process: 'x'.repeat(41) }] }))
    ).json();
    expect(badProcess.problems.map((x: { column: string | null }) => x.column)).toEqual(['Work process']);
    const badPerAdopter = await (
      await upload(app, office.token, programmeId, await importFile({ benefits: [{ ...benefit, perAdopter: -3 }] }))
    ).json();
    expect(badPerAdopter.problems).toEqual([
      expect.objectContaining({ column: 'Per adopting organisation', reason: expect.stringContaining('must not be negative') }),
    ]);
    const imported = await (
      await upload(
        app,
        office.token,
        programmeId,
        await importFile({
          benefits: [{ ...benefit, process: '27.24.00', perAdopter: 120 }],
          targets: [{ projectCode: p.code, benefit: 'Timer pr. kommune', fiscalYear: 2027, value: 1000, low: 600, high: 1100 }],
        }),
      )
    ).json();
    expect(imported).toMatchObject({ ok: true });
    const { project: withBenefit } = await app.ok(
      `query($id: ID!) { project(id: $id) { benefits { title process perAdopter targets { value low high } } } }`,
      { id: project.id },
    );
    expect(withBenefit.benefits.find((b: { title: string }) => b.title === 'Timer pr. kommune')).toEqual({
      title: 'Timer pr. kommune',
      process: '27.24.00',
      perAdopter: '120.0000',
      targets: [{ value: '1000.0000', low: '600.0000', high: '1100.0000' }],
    });
  });

  it('simulates the filtered portfolio of the demo programme', async () => {
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
    const query = `query($p: ID!, $f: ProjectFilter) { portfolioSummary(programmeId: $p, filter: $f) { projects { npv } simulation(iterations: 2000, seed: 3) { npv p10 p50 p90 uncertainLines probabilityPositive } } }`;
    const { portfolioSummary } = await app.ok(query, { p: dk.id });
    const sum = portfolioSummary.projects.reduce((s: Decimal, p: { npv: string }) => s.plus(p.npv), new Decimal(0));
    // The portfolio NPV is the sum of the projects' NPVs (each rounded to the øre in the list).
    expect(
      new Decimal(portfolioSummary.simulation.npv)
        .minus(sum)
        .abs()
        .lessThanOrEqualTo(new Decimal('0.005').times(portfolioSummary.projects.length)),
    ).toBe(true);
    expect(portfolioSummary.simulation.uncertainLines).toBeGreaterThan(0);
    const s = portfolioSummary.simulation;
    expect(new Decimal(s.p10).lessThanOrEqualTo(s.p50) && new Decimal(s.p50).lessThanOrEqualTo(s.p90)).toBe(true);
    const filtered = (await app.ok(query, { p: dk.id, f: { phases: ['PROPOSED'] } })).portfolioSummary;
    const filteredSum = filtered.projects.reduce((t: Decimal, p: { npv: string }) => t.plus(p.npv), new Decimal(0));
    expect(new Decimal(filtered.simulation.npv).minus(filteredSum).abs().lessThan(0.05)).toBe(true);
  });
});
