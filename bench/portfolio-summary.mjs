#!/usr/bin/env node
// Benchmark: portfolioSummary over GraphQL (HTTP, Nest, Apollo, TypeORM, libs/domain) against the same
// figures straight from PostgreSQL with node-postgres, interleaved in one run on the same database.
//   npm run bench -- --projects 10000 --measurements 1000000 --runs 20
// Without DATABASE_URL it uses an embedded PostgreSQL under .data/bench and generates the scale
// portfolio there once (about a minute for 10,000 projects and 1,000,000 measurements).
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const api = (file) => import(path.join(root, 'dist/api/apps/api/src', file));
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

await import('reflect-metadata');
const { NestFactory } = await import('@nestjs/core');
const { AppModule } = await api('app.module.js');
const { startEmbeddedPostgres } = await api('database/embedded-postgres.js');
const { prepareDatabase } = await api('database/prepare-database.js');
const { createDataSource } = await api('database/data-source.js');
const { generateScalePortfolio } = await api('tools/scale-portfolio.js');
const { PORTFOLIO_SUMMARY_SQL } = await api('modules/portfolio/portfolio.sql.js');
const { issueToken } = await api('auth/token.js');

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: path.join(root, '.data/bench/postgres'), database: 'tvaers_bench' });
const url = process.env.DATABASE_URL ?? embedded.url;
const pool = new pg.Pool({ connectionString: url, max: 4 });
// Idle clients see the embedded server stop at the end; that is expected.
pool.on('error', () => undefined);

try {
  await prepareDatabase(url, { demoData: false, quiet: true });
  const name = `Skalatest ${projects} projekter`;
  let programmeId = (await pool.query('SELECT id FROM programmes WHERE name = $1 ORDER BY created_at DESC LIMIT 1', [name])).rows[0]?.id;
  const measured = programmeId
    ? Number((await pool.query('SELECT count(*) FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.programme_id = $1', [programmeId])).rows[0].count)
    : 0;
  if (!programmeId || measured !== measurements) {
    console.log(`Generating ${projects} projects and ${measurements} measurements …`);
    const ds = createDataSource(url, { poolSize: 1 });
    await ds.initialize();
    const started = Date.now();
    const generated = await generateScalePortfolio(ds, { projects, measurements });
    await ds.destroy();
    programmeId = generated.programmeId;
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(generated.rows)}`);
  }

  // The API needs a signed-in user: a viewer created for the bench, with a token signed directly.
  const tokenSecret = 'bench-only-secret-0123456789abcdef0123456789';
  const [{ id: userId }] = (await pool.query(`INSERT INTO users (email, name, role) VALUES ('bench@tvaers.invalid', 'Bench', 'VIEWER')
    ON CONFLICT (lower(email)) DO UPDATE SET active = true RETURNING id`)).rows;
  const { token } = issueToken({ sub: userId, purpose: 'session' }, tokenSecret, 3600);
  const app = await NestFactory.create(AppModule.forRoot({ databaseUrl: url, production: true, auth: { tokenSecret, sessionSeconds: 3600 } }), { logger: ['error'] });
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
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
  const noFilter = [null, null, null, null, null, null, null];
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
  await pool.end();
  await embedded?.stop();
}
