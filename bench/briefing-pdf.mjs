#!/usr/bin/env node
// Benchmark: the politicians' PDF briefing of the demo programme (35 projects) over HTTP, in each
// language, from the request to the last byte (the API in its own process). Goal (issue 19): < 3 s.
//   npm run bench:briefing -- --rounds 5
import { parseArgs } from 'node:util';
import { graphqlRequest, loadAverage, openBenchDatabase, percentile, spawnServer, tvaersNodeOptions } from './support.mjs';

const GOAL_MS = 3000;
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });

const database = await openBenchDatabase('briefing', { demoData: true });
let server;
try {
  server = await spawnServer('servers/tvaers.mjs', [database.url, 'VIEWER'], { nodeOptions: tvaersNodeOptions() });
  const { programmes } = await graphqlRequest(server.url, server.token, { query: '{ programmes { id currency name } }' });
  const programme = programmes.find((p) => p.currency === 'DKK');
  const briefing = async (lang) => {
    const started = performance.now();
    const response = await fetch(server.url.replace(/\/graphql$/, `/exports/programmes/${programme.id}/portfolio.pdf?lang=${lang}`), {
      headers: { authorization: `Bearer ${server.token}` },
    });
    const pdf = Buffer.from(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (response.status !== 200 || pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error(`briefing answered ${response.status}`);
    return { ms, pages: Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0), bytes: pdf.length };
  };
  await briefing('da'); // warm-up: fonts, prepared statements
  console.log(`Briefing of "${programme.name}", ${values.rounds} rounds per language`);
  const times = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const lang of ['da', 'nb', 'en']) {
      const { ms, pages, bytes } = await briefing(lang);
      times.push(ms);
      console.log(
        `  round ${round} ${lang}: ${ms.toFixed(0)} ms, ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB, load ${await loadAverage()}`,
      );
    }
  }
  const p50 = percentile(times, 50);
  const worst = Math.max(...times);
  console.log(`p50 ${p50.toFixed(0)} ms, max ${worst.toFixed(0)} ms; goal < ${GOAL_MS} ms: ${worst < GOAL_MS ? 'met' : 'NOT met'}`);
  process.exitCode = worst < GOAL_MS ? 0 : 1;
} finally {
  await server?.stop();
  await database.close();
}
