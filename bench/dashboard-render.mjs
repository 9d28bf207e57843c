#!/usr/bin/env node
// Benchmark of the dashboard in Debian Chromium with the demo portfolio, signed in as a viewer:
//  1. time from navigation until the charts in view are drawn, and until every chart is drawn while
//     the page is scrolled down (charts below the fold are drawn when they come near the viewport);
//  2. Lighthouse 12 (desktop preset): performance, accessibility and best-practices scores, cumulative
//     layout shift and total blocking time, median of the runs.
//   npm run bench:web -- --runs 10 --lighthouse 5
import { parseArgs } from 'node:util';
import { launchBrowser, signIn, startApp } from '../apps/web/e2e/support.mjs';
import { lighthouseRun } from './lighthouse.mjs';
import { loadAverage, percentile } from './support.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, lighthouse: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const app = await startApp();
const inView = [];
const all = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, 'viewer@tvaers.demo');
      await page.goto(`${app.baseUrl}/?fresh=${i}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.querySelectorAll('figure.chart svg.recharts-surface').length > 0, null, {
        timeout: 30_000,
      });
      const first = await page.evaluate(() => performance.now());
      // Scroll down until the chart cards (money, benefits, lights, tracks, sectors) are all drawn.
      await page.waitForFunction(
        () => {
          window.scrollBy(0, 400);
          return document.querySelectorAll('figure.chart svg.recharts-surface').length >= 5;
        },
        null,
        { timeout: 30_000, polling: 50 },
      );
      const every = await page.evaluate(() => performance.now());
      if (i > 0) {
        inView.push(first); // the first run warms the server
        all.push(every);
      }
    } finally {
      await browser.close();
    }
  }
  console.log(
    `dashboard (demo portfolio, ${runs} loads, signed in): charts in view drawn p50 ${percentile(inView, 50).toFixed(0)} ms, p95 ${percentile(inView, 95).toFixed(0)} ms; every chart after scrolling p50 ${percentile(all, 50).toFixed(0)} ms`,
  );

  const results = [];
  for (let i = 0; i < Number(values.lighthouse); i++) {
    const load = await loadAverage();
    const result = await lighthouseRun(app.baseUrl, '/', 'viewer@tvaers.demo');
    results.push(result);
    console.log(
      `Lighthouse run ${i + 1}: performance ${result.performance}, accessibility ${result.accessibility}, best practices ${result.bestPractices}, CLS ${result.cls.toFixed(3)}, TBT ${result.tbt.toFixed(0)} ms, LCP ${result.lcp.toFixed(0)} ms (load ${load})`,
    );
    console.log(`  longest tasks: ${result.longTasks.join(', ') || 'none'}`);
  }
  if (results.length) {
    const median = (key) =>
      percentile(
        results.map((r) => r[key]),
        50,
      );
    console.log(
      `Lighthouse median of ${results.length}: performance ${median('performance')} (≥ 95 wanted), accessibility ${median('accessibility')}, best practices ${median('bestPractices')} (100 wanted), CLS ${median('cls').toFixed(3)} (< 0.05), TBT ${median('tbt').toFixed(0)} ms (< 150)`,
    );
  }
} finally {
  await app.stop();
}
