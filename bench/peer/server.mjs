#!/usr/bin/env node
// The bench peer: PostGraphile 5 (amber preset) serving the same database, in its own process.
// Prints one JSON line {"url": …} when it listens; stops on SIGTERM.
//   node bench/peer/server.mjs <database url>   (after npm ci --prefix bench/peer)
import http from 'node:http';

// PostGraphile 5 is written for Node 22; on Node 20 the one thing it misses is Promise.withResolvers.
Promise.withResolvers ??= function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

const connectionString = process.argv[2];
// Same pool size as Tværs (10), same database, the owner's role (PostGraphile has no row-level
// security to apply here: Tværs's policies read Tværs's own session settings).
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 } })],
  grafast: { explain: false },
  grafserv: { graphiql: false, watch: false },
});
const serv = pgl.createServ(grafserv);
const server = http.createServer();
await serv.addTo(server);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}/graphql` }));
process.on('SIGTERM', async () => {
  server.close();
  await pgl.release();
  process.exit(0);
});
