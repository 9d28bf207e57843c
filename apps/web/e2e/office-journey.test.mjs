// Journey (a): a programme-office user creates a project with partners, budget and a benefit, records
// and validates a measurement, and sees the dashboard totals change.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, chromiumAvailable, launchBrowser, screenshot, startApp, watchErrors } from './support.mjs';
import { signIn } from './support.mjs';

/** The exact amount in the dashboard's money table (e.g. "Budget" → "297.450.000 kr."). */
async function moneyTableAmount(page, label) {
  const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Økonomi' }) });
  await card.getByRole('button', { name: /^Vis som (tabel|diagram)$/ }).waitFor();
  if ((await card.getByRole('button', { name: 'Vis som tabel' }).count()) > 0)
    await card.getByRole('button', { name: 'Vis som tabel' }).click();
  return card
    .getByRole('row', { name: new RegExp(`^${label}`) })
    .getByRole('cell')
    .innerText();
}

const kroner = (text) => Number(text.replace(/[^\d-]/g, ''));

describe('office journey in Chromium', { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' }, () => {
  let app;
  before(async () => {
    app = await startApp();
  });
  after(async () => {
    await app?.stop();
  });

  it('creates a project with a partner, budget and benefit, validates a measurement and sees the dashboard change', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, 'office@tvaers.demo');
      const errors = watchErrors(page);
      await page.goto(app.baseUrl);
      await page.getByRole('heading', { name: 'Porteføljeoverblik' }).waitFor();
      const budgetBefore = kroner(await moneyTableAmount(page, 'Budget'));
      const realisedBefore = await page.locator('[data-figure=realised] dd').innerText();

      await page.getByRole('link', { name: 'Nyt projekt' }).click();
      await page.getByRole('heading', { name: 'Nyt projekt' }).waitFor();
      // Validation as you type: a bad code is flagged before saving.
      await page.getByLabel('Projektkode').fill('fds 99');
      await page.getByText('Brug store bogstaver').waitFor();
      await page.getByLabel('Projektkode').fill('FDS-99');
      await page.getByLabel('Titel').fill('Digital flyttehjælp til ældre');
      await page.getByLabel('Planlagt start').fill('2026-01-01');
      await page.getByLabel('Planlagt slut').fill('2027-12-31');
      await page.getByRole('button', { name: 'Opret projekt' }).click();
      await page.getByRole('heading', { name: 'Rediger FDS-99' }).waitFor();

      // Partners: a lead who funds, and a municipality that receives the benefit.
      const partners = page.getByRole('form', { name: 'Tilføj partner' });
      await partners.getByLabel('Organisation').selectOption({ label: 'Digitaliseringsstyrelsen (Stat)' });
      await partners.getByLabel('Projektejer').check();
      await partners.getByLabel('Medfinansierer').check();
      await partners.getByRole('button', { name: 'Tilføj partner' }).click();
      await page.getByRole('region', { name: 'Partnere' }).getByRole('cell', { name: 'Projektejer, Medfinansierer' }).waitFor();
      await partners.getByLabel('Organisation').selectOption({ label: 'Aarhus Kommune (Kommune)' });
      await partners.getByLabel('Gevinstmodtager').check();
      await partners.getByRole('button', { name: 'Tilføj partner' }).click();
      await page.getByRole('region', { name: 'Partnere' }).getByRole('cell', { name: 'Aarhus Kommune', exact: true }).waitFor();

      // Budget grid: 2,500,000 kr. of development in 2026.
      const cell = page.getByLabel('Digitaliseringsstyrelsen, Udvikling, 2026');
      await cell.fill('abc');
      await page.getByRole('button', { name: 'Gem budget' }).click();
      await page.getByText('Ret 1 fejl før du gemmer.').waitFor();
      await cell.fill('2.500.000');
      await page.getByRole('button', { name: 'Gem budget' }).click();
      await page.getByRole('status').filter({ hasText: 'Gemt' }).waitFor();

      // A cash-releasing benefit for Aarhus with a 2026 target of 1,200,000 kr.
      const benefit = page.getByRole('form', { name: 'Tilføj gevinst' });
      await benefit.getByRole('textbox', { name: 'Gevinst', exact: true }).fill('Færre henvendelser om flytning');
      await benefit.getByLabel('Modtager').selectOption({ label: 'Aarhus Kommune' });
      await benefit.getByLabel('Mål 2026').fill('1.200.000');
      await benefit.getByRole('button', { name: 'Tilføj gevinst' }).click();
      const measurement = page.getByRole('form', { name: 'Registrér måling: Færre henvendelser om flytning' });
      await measurement.waitFor();
      await measurement.getByLabel('Værdi').fill('1.000.000');
      await measurement.getByLabel('Dokumentation').fill('Henvendelsesstatistik 2026');
      await measurement.getByRole('button', { name: 'Registrér måling' }).click();
      await page.getByRole('button', { name: 'Validér: Færre henvendelser om flytning 2026' }).click();
      await page.locator('[data-benefit="Færre henvendelser om flytning"]').getByRole('cell', { name: 'Valideret' }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, 'office-1-project-work-page');

      // The dashboard now includes the project: budget up by exactly 2,500,000, realised benefits up.
      await page.getByRole('link', { name: 'Overblik' }).click();
      await page.getByRole('heading', { name: 'Porteføljeoverblik' }).waitFor();
      await page.locator('[data-figure=projects] dd', { hasText: '36' }).waitFor();
      assert.equal(kroner(await moneyTableAmount(page, 'Budget')), budgetBefore + 2_500_000);
      assert.notEqual(await page.locator('[data-figure=realised] dd').innerText(), realisedBefore);
      await screenshot(page, 'office-2-dashboard-after');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  it('keeps the user’s input and shows what someone else saved when a save conflicts', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, 'office@tvaers.demo');
      await page.goto(`${app.baseUrl}/projects`);
      await page.getByRole('link', { name: 'Sammenhængende flytning' }).click();
      await page.getByRole('link', { name: 'Rediger projekt' }).click();
      await page.getByRole('heading', { name: /^Rediger FDS-01/ }).waitFor();
      // Someone else renames the project after this page was opened.
      const other = await browser.context.newPage();
      await other.goto(page.url());
      await other.getByRole('form', { name: 'Projektoplysninger' }).getByLabel('Titel').fill('Sammenhængende flytning (ny titel)');
      await other.getByRole('button', { name: 'Gem', exact: true }).click();
      await other.getByText('Ændringer er ikke gemt').waitFor({ state: 'detached' });
      await other.close();

      await page.getByRole('form', { name: 'Projektoplysninger' }).getByLabel('Beskrivelse').fill('Min egen beskrivelse');
      await page.getByRole('button', { name: 'Gem', exact: true }).click();
      await page.getByText('En anden har gemt ændringer').waitFor();
      assert.equal(
        await page.getByRole('form', { name: 'Projektoplysninger' }).getByLabel('Beskrivelse').inputValue(),
        'Min egen beskrivelse',
      );
      await page.getByText('Gemt af en anden: Sammenhængende flytning (ny titel)').waitFor();
      await screenshot(page, 'office-3-conflict');
      // Saving again sends only what this user changed: their description, the other person's title.
      await page.getByRole('button', { name: 'Gem', exact: true }).click();
      await page.getByText('Ændringer er ikke gemt').waitFor({ state: 'detached' });
      await page.goto(page.url().replace(/\/edit(?=\?|$)/, ''));
      await page.getByRole('heading', { name: 'FDS-01 Sammenhængende flytning (ny titel)' }).waitFor();
      await page.getByText('Min egen beskrivelse').waitFor();
    } finally {
      await browser.close();
    }
  });
  it('asks once before leaving unsaved changes and keeps the input; checks every address; signs in on the way to a link', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, 'office@tvaers.demo');
      const errors = watchErrors(page);
      await page.goto(`${app.baseUrl}/projects`);
      await page.getByRole('link', { name: 'Sammenhængende flytning' }).click();
      await page.getByRole('link', { name: 'Rediger projekt' }).click();
      await page.getByRole('heading', { name: /^Rediger FDS-01/ }).waitFor();
      const description = page.getByRole('form', { name: 'Projektoplysninger' }).getByLabel('Beskrivelse');
      await description.fill('Ikke gemt endnu');
      await page.getByText('Ændringer er ikke gemt').waitFor();

      const questions = [];
      const answer = (accept) =>
        page.once('dialog', (dialog) => {
          questions.push(dialog.message());
          void (accept ? dialog.accept() : dialog.dismiss());
        });
      // Staying: the menu link and the back button both ask, and nothing is lost.
      answer(false);
      await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Projekter' }).click();
      answer(false);
      await page.goBack();
      await page.waitForTimeout(300);
      assert.match(page.url(), /\/projects\/[0-9a-f-]{36}\/edit(\?programme=[0-9a-f-]{36})?$/);
      assert.equal(await description.inputValue(), 'Ikke gemt endnu');
      // Leaving: asked once more, then the list.
      answer(true);
      await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Projekter' }).click();
      await page.getByRole('heading', { name: 'Projekter' }).waitFor();
      assert.deepEqual(questions, Array(3).fill('Du har ændringer, der ikke er gemt. Vil du forlade siden alligevel?'));

      // Nothing unsaved: filters and pages change without a question; a malformed id is a missing page.
      page.on('dialog', (dialog) => assert.fail(`unexpected question: ${dialog.message()}`));
      assert.equal(await page.getByRole('button', { name: 'Nulstil filtre' }).count(), 0, 'nothing to reset yet');
      await page.getByLabel('Fase').selectOption({ label: 'Gennemførelse' });
      await page.waitForURL(/phase=EXECUTION/);
      await page.getByRole('button', { name: 'Nulstil filtre' }).waitFor();
      await page.goto(`${app.baseUrl}/projects/not-a-project`);
      await page.getByRole('heading', { name: 'Siden findes ikke.' }).waitFor();
      await page.goto(`${app.baseUrl}/projects?phase=NO_SUCH_PHASE&track=1%27%20OR%201%3D1`);
      await page.getByRole('heading', { name: 'Projekter' }).waitFor();
      await page.getByText(/^Viser \d+ af \d+ projekter$/).waitFor();

      // Signed out, a link to a page asks for the sign-in first and then opens that page.
      await page.getByRole('button', { name: 'Log ud' }).click();
      // Signed out for good first: a load during the sign-out would still find the session in the browser.
      await page.getByRole('heading', { name: 'Log ind' }).waitFor();
      await page.goto(`${app.baseUrl}/projects?phase=EXECUTION`);
      await page.getByRole('heading', { name: 'Log ind' }).waitFor();
      assert.match(page.url(), /\/sign-in\?next=%2Fprojects%3Fphase%3DEXECUTION$/);
      await page.getByLabel('E-mail').fill('office@tvaers.demo');
      await page.getByLabel('Adgangskode').fill('tvaers-demo');
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.getByRole('heading', { name: 'Projekter' }).waitFor();
      assert.match(page.url(), /\/projects\?phase=EXECUTION$/);
      assert.equal(await page.getByLabel('Fase').locator('option:checked').innerText(), 'Gennemførelse');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
