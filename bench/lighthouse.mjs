// Lighthouse 12 (desktop preset) on a page of the running app, signed in as a user, in Debian Chromium.
// Lighthouse drives its own Chromium (chrome-launcher); playwright-core signs in first in the same
// profile (the session is kept in localStorage), and Lighthouse keeps the storage.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM, signIn } from '../apps/web/e2e/support.mjs';

/** Scores (0–100) and the metrics the dashboard issue names, for one cold load of `url`. */
export async function lighthouseRun(baseUrl, pathname, email) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    userDataDir,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=da-DK',
    ],
  });
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const page = await browser.contexts()[0].newPage();
    await signIn(page, baseUrl, email);
    await page.close();
    const result = await lighthouse(
      `${baseUrl}${pathname}`,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        disableStorageReset: true,
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      desktopConfig,
    );
    const { categories, audits } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      cls: audits['cumulative-layout-shift'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      fcp: audits['first-contentful-paint'].numericValue,
      // The main thread's longest tasks (simulated), by script: where the blocking time comes from.
      longTasks: (audits['long-tasks']?.details?.items ?? [])
        .slice(0, 5)
        .map((t) => `${t.url ? t.url.split('/').pop() : '(none)'} ${Math.round(t.duration)} ms @${Math.round(t.startTime)}`),
      failing: Object.values(audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 0.9 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'manual' &&
            a.scoreDisplayMode !== 'notApplicable',
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`),
    };
  } finally {
    await chrome.kill();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
