#!/usr/bin/env node
// Benchmark: the dashboards (portfolioSummary and wrongPocket) of the scale programme, three ways in
// interleaved runs on the same database:
//   API         GraphQL over HTTP (auth, row-level security, Nest, Apollo, libs/domain), on the rollups
//   rollup SQL  the statements the service runs (in parallel, as it does), on the maintained rollups, from node-postgres
//   ad hoc SQL  the same statements recomputed from every target, measurement, budget line and cost
// It first checks that the rollup and ad-hoc statements answer the same rows to the last digit, and
// that the API's totals are theirs.
//   npm run bench -- --projects 10000 --measurements 1000000 --runs 20
// Without DATABASE_URL it uses an embedded PostgreSQL under .data/bench and generates the scale
// portfolio there once (about a minute for 10,000 projects and 1,000,000 measurements).
import { parseArgs } from 'node:util';
import { api, ensureScaleProgramme, graphqlRequest, loadAverage, openBenchDatabase, percentile, startBenchApi } from './support.mjs';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '10000' },
    measurements: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
  },
});
const projects = Number(values.projects);
const measurements = Number(values.measurements);
const runs = Number(values.runs);
const { PROJECT_FIGURES_SQL, PORTFOLIO_TOTALS_SQL, WRONG_POCKET_SQL, RECOMPUTED } = await api('modules/portfolio/portfolio.sql.js');

const database = await openBenchDatabase();
const { pool } = database;
try {
  const programmeId = await ensureScaleProgramme(database, projects, measurements);
  const { app, token, baseUrl } = await startBenchApi(database, 'VIEWER');
  const asOfYear = 2026;
  const summaryQuery = `query($p: ID!, $y: Int) { portfolioSummary(programmeId: $p, asOfYear: $y) {
    totalBudget baselineCost actualCost plannedBenefit realisedBenefit harvestedBenefit realisationRate harvestRate hoursFreed fteFreed adoptionCoverage
    years { fiscalYear plannedCost actualCost plannedBenefit realisedBenefit harvestedBenefit }
    phases { phase count } lights { cost { rag count } schedule { rag count } benefit { rag count } }
    tracks { code projects budget npv } sectors { sector budget actualCost plannedBenefitReceived }
    bestByNpv { code npv } worstByNpv { code npv } bestByRealisation { code realisationRate } worstByRealisation { code realisationRate }
  } }`;
  const wrongPocketQuery = `query($p: ID!) { wrongPocket(programmeId: $p) { total } }`;
  const graphql = (query, variables) => graphqlRequest(`${baseUrl}/graphql`, token, { query, variables });

  const noFilter = [null, null, null, null, null, null, null, null];
  const summaryParams = [programmeId, asOfYear, ...noFilter];
  const pocketParams = [programmeId, 'ORGANISATION', ...noFilter];
  const work = {
    summary: {
      api: async () => (await graphql(summaryQuery, { p: programmeId, y: asOfYear })).portfolioSummary,
      // The summary's two statements, side by side on two connections as the service runs them.
      rollups: async () => {
        const [projects, totals] = await Promise.all([
          pool.query(PROJECT_FIGURES_SQL, summaryParams),
          pool.query(PORTFOLIO_TOTALS_SQL, summaryParams),
        ]);
        return [{ projects: projects.rows, years: totals.rows[0].years, sectors: totals.rows[0].sectors }];
      },
      // Today's ad-hoc aggregate: the whole summary recomputed in one statement, as the dashboards ran it.
      adHoc: async () => (await pool.query(RECOMPUTED.portfolioSummary, summaryParams)).rows,
    },
    wrongPocket: {
      api: async () => (await graphql(wrongPocketQuery, { p: programmeId })).wrongPocket,
      rollups: async () => (await pool.query(WRONG_POCKET_SQL, pocketParams)).rows,
      adHoc: async () => (await pool.query(RECOMPUTED.wrongPocket, pocketParams)).rows,
    },
  };

  // The same answer first, or the comparison means nothing.
  const { Decimal } = await import('@tvaers/domain');
  for (const [name, sides] of Object.entries(work)) {
    const [rollups, adHoc] = [await sides.rollups(), await sides.adHoc()];
    if (JSON.stringify(rollups) !== JSON.stringify(adHoc)) throw new Error(`${name}: the rollups and the ad-hoc statement disagree`);
  }
  const summary = await work.summary.api();
  const [direct] = await work.summary.rollups();
  const sqlBudget = direct.projects.reduce((total, p) => total.plus(p.budget), new Decimal(0)).toFixed(2);
  const sqlPlanned = direct.years.reduce((total, y) => total.plus(y.planned_benefit), new Decimal(0)).toFixed(2);
  if (sqlBudget !== summary.totalBudget || sqlPlanned !== summary.plannedBenefit) {
    throw new Error(
      `API and SQL disagree: budget ${summary.totalBudget} vs ${sqlBudget}, planned benefit ${summary.plannedBenefit} vs ${sqlPlanned}`,
    );
  }
  console.log(
    `Same answer: rollups and ad-hoc SQL agree row for row (summary and wrong pocket); the API's totals are theirs (budget ${summary.totalBudget}).`,
  );

  const time = async (fn) => {
    const started = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (const [name, sides] of Object.entries(work)) {
    for (let i = 0; i < Number(values.warmup); i++) for (const side of Object.values(sides)) await side();
    const ms = { api: [], rollups: [], adHoc: [] };
    const load = await loadAverage();
    for (let i = 0; i < runs; i++) {
      // Rotate the order so no side always runs on a warmer cache.
      const order = Object.keys(ms);
      for (let k = 0; k < order.length; k++) {
        const side = order[(i + k) % order.length];
        ms[side].push(await time(sides[side]));
      }
    }
    const p = (side, q) => percentile(ms[side], q);
    console.log(`\n${name}, ${projects} projects, ${measurements} measurements, ${runs} runs each (load ${load} at the start)`);
    console.log(`  GraphQL API (rollups)  p50 ${p('api', 50).toFixed(1)} ms   p95 ${p('api', 95).toFixed(1)} ms`);
    console.log(`  rollup SQL             p50 ${p('rollups', 50).toFixed(1)} ms   p95 ${p('rollups', 95).toFixed(1)} ms`);
    console.log(`  ad-hoc SQL             p50 ${p('adHoc', 50).toFixed(1)} ms   p95 ${p('adHoc', 95).toFixed(1)} ms`);
    const ratio = p('api', 50) / p('adHoc', 50);
    console.log(`  API on rollups / ad-hoc SQL, p50: ${ratio.toFixed(2)} (≤ 0.20 wanted: ${ratio <= 0.2 ? 'met' : 'NOT met'})`);
  }
  await app.close();
} finally {
  await database.close();
}
