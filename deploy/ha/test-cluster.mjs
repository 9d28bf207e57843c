#!/usr/bin/env node
// `npm run test:cluster` (as root, after `npm run build`): Tværs on a highly available PostgreSQL.
//   1. PostgreSQL 15 under Patroni (two nodes, synchronous replication, etcd), HAProxy in front of the
//      database and of two API processes. A write and read workload runs through the front HAProxy;
//      during it the primary is killed with SIGKILL (Patroni promotes the standby), then one API
//      process. Asserts: no acknowledged write lost or duplicated, every failure a clean 503
//      SERVICE_UNAVAILABLE (never a 500 or a hang), the audit chain verifies; prints the failover time.
//   2. The same migrations and workload on the embedded PostgreSQL 18, without failures.
// Loopback only; every wait is bounded; everything started is stopped at the end, also on failure.
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  clusterMembers,
  isSyncStandby,
  killNode,
  leader,
  missingPrerequisites,
  query,
  startCluster,
  stopLeftoverPostgres,
} from './cluster.mjs';
import { startNodeFlags } from '../../scripts/start-flags.mjs';
import { freePorts, signalGroup, sleep, start, stopAll, tail, waitFor } from './processes.mjs';
import { graphql, reconcile, signIn, startWorkload, summarise } from './workload.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'dist/api/apps/api/src/main.js');
const NODE_FLAGS = startNodeFlags();
const EMBEDDED = path.join(ROOT, 'apps/api/src/database/embedded-postgres.js');
const LOGS = path.join(ROOT, 'test-results/cluster');
const DEADLINE_MS = 8 * 60_000;
const WORKLOAD = { writers: 6, readers: 4 };
const DEMO_PASSWORD = 'tvaers-demo';

