// Shared set-up of the benchmarks: the scale database (embedded under .data/bench, or DATABASE_URL)
// with its generated programme, and the built API signed in as a bench user.
import path from 'node:path';
import pg from 'pg';
import { startNodeFlags } from '../scripts/start-flags.mjs';

export const root = path.resolve(import.meta.dirname, '..');
export const api = (file) => import(path.join(root, 'dist/api/apps/api/src', file));

await import('reflect-metadata');

/**
 * Starts (or reuses DATABASE_URL), migrates, and returns a pool plus a stop function. `name` keeps a
 * bench's data apart (the scale portfolio under .data/bench, others under .data/bench-<name>);
 * `demoData` loads the demo portfolio, as `npm start` does.
 */
export async function openBenchDatabase(name = '', { demoData = false } = {}) {
  const { startEmbeddedPostgres } = await api('database/embedded-postgres.js');
  const { prepareDatabase } = await api('prepare-database.js');
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.join(root, `.data/bench${name ? `-${name}` : ''}/postgres`), database: 'tvaers_bench' });
  const url = process.env.DATABASE_URL ?? embedded.url;
  // The session settings the API's connections have (data-source.ts), so both sides run alike.
  const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c work_mem=32MB' });
  // Idle clients see the embedded server stop at the end; that is expected.
  pool.on('error', () => undefined);
  await prepareDatabase(url, { demoData, quiet: true });
  return {
    url,
    pool,
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}

