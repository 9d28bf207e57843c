// The HA test cluster on loopback: etcd, two PostgreSQL 15 nodes under Patroni (synchronous
// replication), HAProxy in front of PostgreSQL and of the API processes. Debian's packages only
// (patroni, etcd-server, haproxy, postgresql-15); run as root, PostgreSQL runs as `postgres`.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { fillTemplate, killByPidFile, signalGroup, start, waitFor } from './processes.mjs';

const HERE = import.meta.dirname;
export const BINARIES = {
  etcd: '/usr/bin/etcd',
  patroni: '/usr/bin/patroni',
  haproxy: '/usr/sbin/haproxy',
  postgres: '/usr/lib/postgresql/15/bin/postgres',
};

/** What is missing to run the cluster here, in words; empty when all is in place. */
export function missingPrerequisites() {
  const missing = [];
  if (process.getuid?.() !== 0) missing.push('root (PostgreSQL runs as the postgres user)');
  for (const [name, file] of Object.entries(BINARIES)) if (!existsSync(file)) missing.push(`${name} (${file})`);
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    missing.push('the postgres system user');
  }
  return missing;
}

const secret = () => randomBytes(18).toString('base64url');

/** Patroni's REST API of one node: 200 or 503 for a role check; 0 when the node does not answer. */
async function restStatus(port, route) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${route}`, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) });
    return response.status;
  } catch {
    return 0;
  }
}

/** A member that replicates synchronously and is up ("running" in Patroni 3.0, "streaming" later). */
export const isSyncStandby = (member) => member.role === 'sync_standby' && ['running', 'streaming'].includes(member.state);

export async function clusterMembers(node) {
  const response = await fetch(`http://127.0.0.1:${node.restPort}/cluster`, { signal: AbortSignal.timeout(1000) });
  return (await response.json()).members;
}

/**
 * Starts etcd, both Patroni nodes and HAProxy under `dir` with the given ports; resolves once the
 * primary takes writes through HAProxy and the standby is synchronous.
 */
