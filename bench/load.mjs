#!/usr/bin/env node
// Load test: 100 concurrent clients against Tværs on the scale database for 60 seconds, 90 % reading
// the project list the web app sends (100 projects with totals, track and partners) and 10 % writing
// a cost (which also refreshes the project's dashboard rollups). Closed loop, loopback only, bounded in
// time; the API runs in its own process with the flags of `npm start`. Prints throughput, latency
// percentiles and errors (any non-200 answer or GraphQL error counts), then removes the costs it wrote.
// The first `--warmup` seconds (default 10) run the same load uncounted: the API process's code is not
// yet compiled by V8 and each pooled connection prepares its statements on first use, so the first
// wave of 100 requests measured a cold start, not the service (reported apart, never hidden).
//   npm run bench:load -- --connections 100 --seconds 60 --warmup 10
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  closedLoop,
  cpuTimes,
  ensureScaleProgramme,
  graphqlRequest,
  loadAverage,
  openBenchDatabase,
  percentile,
  root,
  spawnServer,
  tvaersNodeOptions,
} from './support.mjs';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '10000' },
    measurements: { type: 'string', default: '1000000' },
    connections: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '10' },
    writes: { type: 'string', default: '0.1' },
  },
});
const REFERENCE = 'bench:load';
// The web app's own list query, as the projects page sends it.
const document = readFileSync(path.join(root, 'apps/web/src/features/projects/projects.graphql'), 'utf8');

const database = await openBenchDatabase();
let server;
try {
  const programmeId = await ensureScaleProgramme(database, Number(values.projects), Number(values.measurements));
  // A payer that takes part in each project, for the writes.
  const payers = (
    await database.pool.query(
      `SELECT DISTINCT ON (p.id) p.id AS project_id, pa.organisation_id FROM projects p JOIN participations pa ON pa.project_id = p.id WHERE p.programme_id = $1 ORDER BY p.id, pa.created_at`,
      [programmeId],
    )
  ).rows;
  server = await spawnServer('servers/tvaers.mjs', [database.url, 'PROGRAMME_OFFICE'], { nodeOptions: tvaersNodeOptions() });
  const post = (body) => graphqlRequest(server.url, server.token, body);

  const read = () => post({ query: document, operationName: 'ProjectList', variables: { programmeId } });
  let written = 0;
  const write = () => {
    const payer = payers[written++ % payers.length];
    return post({
      query: `mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`,
      variables: {
        input: {
          projectId: payer.project_id,
          payerId: payer.organisation_id,
          date: '2026-05-04',
          category: 'OPERATIONS',
          amount: '1234.56',
          reference: REFERENCE,
        },
      },
    });
  };
  // The read answers the right programme before anything is timed.
  const first = await read();
  if (first.projects.edges.length !== 100) throw new Error(`expected a page of 100 projects, got ${first.projects.edges.length}`);

  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  const loadBefore = await loadAverage();
  const mix = async () => {
    const kind = Math.random() < Number(values.writes) ? 'write' : 'read';
    await (kind === 'write' ? write() : read());
    return kind;
  };
  const warmupSeconds = Number(values.warmup);
  let cpuAtStart;
  const result = await closedLoop(mix, {
    connections,
    seconds,
    warmupSeconds,
    onStart: async () => (cpuAtStart = await cpuTimes(server.pid)),
  });
  const cpuAtEnd = await cpuTimes(server.pid);
  const perRequest = (key) => ((cpuAtEnd[key] - cpuAtStart[key]) / result.requests).toFixed(1);
  console.log(
    `\n${connections} connections, ${seconds} s after ${warmupSeconds} s of warm-up, ${Math.round(Number(values.writes) * 100)} % writes (load ${loadBefore} before, ${await loadAverage()} after)`,
  );
  console.log(
    `  warm-up (not counted): ${result.warmup.requests} requests, slowest ${result.warmup.maxMs.toFixed(0)} ms, ${result.warmup.errors} errors`,
  );
  console.log(`  ${result.requests} requests answered, ${result.perSecond.toFixed(1)} req/s, ${result.errors} errors`);
  console.log(`  all    p50 ${result.p50.toFixed(0)} ms  p99 ${result.p99.toFixed(0)} ms`);
  console.log(
    `  CPU per request: API process ${perRequest('server')} ms, PostgreSQL ${perRequest('postgres')} ms, this client ${perRequest('client')} ms`,
  );
  for (const [kind, ms] of Object.entries(result.byKind)) {
    console.log(
      `  ${kind.padEnd(6)} ${ms.length} requests, p50 ${percentile(ms, 50).toFixed(0)} ms  p99 ${percentile(ms, 99).toFixed(0)} ms`,
    );
  }
  if (result.errors) console.log(`  first errors:\n    ${[...new Set(result.errorMessages)].slice(0, 5).join('\n    ')}`);
  console.log(`  wanted: 0 errors, p99 ≤ 2000 ms`);
  if (result.errors || result.warmup.errors) process.exitCode = 1;
} finally {
  await server?.stop();
  await database.pool.query(`DELETE FROM cost_actuals WHERE reference = $1`, [REFERENCE]).catch(() => undefined);
  await database.close();
}
