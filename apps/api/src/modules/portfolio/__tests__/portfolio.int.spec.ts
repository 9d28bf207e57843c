import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { type BenefitKind, type BenefitUnit, Decimal, matrixTotal, monetise, wrongPocketMatrix, wrongPocketTotal } from '@tvaers/domain';
import {
  addBenefit,
  addBudgetLine,
  addParticipation,
  createOrganisation,
  createProgramme,
  createProject,
} from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { BusinessCaseService } from '../../business-case/business-case.service.js';
import { PortfolioService } from '../portfolio.service.js';
import { ReadDatabase } from '../../../database/read-database.js';

const SUMMARY = `query($p: ID!, $y: Int) {
  portfolioSummary(programmeId: $p, asOfYear: $y) {
    currency asOfYear fundingEnvelope totalBudget baselineCost actualCost plannedBenefit realisedBenefit harvestedBenefit
    realisationRate harvestRate hoursFreed fteFreed adoptionTargeted adoptionLive adoptionCoverage
    years { fiscalYear plannedCost actualCost plannedBenefit realisedBenefit harvestedBenefit hoursFreed fteFreed }
    phases { phase count }
    lights { cost { rag count } schedule { rag count } benefit { rag count } }
    tracks { code projects budget }
    sectors { sector organisations projects budget actualCost plannedBenefitReceived }
    projects { projectId code npv realisedNpv netBenefit paybackYear realisationRate costRag scheduleRag benefitRag }
    bestByNpv { code npv } worstByNpv { code npv } bestByRealisation { code realisationRate } worstByRealisation { code }
  }
}`;

/** The SQL figures of every project must equal the libs/domain computation of the same project. */
async function expectSqlEqualsDomain(app: TestApp, programmeId: string, asOfYear: number): Promise<number> {
  const portfolio = new PortfolioService(app.dataSource, new ReadDatabase(app.dataSource));
  const domain = new BusinessCaseService(app.dataSource);
  const { projects } = await portfolio.projectFigures(programmeId, asOfYear);
  for (const project of projects) {
    const expected = await domain.forProject(project.projectId, asOfYear);
    expect({
      code: project.code,
      npv: project.npv,
      realisedNpv: project.realisedNpv,
      netBenefit: project.netBenefit,
      paybackYear: project.paybackYear,
      realisationRate: project.realisationRate,
    }).toEqual({
      code: project.code,
      npv: expected.npv,
      realisedNpv: expected.realisedNpv,
      netBenefit: expected.netBenefit,
      paybackYear: expected.paybackYear,
      realisationRate: expected.realisationRate,
    });
  }
  return projects.length;
}

