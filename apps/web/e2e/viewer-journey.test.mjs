// Journey (b): a viewer filters the dashboard by track, opens the shared URL, drills into a project
// and switches language (remembered on the next visit).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { chromiumAvailable, launchBrowser, screenshot, startApp, watchErrors } from './support.mjs';
import { signIn } from './support.mjs';

describe('viewer journey in Chromium', { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' }, () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.stop();
  });

  it('filters by track, shares the link, drills into a project and switches language', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, 'viewer@tvaers.demo');
      const errors = watchErrors(page);
      await page.goto(app.baseUrl);
      await page.getByRole('heading', { name: 'Porteføljeoverblik' }).waitFor();
      assert.equal(await page.locator('[data-figure=projects] dd').innerText(), '35');
      await screenshot(page, 'viewer-1-dashboard');

      const track = page.getByLabel('Spor', { exact: true });
      const option = track.locator('option').nth(1);
      const trackName = await option.innerText();
      await track.selectOption({ label: trackName });
      await page.waitForURL(/track=/);
      await page.locator('[data-figure=projects] dd', { hasNotText: /^35$/ }).waitFor();
      const filteredCount = await page.locator('[data-figure=projects] dd').innerText();
      const filteredBudget = await page.locator('[data-figure=budget] dd').innerText();
      const shared = page.url();
      // Export the budget as CSV for a Danish spreadsheet; progress shows, the file arrives.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Budget (CSV)' }).click()]);
      assert.equal(download.suggestedFilename(), 'budget.csv');
      const { readFile } = await import('node:fs/promises');
      const csv = await readFile(await download.path(), 'utf8');
      assert.match(csv, /^\uFEFFproject_code;fiscal_year;funder;category;amount\r\n/);
      await page.getByText('budget.csv er hentet.').waitFor();
      // The PDF briefing honours the filter and names it on its title page.
      const [briefing] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Briefing til politikere (PDF)' }).click(),
      ]);
      assert.equal(briefing.suggestedFilename(), 'portfolio.pdf');
      const titlePage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', await briefing.path(), '-'], { encoding: 'utf8' });
      assert.match(titlePage.replace(/\s+/g, ' '), new RegExp(`Filtre Spor: ${trackName}`));
      await page.getByText('portfolio.pdf er hentet.').waitFor();
      await screenshot(page, 'viewer-2-filtered');

      // Someone opens the shared link in a fresh tab: the same filter and the same numbers.
      const second = await browser.context.newPage();
      await second.goto(shared);
      await second.locator('[data-figure=projects] dd', { hasText: filteredCount }).waitFor();
      assert.equal(await second.getByLabel('Spor', { exact: true }).locator('option:checked').innerText(), trackName);
      assert.equal(await second.locator('[data-figure=budget] dd').innerText(), filteredBudget);
      // The chart has a table alternative with the exact amounts.
      const money = second.locator('section.card', { has: second.getByRole('heading', { name: 'Økonomi' }) });
      await money.getByRole('button', { name: 'Vis som tabel' }).click();
      await money.getByRole('row', { name: /^Budget/ }).waitFor();

      // Drill into the best project by NPV.
      await second.locator('.ranking').first().getByRole('link').first().click();
      await second.getByRole('heading', { name: 'Business case' }).waitFor();
      const npvDanish = await second.locator('[data-figure=npv] dd').innerText();
      assert.match(npvDanish, /kr\.$/);
      await screenshot(second, 'viewer-3-project-da');

      // Switch to English; numbers follow the locale; the choice is remembered.
      await second.getByLabel('Sprog').selectOption('en');
      await second.getByRole('heading', { name: 'Business case' }).waitFor();
      await second.getByText('Net present value (NPV)', { exact: true }).waitFor();
      assert.match(await second.locator('[data-figure=npv] dd').innerText(), /^-?DKK|^-?DKK\s|DKK/);
      await second.reload();
      await second.getByText('Payback year', { exact: true }).waitFor();
      assert.equal(await second.evaluate(() => document.documentElement.lang), 'en');
      await second.getByLabel('Language').selectOption('nb');
      await second.getByText('Tilbakebetalingsår', { exact: true }).waitFor();
      await screenshot(second, 'viewer-4-project-nb');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
