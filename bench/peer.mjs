#!/usr/bin/env node
// Benchmark against a peer: Tværs's GraphQL API and PostGraphile 5 (amber preset) on the same scale
// database, each in its own process, answering the same nested reads. It first checks that both return
// the same rows, then runs interleaved rounds (closed loop, 10 connections, and one client; each
// side's figures of a round from two halves in the order A B B A, after a window of A that is not counted) of
//   list:   50 projects with partners, budget lines, benefits, targets and measurements
//   detail: one project with the same nested fields
// and prints throughput, latency, CPU per request of each server and of PostgreSQL, and the ratios. Tværs runs with the flags of `npm start`
// (tvaersNodeOptions in support.mjs; TVAERS_NODE_OPTIONS overrides them). Tværs reads as a VIEWER member, with authentication,
// authorisation and row-level security in force; PostGraphile reads as the database owner.
//   npm run bench:peer -- --rounds 3 --seconds 10
import { parseArgs } from 'node:util';
import {
  closedLoop,
  cpuTimes,
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
    projects: { type: 'string', default: '10000' },
    measurements: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    single: { type: 'string', default: '50' },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const database = await openBenchDatabase();
const servers = [];
try {
  const programmeId = await ensureScaleProgramme(database, Number(values.projects), Number(values.measurements));
  const projectIds = (
    await database.pool.query('SELECT id FROM projects WHERE programme_id = $1 ORDER BY random() LIMIT 200', [programmeId])
  ).rows.map((r) => r.id);
  const tvaers = await spawnServer('servers/tvaers.mjs', [database.url, 'VIEWER'], {
    nodeOptions: tvaersNodeOptions(),
  });
  servers.push(tvaers);
  const peer = await spawnServer('peer/server.mjs', [database.url]);
  servers.push(peer);

  const post = (server, query, variables) => graphqlRequest(server.url, server.token, { query, variables });

  const ask = {
    tvaers: { list: () => post(tvaers, SIDES.tvaers.list, { p: programmeId }), detail: (id) => post(tvaers, SIDES.tvaers.detail, { id }) },
    peer: { list: () => post(peer, SIDES.peer.list, { p: programmeId }), detail: (id) => post(peer, SIDES.peer.detail, { id }) },
  };

  // Same rows first, or the comparison means nothing.
  const listOf = async (side) => SIDES[side].listRows(await ask[side].list()).map(canonical);
  const [ourList, peerList] = [await listOf('tvaers'), await listOf('peer')];
  if (ourList.length !== 50 || JSON.stringify(ourList) !== JSON.stringify(peerList)) {
    const i = ourList.findIndex((row, k) => row !== peerList[k]);
    throw new Error(`the list differs at row ${i}:\n  Tværs ${ourList[i]?.slice(0, 400)}\n  peer  ${peerList[i]?.slice(0, 400)}`);
  }
  for (const id of projectIds.slice(0, 20)) {
    const ours = canonical(SIDES.tvaers.detailRow(await ask.tvaers.detail(id)));
    const theirs = canonical(SIDES.peer.detailRow(await ask.peer.detail(id)));
    if (ours !== theirs) throw new Error(`project ${id} differs:\n  Tværs ${ours.slice(0, 400)}\n  peer  ${theirs.slice(0, 400)}`);
  }
  const children = ourList.reduce((n, row) => n + JSON.parse(row).benefits.length, 0);
  console.log(`Same rows: the 50-project list (${children} benefits) and 20 random projects agree.`);

  const workloads = {
    list: (side) => ask[side].list,
    detail: (side) => {
      let next = 0;
      return () => ask[side].detail(projectIds[next++ % projectIds.length]);
    },
  };
  const results = { tvaers: {}, peer: {} };
  const record = (side, name, figures) => (results[side][name] ??= []).push(figures);
  for (const side of ['tvaers', 'peer'])
    for (const name of Object.keys(workloads)) await closedLoop(workloads[name](side), { connections, seconds: 5 }); // warm-up: V8 compiling, statements prepared per connection

  // One measurement of a side: closed-loop windows, CPU of its server and of PostgreSQL per request.
  const measure = async (side, name, options) => {
    const server = side === 'tvaers' ? tvaers : peer;
    let before;
    const figures = await closedLoop(workloads[name](side), { ...options, onStart: () => (before = cpuTimes(server.pid)) });
    before = await before;
    const after = await cpuTimes(server.pid);
    if (figures.errors) throw new Error(`${side} ${name}: ${figures.errors} errors`);
    return { ...figures, cpuServerMs: after.server - before.server, cpuPostgresMs: after.postgres - before.postgres };
  };
  // Each side's figures of a round come from two halves in the order A B B A. The side measured first
  // after other work pays for it (the garbage the server collects then, PostgreSQL's caches): with
  // A B in odd rounds and B A in even ones, three rounds put Tværs first twice, and each window's first
  // side lost 5-50 % (bench runs of 2026-12-03). A B B A gives both sides one first and one last place.
  // Even so the first window after another workload stayed slow, on either side and despite its own
  // warm-up (one project from one client: 3.2-4.5 ms, against 2.3-3.4 ms for the other three halves in
  // all four rounds of a run on 2026-12-03). A window of A that is not counted now takes that place:
  // each side then has one half that follows its own window and one that follows the other side's.
  const abba = async (name, order, options) => {
    await measure(order[0], name, options);
    const halves = { tvaers: [], peer: [] };
    for (const side of [...order, ...[...order].reverse()]) halves[side].push(await measure(side, name, options));
    return Object.fromEntries(
      Object.entries(halves).map(([side, [a, b]]) => {
        const latencies = [...a.latencies, ...b.latencies];
        const requests = a.requests + b.requests;
        return [
          side,
          {
            requests,
            perSecond: requests / (a.seconds + b.seconds),
            p50: percentile(latencies, 50),
            p99: percentile(latencies, 99),
            cpuServer: (a.cpuServerMs + b.cpuServerMs) / requests,
            cpuPostgres: (a.cpuPostgresMs + b.cpuPostgresMs) / requests,
          },
        ];
      }),
    );
  };

  for (let round = 1; round <= rounds; round++) {
    // Alternate which side goes first, so neither always runs on a warmer cache.
    const order = round % 2 ? ['tvaers', 'peer'] : ['peer', 'tvaers'];
    for (const name of Object.keys(workloads)) {
      const load = await loadAverage();
      // Each window starts after 2 s of the same work that are not counted: the requests still in
      // flight at the end of the previous window, and the client's garbage from the list's large
      // answers, then burden neither side (without it the side measured first in a round lost 10–20 %).
      const bySide = await abba(name, order, { connections, seconds: seconds / 2, warmupSeconds: 2 });
      for (const side of order) {
        const figures = bySide[side];
        record(side, name, { ...figures, load });
        console.log(
          `round ${round} ${name.padEnd(6)} ${side.padEnd(6)} ${connections} conns: ${figures.perSecond.toFixed(1)} req/s, p50 ${figures.p50.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms, CPU per request: server ${figures.cpuServer.toFixed(2)} ms, PostgreSQL ${figures.cpuPostgres.toFixed(2)} ms (load ${load})`,
        );
      }
    }
    // One client: the latency of a request alone. The detail answers in milliseconds, so it takes more
    // requests. As with the windows above, each starts after 1 s of the same requests that are not
    // counted, so neither side is measured while it still collects the garbage of the work before.
    for (const [name, requests, unit] of [
      ['list', Number(values.single), 'lists'],
      ['detail', Number(values.single) * 20, 'projects'],
    ]) {
      const load = await loadAverage();
      const bySide = await abba(name, order, { connections: 1, seconds: 600, maxRequests: Math.ceil(requests / 2), warmupSeconds: 1 });
      for (const side of order) {
        const figures = bySide[side];
        record(side, `single-${name}`, { ...figures, load });
        console.log(
          `round ${round} single ${side.padEnd(6)} 1 client, ${figures.requests} ${unit}: p50 ${figures.p50.toFixed(1)} ms (load ${load})`,
        );
      }
    }
  }

  const median = (xs) => percentile(xs, 50);
  const of = (side, name, key) => median(results[side][name].map((f) => f[key]));
  console.log('\nMedian over rounds          Tværs        PostGraphile   ratio');
  for (const name of ['list', 'detail']) {
    const ours = of('tvaers', name, 'perSecond');
    const theirs = of('peer', name, 'perSecond');
    console.log(
      `${name.padEnd(6)} throughput        ${ours.toFixed(1).padStart(7)} req/s ${theirs.toFixed(1).padStart(7)} req/s   ${(ours / theirs).toFixed(2)}× (≥ 1.0 wanted)`,
    );
    for (const [label, key] of [
      ['server CPU', 'cpuServer'],
      ['PostgreSQL CPU', 'cpuPostgres'],
    ]) {
      console.log(
        `  ${label.padEnd(22)} ${of('tvaers', name, key).toFixed(2).padStart(7)} ms    ${of('peer', name, key).toFixed(2).padStart(7)} ms    per request`,
      );
    }
  }
  for (const name of ['list', 'detail']) {
    const ours = of('tvaers', `single-${name}`, 'p50');
    const theirs = of('peer', `single-${name}`, 'p50');
    console.log(
      `${name.padEnd(6)} one client p50    ${ours.toFixed(1).padStart(7)} ms    ${theirs.toFixed(1).padStart(7)} ms      ${(ours / theirs).toFixed(2)}× (≤ 1.0 wanted)`,
    );
  }
} finally {
  for (const server of servers) await server.stop();
  await database.close();
}