describe('portfolio analytics on the demo portfolio', () => {
  let app: TestApp;
  let dk: { id: string; totalBudget: string; fundingEnvelope: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    const { programmes } = await app.ok(`{ programmes { id currency totalBudget fundingEnvelope } }`);
    dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
  });
  afterAll(() => app.close());

  it('computes every project in SQL exactly as libs/domain does', async () => {
    expect(await expectSqlEqualsDomain(app, dk.id, 2026)).toBe(35);
  });

  it('summarises the programme with totals that reconcile to the øre', async () => {
    const { portfolioSummary: s } = await app.ok(SUMMARY, { p: dk.id, y: 2026 });
    expect(s).toMatchObject({ currency: 'DKK', asOfYear: 2026, fundingEnvelope: '300000000.00', totalBudget: dk.totalBudget });
    const total = (rows: Record<string, string>[], key: string) => rows.reduce((sum, r) => sum.plus(r[key]!), new Decimal(0)).toFixed(2);
    expect(total(s.years, 'plannedCost')).toBe(s.totalBudget);
    expect(total(s.years, 'actualCost')).toBe(s.actualCost);
    expect(total(s.years, 'realisedBenefit')).toBe(s.realisedBenefit);
    expect(total(s.sectors, 'budget')).toBe(s.totalBudget);
    expect(total(s.sectors, 'actualCost')).toBe(s.actualCost);
    expect(total(s.tracks, 'budget')).toBe(s.totalBudget);
    expect(s.phases.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(35);
    const active = s.phases
      .filter((p: { phase: string }) => ['APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED'].includes(p.phase))
      .reduce((n: number, p: { count: number }) => n + p.count, 0);
    for (const dimension of ['cost', 'schedule', 'benefit']) {
      expect(s.lights[dimension].reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(active);
    }
    expect(new Decimal(s.hoursFreed).greaterThan(0)).toBe(true);
    expect(s.adoptionLive).toBeLessThanOrEqual(s.adoptionTargeted);
    expect(s.bestByNpv).toHaveLength(5);
    expect(new Decimal(s.bestByNpv[0].npv).greaterThanOrEqualTo(s.bestByNpv[4].npv)).toBe(true);
    expect(s.sectors.map((x: { sector: string }) => x.sector)).toEqual(
      expect.arrayContaining(['STATE', 'REGION', 'MUNICIPALITY', 'JOINT_BODY']),
    );
  });

  it('answers the wrong-pocket matrix by sector and by organisation with the same total', async () => {
    const query = `query($p: ID!, $g: WrongPocketGroupBy!) { wrongPocket(programmeId: $p, groupBy: $g) { total cells { payerKey receiverKey amount } } }`;
    const bySector = (await app.ok(query, { p: dk.id, g: 'SECTOR' })).wrongPocket;
    const byOrganisation = (await app.ok(query, { p: dk.id, g: 'ORGANISATION' })).wrongPocket;
    expect(bySector.total).toBe(byOrganisation.total);
    const { portfolioSummary } = await app.ok(`query($p: ID!) { portfolioSummary(programmeId: $p) { plannedBenefit } }`, { p: dk.id });
    // Every demo project has a budget, so all planned benefit is attributed to some payer.
    expect(new Decimal(bySector.total).minus(portfolioSummary.plannedBenefit).abs().lessThanOrEqualTo('0.01')).toBe(true);
    expect(
      bySector.cells.find((c: { payerKey: string; receiverKey: string }) => c.payerKey === 'STATE' && c.receiverKey === 'MUNICIPALITY'),
    ).toBeDefined();
  });

  it('ranks proposals by NPV per krone of programme co-funding', async () => {
    const { rankProposals } = await app.ok(
      `query($p: ID!) { rankProposals(programmeId: $p) { rank npvPerKrone coFundingShare project { code phase npv budget coFunding } } }`,
      { p: dk.id },
    );
    expect(rankProposals).toHaveLength(3);
    expect(rankProposals.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
    for (const r of rankProposals) {
      expect(r.project.phase).toBe('PROPOSED');
      expect(new Decimal(r.project.coFunding).lessThan(r.project.budget)).toBe(true);
      expect(r.npvPerKrone).toBe(new Decimal(r.project.npv).dividedBy(r.project.coFunding).toFixed(4, Decimal.ROUND_HALF_UP));
      expect(r.coFundingShare).toBe(new Decimal(r.project.coFunding).dividedBy(r.project.budget).toFixed(4, Decimal.ROUND_HALF_UP));
    }
    const values = rankProposals.map((r: { npvPerKrone: string }) => new Decimal(r.npvPerKrone));
    expect(values[0].greaterThanOrEqualTo(values[1]) && values[1].greaterThanOrEqualTo(values[2])).toBe(true);
  });

  it('filters the summary and the matrix like the projects query', async () => {
    const query = `query($p: ID!, $f: ProjectFilter) {
      portfolioSummary(programmeId: $p, asOfYear: 2026, filter: $f) { fundingEnvelope totalBudget tracks { trackId projects budget } phases { phase count } }
      wrongPocket(programmeId: $p, filter: $f) { total }
      projects(programmeId: $p, filter: $f, first: 100) { totalCount }
    }`;
    const all = await app.ok(query, { p: dk.id });
    const track = all.portfolioSummary.tracks.find((t: { projects: number }) => t.projects > 1);
    const filtered = await app.ok(query, { p: dk.id, f: { trackIds: [track.trackId] } });
    expect(filtered.portfolioSummary.fundingEnvelope).toBe(all.portfolioSummary.fundingEnvelope);
    expect(filtered.portfolioSummary.totalBudget).toBe(track.budget);
    expect(filtered.portfolioSummary.phases.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(track.projects);
    expect(filtered.projects.totalCount).toBe(track.projects);
    expect(new Decimal(filtered.wrongPocket.total).lessThan(all.wrongPocket.total)).toBe(true);
    // A search nothing matches leaves an empty, zero summary rather than an error.
    const bySearch = await app.ok(query, { p: dk.id, f: { search: 'zz-ingen-match-zz' } });
    expect(bySearch.portfolioSummary).toMatchObject({ totalBudget: '0.00' });
    expect(bySearch.wrongPocket.total).toBe('0.00');
    const bySector = await app.ok(query, { p: dk.id, f: { partnerSectors: ['REGION'] } });
    expect(bySector.projects.totalCount).toBe(bySector.portfolioSummary.phases.reduce((n: number, p: { count: number }) => n + p.count, 0));
  });

  it('refuses an unknown programme', async () => {
    expect(errorOf(await app.gql(SUMMARY, { p: '00000000-0000-4000-8000-000000000004' })).code).toBe('NOT_FOUND');
  });
});

describe('wrongPocket and rankProposals with worked numbers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('splits each benefit over the payers by their share of the cost', async () => {
    const programme = await createProgramme(app, { hourlyRate: '400.00' });
    const project = await createProject(app, programme.id);
    const state = await createOrganisation(app, 'STATE', 'Styrelse');
    const municipality = await createOrganisation(app, 'MUNICIPALITY');
    await addParticipation(app, project.id, state.id, ['LEAD', 'CO_FUNDER', 'BENEFIT_RECEIVER']);
    await addParticipation(app, project.id, municipality.id, ['CO_FUNDER', 'BENEFIT_RECEIVER']);
    await addBudgetLine(app, project.id, state.id, 2026, '750000.00');
    await addBudgetLine(app, project.id, municipality.id, 2026, '250000.00');
    await addBenefit(app, project.id, municipality.id, { targets: [{ fiscalYear: 2027, value: '400000.00' }] });
    await addBenefit(app, project.id, state.id, { kind: 'NON_CASH', unit: 'HOURS', targets: [{ fiscalYear: 2027, value: '500' }] });
    // Shares: state 0.75, municipality 0.25. Benefits: municipality 400,000; state 500 h × 400 = 200,000.
    const query = `query($p: ID!, $g: WrongPocketGroupBy!) { wrongPocket(programmeId: $p, groupBy: $g) { total cells { payerKey receiverKey amount } } }`;
    const bySector = (await app.ok(query, { p: programme.id, g: 'SECTOR' })).wrongPocket;
    expect(bySector).toEqual({
      total: '600000.00',
      cells: expect.arrayContaining([
        { payerKey: 'MUNICIPALITY', receiverKey: 'MUNICIPALITY', amount: '100000.00' },
        { payerKey: 'MUNICIPALITY', receiverKey: 'STATE', amount: '50000.00' },
        { payerKey: 'STATE', receiverKey: 'MUNICIPALITY', amount: '300000.00' },
        { payerKey: 'STATE', receiverKey: 'STATE', amount: '150000.00' },
      ]),
    });
    expect(bySector.cells).toHaveLength(4);
    const byOrganisation = (await app.ok(query, { p: programme.id, g: 'ORGANISATION' })).wrongPocket;
    expect(byOrganisation.cells).toContainEqual({ payerKey: state.id, receiverKey: municipality.id, amount: '300000.00' });
  });

  it('divides each proposal’s NPV by the fund organisation’s budget lines, and ranks those without last', async () => {
    const fund = await createOrganisation(app, 'STATE', 'Fællesfonden');
    const lead = await createOrganisation(app, 'MUNICIPALITY');
    const programme = await createProgramme(app, { discountRate: '0.04', fundOrganisationId: fund.id });
    // NPV at 4 % with t0 = 2027: −cost₍₂₀₂₇₎ + benefit₍₂₀₂₈₎ ÷ 1.04.
    const proposal = async (code: string, fundAmount: string | null, leadAmount: string, benefit2028: string) => {
      const project = await createProject(app, programme.id, { code });
      await addParticipation(app, project.id, lead.id, ['LEAD', 'CO_FUNDER', 'BENEFIT_RECEIVER']);
      await addBudgetLine(app, project.id, lead.id, 2027, leadAmount);
      if (fundAmount) {
        await addParticipation(app, project.id, fund.id, ['CO_FUNDER']);
        await addBudgetLine(app, project.id, fund.id, 2027, fundAmount);
      }
      await addBenefit(app, project.id, lead.id, { targets: [{ fiscalYear: 2028, value: benefit2028 }] });
    };
    // A: cost 1,000,000, benefit 1,081,600 → NPV −1,000,000 + 1,040,000 = 40,000; ÷ 400,000 co-funding = 0.1.
    await proposal('A', '400000.00', '600000.00', '1081600.00');
    // B: cost 1,000,000 all from the fund, benefit 2,163,200 → NPV 1,080,000; ÷ 1,000,000 = 1.08.
    await proposal('B', '1000000.00', '0.00', '2163200.00');
    // C: the best NPV (2,080,000 − 500,000 = 1,580,000) but asks the programme for nothing.
    await proposal('C', null, '500000.00', '2163200.00');
    const { rankProposals } = await app.ok(
      `query($p: ID!) { rankProposals(programmeId: $p) { rank npvPerKrone coFundingShare project { code npv coFunding } } }`,
      { p: programme.id },
    );
    expect(rankProposals).toEqual([
      { rank: 1, npvPerKrone: '1.0800', coFundingShare: '1.0000', project: { code: 'B', npv: '1080000.00', coFunding: '1000000.00' } },
      { rank: 2, npvPerKrone: '0.1000', coFundingShare: '0.4000', project: { code: 'A', npv: '40000.00', coFunding: '400000.00' } },
      { rank: 3, npvPerKrone: null, coFundingShare: '0.0000', project: { code: 'C', npv: '1580000.00', coFunding: '0.00' } },
    ]);
  });
});

