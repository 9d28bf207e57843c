// Journey: benefit realisation as the public, the programme office and a viewer meet it — the public
// dashboard without sign-in (published figures only, history after a round closes), the settlement
// proposal, life events, the NPV distribution and the three-point estimates editor.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, chromiumAvailable, launchBrowser, screenshot, signIn, startApp, watchErrors } from './support.mjs';

async function graphql(baseUrl, token, query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function tokenOf(baseUrl, email) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "tvaers-demo") { token } }` }),
  });
  return (await response.json()).data.login.token;
}

describe(
  'benefit realisation in Chromium',
  { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' },
  () => {
    let app;
    before(async () => {
      app = await startApp();
    });
    after(async () => {
      await app?.stop();
    });

    it('shows the public dashboard without sign-in: published figures only, never a draft', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await page.goto(app.baseUrl);
        await page.getByRole('heading', { name: 'Log ind' }).waitFor();
        await page.getByRole('link', { name: 'Fælles digitaliseringsstrategi 2025–2027' }).click();
        await page.getByRole('heading', { name: /^Offentligt overblik: Fælles digitaliseringsstrategi/ }).waitFor();
        assert.equal(await page.getByRole('button', { name: 'Log ud' }).count(), 0, 'nobody is signed in');
        // Each project's lights are those of its newest APPROVED report, never a draft's or a submitted one's.
        const office = await tokenOf(app.baseUrl, 'office@tvaers.demo');
        const { programmes } = await graphql(app.baseUrl, office, '{ programmes { id currency } }');
        const dk = programmes.find((p) => p.currency === 'DKK');
        const { projects } = await graphql(
          app.baseUrl,
          office,
          'query($p: ID!) { projects(programmeId: $p, first: 100) { edges { node { code title statusReports { period state } } } } }',
          { p: dk.id },
        );
        const withNewerDraft = projects.edges
          .map((e) => e.node)
          .find(
            (n) => n.statusReports[0] && n.statusReports[0].state !== 'APPROVED' && n.statusReports.some((r) => r.state === 'APPROVED'),
          );
        assert.ok(withNewerDraft, 'the demo has a project whose newest report is not approved');
        const approved = withNewerDraft.statusReports.find((r) => r.state === 'APPROVED').period;
        const row = page.getByRole('row', { name: new RegExp(`^${withNewerDraft.code} `) });
        assert.match(await row.innerText(), new RegExp(`\\(${approved}\\)`));
        assert.doesNotMatch(await row.innerText(), new RegExp(`\\(${withNewerDraft.statusReports[0].period}\\)`));
        const table = await page.locator('section', { has: page.getByRole('heading', { name: 'Projekter' }) }).innerText();
        assert.doesNotMatch(table, /Kladde|Indsendt|Returneret/);
        assert.doesNotMatch(await page.locator('main').innerText(), /@tvaers\.demo/);
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, 'realisation-1-public-dashboard');

        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    it('closes a reporting round from the overview and publishes its figures as that period', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await signIn(page, app.baseUrl, 'office@tvaers.demo');
        await page.getByRole('heading', { name: 'Porteføljeoverblik' }).waitFor();
        page.once('dialog', (dialog) => void dialog.accept());
        await page.getByRole('button', { name: 'Luk og offentliggør 2026-H1' }).click();
        await page.getByRole('link', { name: 'Ja, se tallene 2026-H1' }).click();
        await page.getByText('Tallene som offentliggjort for 2026-H1').waitFor();
        assert.equal(await page.getByLabel('Periode').inputValue(), '2026-H1');
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, 'realisation-2-public-period');
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    it('shows the settlement proposal, life events, the NPV distribution, and edits three-point estimates', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await signIn(page, app.baseUrl, 'office@tvaers.demo');
        await page.getByRole('heading', { name: 'Porteføljeoverblik' }).waitFor();
        const settlement = page.locator('section', { has: page.getByRole('heading', { name: 'Forslag til udligning' }) });
        await settlement.getByRole('row').nth(1).waitFor();
        await settlement.getByLabel('pr. organisation').check();
        await settlement
          .getByRole('row', { name: /Kommune|Styrelsen|Region/ })
          .first()
          .waitFor();
        await settlement.screenshot({ path: 'test-results/e2e/realisation-3-settlement.png' });

        await page.getByRole('link', { name: 'Livsbegivenheder' }).click();
        await page.getByRole('heading', { name: 'Livsbegivenheder', level: 1 }).waitFor();
        const moving = page.locator('#life-event-MOVING_HOUSE');
        assert.match(await moving.innerText(), /FDS-\d+/);
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, 'realisation-4-life-events');

        // A project with ranges: the distribution card states the probability of paying back.
        await moving.getByRole('link').first().click();
        const card = page.locator('section', { has: page.getByRole('heading', { name: 'Nutidsværdi under usikkerhed' }) });
        await card.waitFor();
        assert.match(await card.innerText(), /Sandsynlighed for at projektet tjener sig hjem|uden spredning/);
        await card.screenshot({ path: 'test-results/e2e/realisation-5-npv-distribution.png' });
        const adoption = page.locator('section', { has: page.getByRole('heading', { name: 'Udbredelse i kommunerne', exact: true }) });
        if (await adoption.count()) await adoption.screenshot({ path: 'test-results/e2e/realisation-5b-adoption.png' });

        // The office gives a budget line a range on the edit page; the simulation then counts it.
        await page.getByRole('link', { name: 'Rediger projekt' }).click();
        const estimates = page.locator('section', { has: page.getByRole('heading', { name: 'Usikkerhed (lav / mest sandsynlig / høj)' }) });
        await estimates.waitFor();
        const budget = estimates.locator('form').first();
        const high = budget.getByRole('textbox', { name: /^Høj:/ }).first();
        await high.fill('1');
        await budget.getByRole('button', { name: 'Gem skøn' }).click();
        await budget.getByText('Må ikke være mindre end det mest sandsynlige beløb.').first().waitFor();
        await high.fill('50000000');
        await budget.getByRole('button', { name: 'Gem skøn' }).click();
        await page.getByRole('heading', { name: 'Usikkerhed (lav / mest sandsynlig / høj)' }).waitFor();
        // Saved and read back (the editor re-opens with the stored value, formatted).
        await page.waitForFunction(() => [...document.querySelectorAll('input')].some((i) => i.value === '50.000.000'));
        const { project } = await graphql(
          app.baseUrl,
          await tokenOf(app.baseUrl, 'office@tvaers.demo'),
          'query($id: ID!) { project(id: $id) { budgetLines { high } } }',
          { id: page.url().match(/projects\/([0-9a-f-]{36})/)[1] },
        );
        assert.ok(project.budgetLines.some((l) => l.high === '50000000.00'));
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, 'realisation-6-estimates');
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  },
);
