#!/usr/bin/env node
// Garbage collection per request, Tværs and PostGraphile 5 in one run: each server in its own process
// (Tværs with the flags of `npm start`, as bench:peer), one client sending the same query in sequence,
// in the order A B B A (the side measured first after the database's own work was slower in bench:peer).
// After a warm-up that is not counted, a PerformanceObserver installed in the server through the
// inspector counts the collections of each kind and their time, and the server's CPU is read before
// and after. The answers of both sides during the warm-up (each of the 200 projects, in the form
// bench:peer compares) must agree.
//   npm run bench:gc -- --query detail --requests 3000
//   npm run bench:gc -- --query typename --requests 8000
import { parseArgs } from 'node:util';
import {
  ensureScaleProgramme,
  graphqlRequest,
  loadAverage,
  openBenchDatabase,
  percentile,
  spawnServer,
  tvaersNodeOptions,
} from './support.mjs';
import { canonical, SIDES } from './peer-queries.mjs';

const { values } = parseArgs({
  options: {
    query: { type: 'string', default: 'detail' },
    requests: { type: 'string', default: '3000' },
    warmup: { type: 'string', default: '1000' },
  },
});
const requests = Number(values.requests);
if (!['detail', 'typename'].includes(values.query)) throw new Error('--query is detail or typename');

// V8's kinds in PerformanceEntry.detail.kind (perf_hooks.constants.NODE_PERFORMANCE_GC_*).
const KINDS = { 1: 'young (scavenge)', 2: 'full (mark-compact)', 4: 'incremental marking', 8: 'weak callbacks' };
const INSTALL = `(() => {
  const { PerformanceObserver } = process.getBuiltinModule('node:perf_hooks');
  globalThis.__benchGc = {};
  globalThis.__benchGcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (globalThis.__benchGc[entry.detail.kind] ??= { count: 0, ms: 0 });
      kind.count++;
      kind.ms += entry.duration;
    }
  });
  globalThis.__benchGcObserver.observe({ entryTypes: ['gc'] });
})()`;
const READ = `JSON.stringify({ cpu: process.cpuUsage(), gc: globalThis.__benchGc })`;

/** A minimal Chrome DevTools Protocol client over the server's inspector WebSocket. */
async function inspector(port) {
  const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let nextId = 0;
  const pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  return {
    evaluate: (expression) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, (m) =>
          m.result?.exceptionDetails ? reject(new Error(m.result.exceptionDetails.text)) : resolve(m.result.result.value),
        );
        socket.send(JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }));
      }),
    close: () => socket.close(),
  };
}

/** Throws unless both sides gave the same answers (once both have been asked). */
function checkSameAnswers(answers) {
  if (!answers.tvaers || !answers.peer) return;
  const differing = [...answers.tvaers].filter(([i, answer]) => answers.peer.get(i) !== answer);
  if (differing.length > 0 || answers.tvaers.size !== answers.peer.size) {
    throw new Error(`the sides answer ${differing.length} of ${answers.tvaers.size} requests differently, e.g. ${differing[0]?.[1]}`);
  }
}

const database = await openBenchDatabase();
try {
  const programmeId = await ensureScaleProgramme(database, 10_000, 1_000_000);
  const projectIds = (
    await database.pool.query('SELECT id FROM projects WHERE programme_id = $1 ORDER BY random() LIMIT 200', [programmeId])
  ).rows.map((r) => r.id);
  const loadBefore = await loadAverage();
  const results = [];
  const answers = {};
  for (const [side, port] of [
    ['tvaers', 9391],
    ['peer', 9392],
    ['peer', 9393],
    ['tvaers', 9394],
  ]) {
    const server =
      side === 'tvaers'
        ? await spawnServer('servers/tvaers.mjs', [database.url, 'VIEWER'], {
            nodeOptions: [...tvaersNodeOptions(), `--inspect=127.0.0.1:${port}`],
          })
        : await spawnServer('peer/server.mjs', [database.url], { nodeOptions: [`--inspect=127.0.0.1:${port}`] });
    const devtools = await inspector(port);
    try {
      const query = values.query === 'typename' ? '{ __typename }' : SIDES[side].detail;
      // graphqlRequest throws on any error, so no failure is counted.
      const send = (i) =>
        graphqlRequest(server.url, server.token, {
          query,
          variables: values.query === 'typename' ? {} : { id: projectIds[i % projectIds.length] },
        });
      // The warm-up's first pass over the projects records each answer, to compare the sides by.
      const seen = (answers[side] ??= new Map());
      for (let i = 0; i < Number(values.warmup); i++) {
        const data = await send(i);
        if (i < projectIds.length) seen.set(i, values.query === 'typename' ? data.__typename : canonical(SIDES[side].detailRow(data)));
      }
      checkSameAnswers(answers);
      await devtools.evaluate(INSTALL);
      const before = JSON.parse(await devtools.evaluate(READ));
      const started = performance.now();
      const latencies = [];
      for (let i = 0; i < requests; i++) {
        const sent = performance.now();
        await send(i);
        latencies.push(performance.now() - sent);
      }
      const wallMs = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 200)); // the observer's last entries
      const after = JSON.parse(await devtools.evaluate(READ));
      const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
      results.push({ side, wallMs, p50: percentile(latencies, 50), p99: percentile(latencies, 99), cpuMs, gc: after.gc });
    } finally {
      devtools.close();
      await server.stop();
    }
  }

  const loadAfter = await loadAverage();
  console.log(
    `${values.query}, one client, ${requests} requests per side and run after ${values.warmup} not counted (load ${loadBefore} → ${loadAfter})`,
  );
  for (const r of results) {
    console.log(
      `${r.side.padEnd(7)} mean ${(r.wallMs / requests).toFixed(3)} ms, p50 ${r.p50.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms, API CPU ${(r.cpuMs / requests).toFixed(3)} ms per request`,
    );
    for (const [kind, { count, ms }] of Object.entries(r.gc)) {
      console.log(
        `        ${(KINDS[kind] ?? kind).padEnd(20)} ${String(count).padStart(5)} × ${(ms / count).toFixed(2)} ms = ${ms.toFixed(0)} ms, ${((ms * 1000) / requests).toFixed(1)} µs per request`,
      );
    }
  }
} finally {
  await database.close();
}
process.exit(0);