const log = (message) => console.log(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? '✔' : '✖'} ${message}`);
  if (!ok) failures.push(message);
};
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One API process on `port` against `databaseUrl`, with the flags of `npm start`. */
function startApi(name, dir, port, databaseUrl, tokenSecret, readDatabaseUrl) {
  const { NODE_ENV: _mode, DATABASE_READ_URL: _read, ...env } = process.env;
  return start(name, process.execPath, [...NODE_FLAGS, MAIN], {
    logDir: dir,
    cwd: ROOT,
    env: {
      ...env,
      DATABASE_URL: databaseUrl,
      ...(readDatabaseUrl ? { DATABASE_READ_URL: readDatabaseUrl } : {}),
      PORT: String(port),
      TOKEN_SECRET: tokenSecret,
      TVAERS_DEMO_DATA: 'true',
      TVAERS_DATA_DIR: path.join(dir, name),
      SHUTDOWN_DRAIN_SECONDS: '0',
    },
  });
}

const ready = async (port) => (await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2000) })).status === 200;

/** Sign-in, the programme to write into, and an admin for the audit chain. */
async function prepareClients(graphqlUrl) {
  const office = await signIn(graphqlUrl, 'office@tvaers.demo', DEMO_PASSWORD);
  const admin = await signIn(graphqlUrl, 'admin@tvaers.demo', DEMO_PASSWORD);
  const { body } = await graphql(graphqlUrl, office, '{ programmes { id name } }');
  const programmeId = body.data?.programmes?.[0]?.id;
  if (!programmeId) throw new Error(`no programme for the office user: ${JSON.stringify(body).slice(0, 200)}`);
  return { office, admin, programmeId };
}

/** Projects of this run by code, audit events missing for them, and the chain's verdict. */
async function verifyData(databaseUrl, graphqlUrl, adminToken, codePrefix) {
  const rows = await query(databaseUrl, 'SELECT code, count(*)::int AS rows FROM projects WHERE code LIKE $1 GROUP BY code', [
    `${codePrefix}-%`,
  ]);
  const unaudited = await query(
    databaseUrl,
    `SELECT count(*)::int AS n FROM projects p WHERE p.code LIKE $1 AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity_id::text = p.id::text)`,
    [`${codePrefix}-%`],
  );
  const { body } = await graphql(graphqlUrl, adminToken, '{ verifyAuditChain { ok checked firstBrokenSequence reason } }');
  return { found: new Map(rows.map((r) => [r.code, r.rows])), unaudited: unaudited[0].n, chain: body.data?.verifyAuditChain ?? body };
}

const tallyText = (t) => `${t.ok} ok, ${t.unavailable} refused with 503, ${t.closed} cut off, ${t.failed} failed otherwise`;

/** `killedAt`: when an API process was killed; requests in flight on it may be cut off, no others. */
function report(label, records, reconciled, verified, killedAt) {
  const summary = summarise(records);
  log(`${label}: writes ${tallyText(summary.writes)}; reads ${tallyText(summary.reads)}`);
  for (const failure of summary.failures) log(`  failed: ${failure}`);
  log(
    `${label}: ${reconciled.acknowledged} writes acknowledged, ${reconciled.found} found in the database (${reconciled.writtenWithoutAnswer} written whose answer was lost)`,
  );
  check(
    reconciled.lost.length === 0,
    `${label}: acknowledged writes lost: ${reconciled.lost.length}${reconciled.lost.length ? ` (${reconciled.lost.slice(0, 5).join(', ')})` : ''}`,
  );
  check(reconciled.duplicated.length === 0, `${label}: writes duplicated: ${reconciled.duplicated.length}`);
  check(reconciled.strangers.length === 0, `${label}: rows no client sent: ${reconciled.strangers.length}`);
  check(
    summary.failureCount === 0,
    `${label}: requests that failed other than with a clean 503 SERVICE_UNAVAILABLE (a 500, another error, a hang): ${summary.failureCount}`,
  );
  const cutOff = records.filter((r) => r.outcome === 'closed');
  // In flight: sent before the kill, or in the moment the dying process still held its port.
  const inFlightOnKilled = (r) => killedAt !== undefined && r.startedAt - killedAt < 500 && r.endedAt - killedAt < 2_000;
  const others = cutOff.filter((r) => !inFlightOnKilled(r)).map((r) => `${r.startedAt - killedAt}…${r.endedAt - killedAt} ms`);
  check(
    others.length === 0,
    `${label}: connections cut off without an answer: ${cutOff.length}, all of them requests in flight when an API process was killed${others.length ? ` (not: ${others.join(', ')} from the kill)` : ''}`,
  );
  check(verified.unaudited === 0, `${label}: projects written without their audit event: ${verified.unaudited}`);
  check(
    verified.chain?.ok === true,
    `${label}: audit chain verifies (${verified.chain?.checked ?? '?'} events${verified.chain?.ok ? '' : `; ${JSON.stringify(verified.chain)}`})`,
  );
  return summary;
}

async function clusterScenario(dir, cluster, ports) {
  const password = randomBytes(18).toString('base64url');
  await query(cluster.superuserUrl(ports.primary), `CREATE ROLE tvaers LOGIN CREATEROLE PASSWORD '${password}'`);
  await query(cluster.superuserUrl(ports.primary), 'CREATE DATABASE tvaers OWNER tvaers');
  const databaseUrl = `postgres://tvaers:${password}@127.0.0.1:${ports.primary}/tvaers`;
  const readDatabaseUrl = `postgres://tvaers:${password}@127.0.0.1:${ports.replica}/tvaers`;
  const ownerView = cluster.superuserUrl(ports.primary, 'tvaers');
  const tokenSecret = randomBytes(36).toString('base64url');

  // Both at once: the first migrates and loads the demo portfolio, the second waits for its lock.
  const started = Date.now();
  const apis = ports.apiProcesses.map((port, i) => ({
    port,
    process: startApi(`api${i + 1}`, dir, port, databaseUrl, tokenSecret, readDatabaseUrl),
  }));
  for (const api of apis)
    await waitFor(`${api.process.name} to be ready (log: ${api.process.logFile})`, () => ready(api.port), {
      timeoutMs: 120_000,
      everyMs: 500,
    });
  await waitFor('HAProxy to route to the API processes', () => ready(ports.api), { timeoutMs: 20_000 });
  log(`two API processes migrated PostgreSQL 15 and are ready behind HAProxy in ${seconds(Date.now() - started)}`);

  const graphqlUrl = `http://127.0.0.1:${ports.api}/graphql`;
  const clients = await prepareClients(graphqlUrl);
  const codePrefix = `HA15${randomBytes(2).toString('hex').toUpperCase()}`;
  const workload = startWorkload({ url: graphqlUrl, token: clients.office, programmeId: clients.programmeId, ...WORKLOAD, codePrefix });
  await sleep(5_000);

  const primary = await leader(cluster);
  if (!primary) throw new Error('no primary before the failover');
  const standby = cluster.nodes.find((n) => n !== primary);
  const killedAt = Date.now();
  killNode(primary);
  log(`killed the primary ${primary.name} (Patroni and PostgreSQL, SIGKILL)`);
  await waitFor(`${standby.name} to be promoted`, async () => (await leader(cluster)) === standby, { timeoutMs: 60_000, everyMs: 100 });
  const promotedAfter = Date.now() - killedAt;
  const recovered = await waitFor('a write acknowledged after the failover', () => workload.firstAcknowledgedWriteAfter(killedAt), {
    timeoutMs: 60_000,
    everyMs: 100,
  });
  const failoverMs = recovered.endedAt - killedAt;
  log(`Patroni promoted ${standby.name} after ${seconds(promotedAfter)}; writes acknowledged again after ${seconds(failoverMs)}`);
  const askDashboard = () =>
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clients.office}` },
      body: JSON.stringify({
        query: 'query($p: ID!) { portfolioSummary(programmeId: $p) { actualCost } }',
        variables: { p: clients.programmeId },
      }),
    });
  // There is no standby now: the dashboard reads the primary (live, so without X-Data-As-Of) instead of failing.
  const withoutStandbyFrom = Date.now();
  await waitFor(
    'the dashboard to answer from the primary while there is no standby',
    async () => {
      const response = await askDashboard();
      return response.status === 200 && !response.headers.get('x-data-as-of');
    },
    { timeoutMs: 20_000, everyMs: 250 },
  );
  log(`no standby: dashboards read from the primary ${seconds(Date.now() - withoutStandbyFrom)} after the writes came back`);

  await sleep(3_000);
  const apiKilledAt = Date.now();
  signalGroup(apis[0].process, 'SIGKILL');
  log(`killed API process ${apis[0].process.name} (SIGKILL)`);
  const apiRecovered = await waitFor(
    'a write acknowledged after the API process died',
    () => workload.firstAcknowledgedWriteAfter(apiKilledAt + 1),
    { timeoutMs: 30_000, everyMs: 100 },
  );
  await sleep(5_000);
  const records = await workload.stop();

  // The old primary rejoins as a standby (pg_rewind), so the data is on two nodes again.
  const rejoinStarted = Date.now();
  cluster.startNode(primary);
  await waitFor(
    `${primary.name} to rejoin as the synchronous standby`,
    async () => (await clusterMembers(standby)).some((m) => m.name === primary.name && isSyncStandby(m)),
    { timeoutMs: 90_000, everyMs: 250 },
  );
  log(`${primary.name} rejoined as the synchronous standby after ${seconds(Date.now() - rejoinStarted)}`);

  const during = (from, to) => records.filter((r) => r.startedAt < to && r.endedAt >= from);
  const failoverWindow = summarise(during(killedAt, recovered.endedAt));
  const apiWindow = summarise(during(apiKilledAt, apiRecovered.endedAt));
  log(
    `failover: ${seconds(failoverMs)} without writes; requests during it: writes ${tallyText(failoverWindow.writes)}; reads ${tallyText(failoverWindow.reads)}`,
  );
  log(
    `API process lost: ${seconds(apiRecovered.endedAt - apiKilledAt)} until the next acknowledged write; requests during it: writes ${tallyText(apiWindow.writes)}; reads ${tallyText(apiWindow.reads)}`,
  );

  // The dashboard reads the standby (DATABASE_READ_URL) and says how fresh it is: at least every write
  // acknowledged before it asked. While there was no standby (between the promotion and the rejoin) the
  // API read from the primary; it goes back to the standby once its probe (every 5 s) sees it answer.
  const lastAcknowledged = records.filter((r) => r.kind === 'write' && r.outcome === 'ok').at(-1);
  const backToStandbyFrom = Date.now();
  const dashboard = await waitFor(
    'the dashboard to answer from the standby',
    async () => {
      const response = await askDashboard();
      return response.status === 200 ? (response.headers.get('x-data-as-of') ?? undefined) : undefined;
    },
    { timeoutMs: 20_000, everyMs: 250 },
  );
  log(`dashboards read from the standby again ${seconds(Date.now() - backToStandbyFrom)} after it rejoined`);
  const [readers] = await query(
    cluster.superuserUrl(ports.replica, 'tvaers'),
    `SELECT count(*)::int AS n, bool_and(pg_is_in_recovery()) AS standby FROM pg_stat_activity WHERE application_name = 'tvaers-read'`,
  );
  log(
    `dashboard from the standby: X-Data-As-Of ${dashboard}; the last acknowledged write started ${new Date(lastAcknowledged.startedAt).toISOString()}; read connections on the standby: ${readers.n}`,
  );

  const verified = await verifyData(ownerView, graphqlUrl, clients.admin, codePrefix);
  const replicaRows = await waitFor(
    'the standby to have every row',
    async () => {
      const [row] = await query(
        cluster.superuserUrl(ports.replica, 'tvaers'),
        'SELECT count(*)::int AS n FROM projects WHERE code LIKE $1',
        [`${codePrefix}-%`],
      );
      return row.n === verified.found.size ? row.n : undefined;
    },
    { timeoutMs: 20_000 },
  );
  report('PostgreSQL 15 cluster', records, reconcile(records, verified.found), verified, apiKilledAt);
  check(replicaRows === verified.found.size, `PostgreSQL 15 cluster: the rejoined standby has the same ${replicaRows} rows as the primary`);
  check(
    readers.n > 0 && readers.standby === true,
    `PostgreSQL 15 cluster: dashboards read from the standby (${readers.n} read connections there)`,
  );
  check(
    Date.parse(dashboard) >= lastAcknowledged.startedAt,
    `PostgreSQL 15 cluster: X-Data-As-Of ${dashboard} covers the last acknowledged write`,
  );
  check(failoverMs < 45_000, `PostgreSQL 15 cluster: failover time ${seconds(failoverMs)} (bound 45 s)`);
}

async function embeddedScenario(dir, ports) {
  const { startEmbeddedPostgres } = await import(EMBEDDED);
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg18'), database: 'tvaers' });
  try {
    const [{ version }] = await query(embedded.url, "SELECT current_setting('server_version') AS version");
    const api = startApi('api-pg18', dir, ports.apiProcesses[0], embedded.url, randomBytes(36).toString('base64url'));
    await waitFor(`api-pg18 to be ready (log: ${api.logFile})`, () => ready(ports.apiProcesses[0]), { timeoutMs: 120_000, everyMs: 500 });
    const graphqlUrl = `http://127.0.0.1:${ports.apiProcesses[0]}/graphql`;
    const clients = await prepareClients(graphqlUrl);
    const codePrefix = `HA18${randomBytes(2).toString('hex').toUpperCase()}`;
    const workload = startWorkload({ url: graphqlUrl, token: clients.office, programmeId: clients.programmeId, ...WORKLOAD, codePrefix });
    await sleep(8_000);
    const records = await workload.stop();
    const verified = await verifyData(embedded.url, graphqlUrl, clients.admin, codePrefix);
    report(`embedded PostgreSQL ${version}`, records, reconcile(records, verified.found), verified);
    signalGroup(api, 'SIGTERM');
    await waitFor('api-pg18 to stop', () => api.exited, { timeoutMs: 30_000 });
  } finally {
    await embedded.stop();
  }
}