describe('portfolio analytics on random portfolios', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const KINDS: BenefitKind[] = ['CASH_RELEASING', 'NON_CASH', 'QUALITATIVE', 'DIS_BENEFIT'];
  const UNITS: BenefitUnit[] = ['CURRENCY', 'HOURS', 'FTE', 'PERCENT', 'COUNT'];
  const money = fc.integer({ min: 1, max: 500_000_000 }).map((ore) => new Decimal(ore).dividedBy(100).toFixed(2));
  const year = fc.integer({ min: 2024, max: 2030 });
  const projectArb = fc.record({
    budget: fc.array(fc.record({ year, funder: fc.nat(3), amount: money }), { maxLength: 6 }),
    costs: fc.array(
      fc.record({
        date: fc.date({ min: new Date('2024-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        payer: fc.nat(3),
        amount: money,
      }),
      { maxLength: 6 },
    ),
    benefits: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        unit: fc.constantFrom(...UNITS),
        receiver: fc.nat(3),
        targets: fc.uniqueArray(fc.record({ year, value: money }), { selector: (t) => t.year, maxLength: 4 }),
        measurements: fc.uniqueArray(fc.record({ year, value: money, status: fc.constantFrom('REPORTED', 'VALIDATED', 'HARVESTED') }), {
          selector: (m) => m.year,
          maxLength: 3,
        }),
      }),
      { maxLength: 4 },
    ),
  });

  it('SQL equals libs/domain for every project, and the matrix total equals the domain matrix', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(projectArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        async (projects, startMonth) => {
          const m = app.dataSource.manager;
          const programmeId = randomUUID();
          await m.query(
            `INSERT INTO programmes (id, name, currency, period_start_year, period_end_year, funding_envelope, fte_annual_cost, hourly_rate, fiscal_year_start_month, discount_rate)
           VALUES ($1, 'Tilfældig', 'DKK', 2024, 2030, 1, 612345.67, 437.5, $2, 0.035)`,
            [programmeId, startMonth],
          );
          const orgs = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
          for (const [i, id] of orgs.entries()) {
            await m.query(`INSERT INTO organisations (id, name, sector, country, identifier) VALUES ($1, $2, $3, 'DK', $4)`, [
              id,
              `Org ${i}`,
              ['STATE', 'REGION', 'MUNICIPALITY', 'JOINT_BODY'][i],
              id.slice(0, 18),
            ]);
          }
          const domainPockets = [];
          for (const [index, p] of projects.entries()) {
            const projectId = randomUUID();
            await m.query(`INSERT INTO projects (id, programme_id, code, title) VALUES ($1, $2, $3, 'Tilfældigt projekt')`, [
              projectId,
              programmeId,
              `R-${index}`,
            ]);
            const cells = new Map<string, (typeof p.budget)[number]>();
            for (const line of p.budget) cells.set(`${line.year}:${line.funder}`, line);
            for (const line of cells.values()) {
              await m.query(
                `INSERT INTO budget_lines (project_id, fiscal_year, funder_id, category, amount) VALUES ($1, $2, $3, 'DEVELOPMENT', $4)`,
                [projectId, line.year, orgs[line.funder], line.amount],
              );
            }
            for (const cost of p.costs) {
              await m.query(
                `INSERT INTO cost_actuals (project_id, date, payer_id, category, amount) VALUES ($1, $2, $3, 'DEVELOPMENT', $4)`,
                [projectId, cost.date.toISOString().slice(0, 10), orgs[cost.payer], cost.amount],
              );
            }
            const received = [];
            for (const b of p.benefits) {
              const [{ id: benefitId }] = await m.query(
                `INSERT INTO benefits (project_id, title, kind, unit, receiver_id) VALUES ($1, 'Gevinst', $2, $3, $4) RETURNING id`,
                [projectId, b.kind, b.unit, orgs[b.receiver]],
              );
              for (const t of b.targets) {
                await m.query(`INSERT INTO benefit_targets (benefit_id, fiscal_year, value) VALUES ($1, $2, $3)`, [
                  benefitId,
                  t.year,
                  t.value,
                ]);
                const amount = monetise(b.kind, b.unit, t.value, { hourlyRate: '437.5', fteAnnualCost: '612345.67' });
                if (amount) received.push({ organisationId: orgs[b.receiver]!, amount });
              }
              for (const x of b.measurements) {
                await m.query(
                  `INSERT INTO benefit_measurements (benefit_id, fiscal_year, value, status, validated_at, harvested_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 <> 'REPORTED' THEN now() END, CASE WHEN $4 = 'HARVESTED' THEN now() END)`,
                  [benefitId, x.year, x.value, x.status],
                );
              }
            }
            domainPockets.push({
              costs: [...cells.values()].map((l) => ({ organisationId: orgs[l.funder]!, amount: l.amount })),
              benefits: received,
            });
          }
          expect(await expectSqlEqualsDomain(app, programmeId, 2027)).toBe(projects.length);
          const { wrongPocket } = await app.ok(
            `query($p: ID!) { wrongPocket(programmeId: $p, groupBy: ORGANISATION) { total cells { amount } } }`,
            { p: programmeId },
          );
          expect(wrongPocket.total).toBe(wrongPocketTotal(domainPockets).toFixed(2, Decimal.ROUND_HALF_UP));
          // The cells (each rounded to the øre) add up to the domain matrix within half an øre per cell.
          const cellSum = wrongPocket.cells.reduce((s: Decimal, c: { amount: string }) => s.plus(c.amount), new Decimal(0));
          expect(
            cellSum
              .minus(matrixTotal(wrongPocketMatrix(domainPockets)))
              .abs()
              .lessThanOrEqualTo(new Decimal('0.005').times(wrongPocket.cells.length)),
          ).toBe(true);
        },
      ),
      {
        numRuns: 15,
        // Found by this property: 3e12 / 1.04 had only 4 decimals in SQL, and the realised NPV missed
        // the domain's øre (…425.09 against …425.08). Kept as a fixed first case.
        examples: [
          [
            [
              {
                budget: [],
                costs: [{ date: new Date('2024-01-01T00:00:00.000Z'), payer: 0, amount: '0.01' }],
                benefits: [
                  {
                    kind: 'CASH_RELEASING',
                    unit: 'FTE',
                    receiver: 0,
                    targets: [],
                    measurements: [
                      { year: 2030, value: '3097253.48', status: 'VALIDATED' },
                      { year: 2025, value: '4845618.51', status: 'HARVESTED' },
                    ],
                  },
                ],
              },
            ],
            1,
          ],
        ],
      },
    );
    // Row by row, each insert also refreshes its project's dashboard rollups (~10 ms): on two busy
    // cores the 15 random portfolios need more than jest's default minute.
  }, 240_000);
});
