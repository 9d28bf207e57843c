#!/usr/bin/env node
// Benchmark: the Monte-Carlo business case of the demo programme (10,000 iterations by default).
// Measures libs/domain's simulateNpv on the programme's lines in this process, and the same simulation
// through GraphQL (portfolioSummary.simulation minus portfolioSummary alone), interleaved in one run,
// after checking that both give the same percentiles for the same seed. Budget: < 500 ms in-process.
//   npm run bench:simulation -- --iterations 10000 --runs 10
import { parseArgs } from 'node:util';
import { api, openBenchDatabase, startBenchApi } from './support.mjs';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
  },
});
const iterations = Number(values.iterations);
const runs = Number(values.runs);
const seed = Number(values.seed);
const { createDataSource } = await api('data-source.js');
const { insertDemoPortfolio } = await api('seed/demo/demo-loader.js');
const { SimulationService } = await api('modules/simulation/simulation.service.js');
const { runWithContext } = await api('auth/request-context.js');

// Its own database with only the demo portfolio (not the 10,000-project scale programme).
const database = await openBenchDatabase('simulation');
const { pool, url } = database;
const DEMO = 'Fælles digitaliseringsstrategi 2025–2027';
const ds = createDataSource(url, { poolSize: 2 });
await ds.initialize();
try {
  if (!(await pool.query('SELECT 1 FROM programmes WHERE name = $1', [DEMO])).rowCount) {
    console.log('Loading the demo portfolio into the bench database …');
    await ds.transaction((manager) => insertDemoPortfolio(manager));
  }
  const programmeId = (await pool.query('SELECT id FROM programmes WHERE name = $1', [DEMO])).rows[0].id;
  const { app, token, baseUrl } = await startBenchApi(database, 'VIEWER');
  const graphql = async (query) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { p: programmeId } }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.portfolioSummary;
  };
  const fields = 'npv p10 p50 p90 mean probabilityPositive uncertainLines';
  const withSimulation = () =>
    graphql(
      `query($p: ID!) { portfolioSummary(programmeId: $p) { programmeId simulation(iterations: ${iterations}, seed: ${seed}) { ${fields} } } }`,
    );
  const without = () =>
    graphql(`
      query ($p: ID!) {
        portfolioSummary(programmeId: $p) {
          programmeId
        }
      }
    `);
  // In process: the service's own reading of the lines, then only the simulation is timed.
  const service = new SimulationService(ds);
  const inProcess = () => runWithContext({ system: true }, () => service.simulate(programmeId, iterations, seed));

  const expected = (await withSimulation()).simulation;
  const local = await inProcess();
  for (const key of fields.split(' '))
    if (String(local[key]) !== String(expected[key])) throw new Error(`in-process ${key} ${local[key]} ≠ API ${expected[key]}`);
  console.log(
    `Same answer both ways: ${local.uncertainLines} uncertain lines; NPV ${local.npv}, P10 ${local.p10}, P50 ${local.p50}, P90 ${local.p90}, P(NPV > 0) ${local.probabilityPositive}`,
  );

  const time = async (fn) => {
    const started = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const local_ = [];
  const api_ = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    local_.push(await time(inProcess));
    base.push(await time(without));
    api_.push(await time(withSimulation));
  }
  const p50 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];
  const [load1] = (await import('node:os')).loadavg();
  console.log(`${iterations} iterations, ${runs} runs, load average ${load1.toFixed(2)}`);
  console.log(
    `  in process (read lines + simulate): p50 ${p50(local_).toFixed(0)} ms, max ${Math.max(...local_).toFixed(0)} ms — budget 500 ms: ${p50(local_) < 500 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `  GraphQL portfolioSummary with simulation: p50 ${p50(api_).toFixed(0)} ms; without: p50 ${p50(base).toFixed(0)} ms; the simulation adds ${(p50(api_) - p50(base)).toFixed(0)} ms`,
  );
  await app.close();
} finally {
  await ds.destroy();
  await database.close();
}