export async function startCluster(dir, ports, log) {
  const passwords = { superuser: secret(), replication: secret(), rewind: secret() };
  const postgresUid = Number(execFileSync('id', ['-u', 'postgres']).toString());
  const postgresGid = Number(execFileSync('id', ['-g', 'postgres']).toString());
  chmodSync(dir, 0o755); // the postgres user must reach its folders below

  const etcdDir = path.join(dir, 'etcd');
  const etcdUrl = `http://127.0.0.1:${ports.etcdClient}`;
  const etcd = start(
    'etcd',
    BINARIES.etcd,
    [
      '--name',
      'etcd0',
      '--data-dir',
      etcdDir,
      '--listen-client-urls',
      etcdUrl,
      '--advertise-client-urls',
      etcdUrl,
      '--listen-peer-urls',
      `http://127.0.0.1:${ports.etcdPeer}`,
      '--initial-advertise-peer-urls',
      `http://127.0.0.1:${ports.etcdPeer}`,
      '--initial-cluster',
      `etcd0=http://127.0.0.1:${ports.etcdPeer}`,
      '--initial-cluster-state',
      'new',
    ],
    { logDir: dir },
  );
  await waitFor('etcd to be healthy', async () => (await fetch(`${etcdUrl}/health`, { signal: AbortSignal.timeout(1000) })).ok, {
    timeoutMs: 20_000,
  });
  log(`etcd healthy on 127.0.0.1:${ports.etcdClient}`);

  const template = readFileSync(path.join(HERE, 'patroni.yml'), 'utf8');
  const nodes = ['pg1', 'pg2'].map((name, i) => {
    const home = path.join(dir, name);
    mkdirSync(path.join(home, 'socket'), { recursive: true });
    const config = path.join(home, 'patroni.yml');
    writeFileSync(
      config,
      fillTemplate(template, {
        NAME: name,
        REST_PORT: ports.rest[i],
        PG_PORT: ports.pg[i],
        ETCD_PORT: ports.etcdClient,
        DATA_DIR: path.join(home, 'data'),
        SOCKET_DIR: path.join(home, 'socket'),
        PGPASS_FILE: path.join(home, 'pgpass'),
        SUPERUSER_PASSWORD: passwords.superuser,
        REPLICATION_PASSWORD: passwords.replication,
        REWIND_PASSWORD: passwords.rewind,
      }),
      { mode: 0o600 },
    );
    for (const file of [home, path.join(home, 'socket'), config]) chownSync(file, postgresUid, postgresGid);
    chmodSync(home, 0o700);
    return { name, home, config, restPort: ports.rest[i], pgPort: ports.pg[i], dataDir: path.join(home, 'data'), process: undefined };
  });
  const { PGPASSWORD: _ignored, ...patroniEnv } = process.env; // PGPASSWORD would override Patroni's passfile and break pg_rewind
  const startNode = (node) => {
    node.process = start(`patroni-${node.name}`, 'runuser', ['-u', 'postgres', '--', BINARIES.patroni, node.config], {
      logDir: dir,
      env: patroniEnv,
      cwd: node.home,
    });
  };

  startNode(nodes[0]);
  await waitFor(`${nodes[0].name} to become the primary`, async () => (await restStatus(nodes[0].restPort, '/primary')) === 200, {
    timeoutMs: 60_000,
  });
  startNode(nodes[1]);

  const errorFile = path.join(dir, 'service-unavailable.http');
  writeFileSync(errorFile, httpMessage(readFileSync(path.join(HERE, 'service-unavailable.http'), 'utf8')));
  const haproxyConfig = path.join(dir, 'haproxy.cfg');
  writeFileSync(
    haproxyConfig,
    fillTemplate(readFileSync(path.join(HERE, 'haproxy.cfg'), 'utf8'), {
      PRIMARY_PORT: ports.primary,
      REPLICA_PORT: ports.replica,
      API_PORT: ports.api,
      NODE1_NAME: nodes[0].name,
      NODE1_PG_PORT: nodes[0].pgPort,
      NODE1_REST_PORT: nodes[0].restPort,
      NODE2_NAME: nodes[1].name,
      NODE2_PG_PORT: nodes[1].pgPort,
      NODE2_REST_PORT: nodes[1].restPort,
      API1_PORT: ports.apiProcesses[0],
      API2_PORT: ports.apiProcesses[1],
      ERROR_FILE: errorFile,
    }),
  );
  execFileSync(BINARIES.haproxy, ['-c', '-q', '-f', haproxyConfig]); // a broken configuration fails here, loudly
  const haproxy = start('haproxy', BINARIES.haproxy, ['-db', '-f', haproxyConfig], { logDir: dir });

  const superuserUrl = (port, database = 'postgres') =>
    `postgres://postgres:${encodeURIComponent(passwords.superuser)}@127.0.0.1:${port}/${database}`;
  await waitFor('the primary to take connections through HAProxy', () => query(superuserUrl(ports.primary), 'SELECT 1'), {
    timeoutMs: 30_000,
  });
  await waitFor(
    `${nodes[1].name} to stream as the synchronous standby`,
    async () => {
      const members = await clusterMembers(nodes[0]);
      return members.some((m) => m.name === nodes[1].name && isSyncStandby(m));
    },
    { timeoutMs: 90_000 },
  );
  log(
    `Patroni: ${nodes[0].name} primary, ${nodes[1].name} synchronous standby; HAProxy primary :${ports.primary}, replicas :${ports.replica}, API :${ports.api}`,
  );

  return { etcd, haproxy, nodes, passwords, superuserUrl, ports, startNode };
}

/** The node Patroni reports as the leader. */
export async function leader(cluster) {
  for (const node of cluster.nodes) {
    if ((await restStatus(node.restPort, '/primary')) === 200) return node;
  }
  return undefined;
}

/** Kills a node's Patroni and its PostgreSQL with SIGKILL: the machine is gone, nothing shuts down cleanly. */
export function killNode(node) {
  signalGroup(node.process, 'SIGKILL');
  return killByPidFile(path.join(node.dataDir, 'postmaster.pid'), 'SIGKILL');
}

/** Stops what Patroni left behind: a daemonised postmaster is not in Patroni's process group. */
export function stopLeftoverPostgres(cluster) {
  for (const node of cluster?.nodes ?? []) killByPidFile(path.join(node.dataDir, 'postmaster.pid'), 'SIGQUIT');
}

/** One statement on a fresh connection; resolves to the rows. */
export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** HAProxy's errorfile is a whole HTTP message: CRLF line ends and the body's exact length. */
function httpMessage(text) {
  const [head, body] = text.split(/\n\n/);
  const lines = head.trim().split('\n');
  lines.push(`Content-Length: ${Buffer.byteLength(body.trim())}`);
  return `${lines.join('\r\n')}\r\n\r\n${body.trim()}`;
}
