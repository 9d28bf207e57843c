// Tier 3: the built app in a real browser. Run with `node --test apps/web/e2e/` after `npm run build`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { artifactsDir, chromiumAvailable, launchBrowser, repoRoot, startApp } from './support.mjs';

const axeSource = await readFile(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
}

describe('portfolio page in Chromium', { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' }, () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.stop();
  });

  it('lists the demo programme with its 35 projects and budget, filters by text and phase, and switches programme', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const consoleErrors = [];
      page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
      await page.goto(app.baseUrl);

      await page.getByRole('heading', { level: 2, name: 'Fælles digitaliseringsstrategi 2025–2027' }).waitFor();
      await page.getByText('Viser 35 af 35 projekter').waitFor();
      assert.equal(await page.locator('tbody tr').count(), 35);
      const figures = await page.locator('.figures').innerText();
      assert.match(figures.replace(/\s/g, ' '), /Ramme 300\.000\.000 kr\./);
      assert.match(figures.replace(/\s/g, ' '), /Budget i alt 297\.450\.000 kr\./);
      await page.screenshot({ path: path.join(artifactsDir, 'portfolio-desktop.png'), fullPage: true });

      await page.getByLabel('Søg i projekter').fill('flytning');
      await page.getByText(/Viser [1-9] af [1-9] projekter/).waitFor();
      const titles = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
      assert.ok(titles.length >= 1 && titles.every((t) => /flytning/i.test(t)), `unexpected rows: ${titles.join(', ')}`);

      await page.getByLabel('Søg i projekter').fill('');
      await page.getByLabel('Fase').selectOption('CLOSED');
      await page.getByText('Viser 5 af 5 projekter').waitFor();

      await page.getByLabel('Program').selectOption({ label: 'Medfinansieringsordningen for digitaliseringsprosjekter 2025–2027' });
      await page.getByRole('heading', { level: 2, name: /Medfinansieringsordningen/ }).waitFor();
      await page.getByLabel('Fase').selectOption('');
      await page.getByText('Viser 8 af 8 projekter').waitFor();

      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await browser.close();
    }
  });

  it('works at 390 px wide and with the keyboard alone', async () => {
    const browser = await launchBrowser({ width: 390, height: 844 });
    try {
      const page = await browser.context.newPage();
      await page.goto(app.baseUrl);
      await page.getByText('Viser 35 af 35 projekter').waitFor();
      // Tab from the top: skip link first, then the programme selector.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Spring til indhold');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'programme');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390px`);
      await page.screenshot({ path: path.join(artifactsDir, 'portfolio-390px.png'), fullPage: false });
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await browser.close();
    }
  });
});