function keepLogs(dir, target) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.log'))) cpSync(path.join(dir, file), path.join(target, file));
}

async function main() {
  const missing = missingPrerequisites();
  if (missing.length)
    throw new Error(
      `the cluster test needs ${missing.join(', ')}; .ci/run installs the packages (apt-get install patroni etcd-server haproxy postgresql-15) and runs it as root`,
    );
  if (!existsSync(MAIN)) throw new Error(`${path.relative(ROOT, MAIN)} is missing: run npm run build first`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tvaers-cluster-'));
  let cluster;
  const cleanUp = async () => {
    await stopAll();
    stopLeftoverPostgres(cluster);
    await sleep(500);
    // The logs of a failed run stay for reading (test-results/ is not committed); the data goes.
    if (failures.length) keepLogs(dir, LOGS);
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = setTimeout(() => {
    console.error(`✖ the cluster test did not finish within ${DEADLINE_MS / 60_000} minutes`);
    void cleanUp().finally(() => process.exit(1));
  }, DEADLINE_MS);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  try {
    const [etcdClient, etcdPeer, rest1, rest2, pg1, pg2, primary, replica, api, api1, api2] = await freePorts(11);
    const ports = { etcdClient, etcdPeer, rest: [rest1, rest2], pg: [pg1, pg2], primary, replica, api, apiProcesses: [api1, api2] };
    const started = Date.now();
    cluster = await startCluster(dir, ports, log);
    log(`cluster up in ${seconds(Date.now() - started)}`);
    await clusterScenario(dir, cluster, ports);
    await stopAll();
    stopLeftoverPostgres(cluster);
    await embeddedScenario(dir, ports);
  } catch (error) {
    failures.push(error.message);
    console.error(`✖ ${error.stack ?? error}`);
    for (const name of ['patroni-pg1', 'patroni-pg2', 'haproxy', 'api1', 'api2', 'api-pg18']) {
      const file = path.join(dir, `${name}.log`);
      if (existsSync(file)) console.error(`\n--- ${name}.log (last lines) ---\n${tail(file)}`);
    }
  } finally {
    clearTimeout(deadline);
    await cleanUp();
  }
  console.log(
    failures.length
      ? `\n✖ cluster test: ${failures.length} check(s) failed; logs in ${path.relative(ROOT, LOGS)}/`
      : '\n✔ cluster test passed',
  );
  process.exit(failures.length ? 1 : 0);
}

await main();
