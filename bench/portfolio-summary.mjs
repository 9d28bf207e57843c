#!/usr/bin/env node
// Benchmark: portfolioSummary over GraphQL (HTTP, Nest, Apollo, TypeORM, libs/domain) against the same
// figures straight from PostgreSQL with node-postgres, interleaved in one run on the same database.
//   npm run bench -- --projects 10000 --measurements 1000000 --runs 20
// Without DATABASE_URL it uses an embedded PostgreSQL under .data/bench and generates the scale
// portfolio there once (about a minute for 10,000 projects and 1,000,000 measurements).
import { parseArgs } from 'node:util';
import { api, ensureScaleProgramme, openBenchDatabase, startBenchApi } from './support.mjs';

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
const { PORTFOLIO_SUMMARY_SQL } = await api('modules/portfolio/portfolio.sql.js');

const database = await openBenchDatabase();
const { pool } = database;
try {
  const programmeId = await ensureScaleProgramme(database, projects, measurements);
  const { app, token, baseUrl } = await startBenchApi(database, 'VIEWER');
  const asOfYear = 2026;
  const query = `query($p: ID!, $y: Int) { portfolioSummary(programmeId: $p, asOfYear: $y) {
    totalBudget baselineCost actualCost plannedBenefit realisedBenefit harvestedBenefit realisationRate harvestRate hoursFreed fteFreed adoptionCoverage
    years { fiscalYear plannedCost actualCost plannedBenefit realisedBenefit harvestedBenefit }
    phases { phase count } lights { cost { rag count } schedule { rag count } benefit { rag count } }
    tracks { code projects budget npv } sectors { sector budget actualCost plannedBenefitReceived }
    bestByNpv { code npv } worstByNpv { code npv } bestByRealisation { code realisationRate } worstByRealisation { code realisationRate }
  } }`;

  const viaApi = async () => {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { p: programmeId, y: asOfYear } }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.portfolioSummary;
  };
  // The SQL floor: the aggregate statement the service runs (written by hand, reviewed in
  // portfolio.sql.ts), sent straight to PostgreSQL; everything the API adds on top is what we measure.
  const noFilter = [null, null, null, null, null, null, null, null];
  const viaSql = async () => (await pool.query(PORTFOLIO_SUMMARY_SQL, [programmeId, asOfYear, ...noFilter])).rows[0];

  const time = async (fn) => {
    const started = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  for (let i = 0; i < Number(values.warmup); i++) {
    await viaApi();
    await viaSql();
  }
  const apiMs = [];
  const sqlMs = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither side always runs on a warmer cache.
    if (i % 2) {
      apiMs.push(await time(viaApi));
      sqlMs.push(await time(viaSql));
    } else {
      sqlMs.push(await time(viaSql));
      apiMs.push(await time(viaApi));
    }
  }
  const percentile = (xs, p) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  };
  const summary = await viaApi();
  // Both sides must answer the same numbers, or the comparison means nothing.
  const { Decimal } = await import('@tvaers/domain');
  const direct = await viaSql();
  const sqlBudget = direct.projects.reduce((total, p) => total.plus(p.budget), new Decimal(0)).toFixed(2);
  const sqlPlanned = direct.years.reduce((total, y) => total.plus(y.planned_benefit), new Decimal(0)).toFixed(2);
  if (sqlBudget !== summary.totalBudget || sqlPlanned !== summary.plannedBenefit) {
    throw new Error(`API and SQL disagree: budget ${summary.totalBudget} vs ${sqlBudget}, planned benefit ${summary.plannedBenefit} vs ${sqlPlanned}`);
  }
  const [api50, api95, sql50, sql95] = [percentile(apiMs, 50), percentile(apiMs, 95), percentile(sqlMs, 50), percentile(sqlMs, 95)];
  const ratio = api95 / sql95;
  console.log(`\nportfolioSummary, ${projects} projects, ${measurements} measurements, ${runs} runs each (total budget ${summary.totalBudget})`);
  console.log(`  GraphQL API     p50 ${api50.toFixed(1)} ms   p95 ${api95.toFixed(1)} ms`);
  console.log(`  SQL (pg direct) p50 ${sql50.toFixed(1)} ms   p95 ${sql95.toFixed(1)} ms`);
  console.log(`  ratio p95 API / SQL = ${ratio.toFixed(2)} (target ≤ 1.50: ${ratio <= 1.5 ? 'met' : 'NOT met'})`);
  await app.close();
} finally {
  await database.close();
}
