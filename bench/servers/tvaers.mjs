#!/usr/bin/env node
// Tværs's API in its own process, in production mode, signed in as a bench user of the given role.
// Prints one JSON line {"url": …, "token": …} when it listens; stops on SIGTERM.
//   node bench/servers/tvaers.mjs <database url> <role>
import pg from 'pg';
import { startBenchApi } from '../support.mjs';

const [url, role = 'VIEWER'] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 1 });
const { app, token, baseUrl } = await startBenchApi({ url, pool }, role);
await pool.end();
console.log(JSON.stringify({ url: `${baseUrl}/graphql`, token }));
process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
