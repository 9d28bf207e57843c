#!/usr/bin/env node
// Benchmark: time from navigation until every chart of the dashboard is drawn, with the demo
// portfolio, in Debian Chromium (cold: a fresh profile per run, so nothing is cached).
//   npm run bench:web -- --runs 10
import { parseArgs } from 'node:util';
import { launchBrowser, startApp } from '../apps/web/e2e/support.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const app = await startApp();
const times = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(app.baseUrl, { waitUntil: 'commit' });
      // Five chart cards draw an SVG each (money, benefits, lights, tracks, sectors).
      await page.waitForFunction(() => document.querySelectorAll('figure.chart svg.recharts-surface').length >= 5 && document.querySelectorAll('figure.chart .recharts-bar-rectangle, figure.chart .recharts-line-curve').length > 0, null, { timeout: 30_000 });
      const ms = await page.evaluate(() => performance.now());
      if (i > 0) times.push(ms); // the first run warms the server
    } finally {
      await browser.close();
    }
  }
} finally {
  await app.stop();
}
const sorted = [...times].sort((a, b) => a - b);
const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`dashboard charts rendered (demo portfolio, ${runs} cold loads): p50 ${at(50).toFixed(0)} ms, p95 ${at(95).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms`);