/** The generated scale programme with this many projects and measurements, generated if missing. */
export async function ensureScaleProgramme({ url, pool }, projects, measurements) {
  const { createDataSource } = await api('data-source.js');
  const { generateScalePortfolio } = await api('tools/scale-portfolio.js');
  const name = `Skalatest ${projects} projekter`;
  const programmeId = (await pool.query('SELECT id FROM programmes WHERE name = $1 ORDER BY created_at DESC LIMIT 1', [name])).rows[0]?.id;
  const measured = programmeId
    ? Number(
        (
          await pool.query(
            'SELECT count(*) FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.programme_id = $1',
            [programmeId],
          )
        ).rows[0].count,
      )
    : 0;
  if (programmeId && measured === measurements) return programmeId;
  console.log(`Generating ${projects} projects and ${measurements} measurements …`);
  const ds = createDataSource(url, { poolSize: 1 });
  await ds.initialize();
  const started = Date.now();
  const generated = await generateScalePortfolio(ds, { projects, measurements });
  await ds.destroy();
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(generated.rows)}`);
  return generated.programmeId;
}

/** The API in this process, in production mode, and a token of a bench user with `role`. */
export async function startBenchApi({ url, pool }, role) {
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await api('app.module.js');
  const { issueToken } = await api('auth/token.js');
  const tokenSecret = 'bench-only-secret-0123456789abcdef0123456789';
  const email = `bench-${role.toLowerCase()}@tvaers.invalid`;
  const [{ id: userId }] = (
    await pool.query(
      `INSERT INTO users (email, name, role) VALUES ($1, 'Bench', $2) ON CONFLICT (lower(email)) DO UPDATE SET active = true, role = $2 RETURNING id`,
      [email, role],
    )
  ).rows;
  // Rights come from memberships: the bench user is a member of every programme in its role.
  if (role !== 'ADMIN') {
    await pool.query(
      `INSERT INTO memberships (user_id, programme_id, role) SELECT $1, id, $2 FROM programmes ON CONFLICT (user_id, programme_id) DO NOTHING`,
      [userId, role],
    );
  }
  const { token } = issueToken({ sub: userId, purpose: 'session' }, tokenSecret, 3600);
  // BENCH_GRAPHQL_EXECUTION=interpreted measures the API with graphql-js's executor (default: compiled).
  const graphqlExecution = process.env.BENCH_GRAPHQL_EXECUTION === 'interpreted' ? 'interpreted' : 'compiled';
  const app = await NestFactory.create(
    AppModule.forRoot({ databaseUrl: url, production: true, auth: { tokenSecret, sessionSeconds: 3600 }, graphqlExecution }),
    { logger: ['error'] },
  );
  await app.listen(0, '127.0.0.1');
  return { app, token, baseUrl: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/**
 * The Node flags of the Tværs bench server: those of `npm start` (scripts/start-flags.mjs), or
 * TVAERS_NODE_OPTIONS for a measurement with others (e.g. "--max-semi-space-size=64").
 */
export function tvaersNodeOptions() {
  if (process.env.TVAERS_NODE_OPTIONS !== undefined) return process.env.TVAERS_NODE_OPTIONS.split(/\s+/).filter(Boolean);
  return startNodeFlags();
}

/**
 * Starts a bench server script (a path under bench/: servers/tvaers.mjs, peer/server.mjs) in its own Node process, so that the server under
 * load has a core's worth of event loop to itself, and resolves with the JSON line it prints.
 */
export async function spawnServer(script, args, { nodeOptions = [], env = {} } = {}) {
  const { spawn } = await import('node:child_process');
  // NODE_ENV=production as deployed: graphql-js then skips its development-only checks.
  // BENCH_SERVER_NODE_OPTIONS adds flags for a look inside, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = process.env.BENCH_SERVER_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeOptions, ...extra, path.join(root, 'bench', script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env, NODE_ENV: 'production' },
  });
  const info = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 120 s`)), 120_000);
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it listened`));
    });
  });
  return {
    ...info,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Sends `request()` from `connections` concurrent clients for `seconds` (closed loop: each client sends
 * its next request when the previous answered). Returns throughput, latency percentiles and errors;
 * when `request` resolves to a string (a kind of request, e.g. 'read'), the latencies of each kind too.
 * With `warmupSeconds`, the clients run that long first and what they send then is not counted (its
 * requests, errors and worst latency are reported as `warmup`).
 */
export async function closedLoop(request, { connections, seconds, maxRequests = Infinity, warmupSeconds = 0, onStart }) {
  const latencies = [];
  const byKind = {};
  const errorMessages = [];
  const warmup = { requests: 0, errors: 0, maxMs: 0 };
  const begun = performance.now();
  const started = begun + warmupSeconds * 1000;
  const deadline = started + seconds * 1000;
  let sent = 0;
  const startTimer = onStart && setTimeout(onStart, warmupSeconds * 1000);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline && sent < maxRequests) {
        const t0 = performance.now();
        const counted = t0 >= started;
        if (counted) sent++;
        try {
          const kind = await request();
          const ms = performance.now() - t0;
          if (!counted) {
            warmup.requests++;
            warmup.maxMs = Math.max(warmup.maxMs, ms);
            continue;
          }
          latencies.push(ms);
          if (typeof kind === 'string') (byKind[kind] ??= []).push(ms);
        } catch (error) {
          if (counted) errorMessages.push(error.message);
          else warmup.errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  clearTimeout(startTimer);
  return {
    requests: latencies.length,
    errors: errorMessages.length,
    errorMessages,
    perSecond: latencies.length / elapsed,
    seconds: elapsed,
    latencies,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    byKind,
    warmup,
  };
}

/**
 * CPU time used so far (ms, user + system) by the process `pid`, by every PostgreSQL process of this
 * machine, and by this process, from /proc (Linux); subtract two readings for a period's share.
 */
export async function cpuTimes(pid) {
  const { readdir, readFile } = await import('node:fs/promises');
  // utime, stime (and with `reaped`, cutime, cstime: the children that exited); 100 ticks a second.
  const ticksOf = async (p, reaped = false) => {
    const stat = await readFile(`/proc/${p}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const used = Number(fields[11]) + Number(fields[12]) + (reaped ? Number(fields[13]) + Number(fields[14]) : 0);
    return stat ? used * 10 : 0;
  };
  // A backend that exits takes its CPU time with it; the postmaster's cutime/cstime keep it, so the sum
  // over the live processes plus what their parents reaped does not fall when a pooled connection closes.
  let postgres = 0;
  for (const p of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    if ((await readFile(`/proc/${p}/comm`, 'utf8').catch(() => '')).trim() === 'postgres') postgres += await ticksOf(p, true);
  }
  const own = process.cpuUsage();
  return { server: await ticksOf(pid), postgres, client: (own.user + own.system) / 1000 };
}

/** The 1-minute load average, for the record next to each figure. */
export async function loadAverage() {
  const { loadavg } = await import('node:os');
  return loadavg()[0].toFixed(2);
}

/**
 * POSTs a GraphQL request (`{ query, variables, operationName }`) to `url`, with the bearer token if
 * given, and returns `data`; a non-200 answer or any GraphQL error throws, so no bench times a failure.
 */
export async function graphqlRequest(url, token, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (response.status !== 200 || answer.errors)
    throw new Error(`${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  return answer.data;
}
