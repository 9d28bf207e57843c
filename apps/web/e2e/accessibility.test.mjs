// Journey (c): axe-core on every route, in Danish and English, at desktop and phone width; each
// route is also reached and used with the keyboard alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, chromiumAvailable, launchBrowser, screenshot, startApp, watchErrors } from './support.mjs';
import { signIn } from './support.mjs';

describe(
  'accessibility of every route in Chromium',
  { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' },
  () => {
    let app;
    let projectId;
    before(async () => {
      app = await startApp();
      const login = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "viewer@tvaers.demo", password: "tvaers-demo") { token } }' }),
      });
      const auth = { authorization: `Bearer ${(await login.json()).data.login.token}` };
      const response = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: '{ programmes { id projects: totalBudget } }' }),
      });
      const { data } = await response.json();
      const list = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({
          query: `query($p: ID!) { projects(programmeId: $p, first: 1) { edges { node { id } } } }`,
          variables: { p: data.programmes[0].id },
        }),
      });
      projectId = (await list.json()).data.projects.edges[0].node.id;
    });
    after(async () => {
      await app?.stop();
    });

    const routes = () => [
      ['dashboard', '/', 'Porteføljeoverblik'],
      ['projects', '/projects', 'Projekter'],
      ['project', `/projects/${projectId}`, 'Business case'],
      ['project-edit', `/projects/${projectId}/edit`, 'Projektoplysninger'],
      ['project-new', '/projects/new', 'Nyt projekt'],
      ['audit', '/audit', 'Revisionsspor'],
      ['users', '/users', 'Brugere'],
      ['import', '/import', 'Import fra regneark'],
      ['risks', '/risks?p=3&i=3', 'Risici i porteføljen'],
      ['outbox', '/outbox', 'Udgående post'],
      ['life-events', '/life-events', 'Livsbegivenheder'],
      ['programmes-admin', '/admin/programmes', 'Programmer'],
      ['organisations', '/organisations', 'Organisationsregister'],
      ['not-found', '/no-such-page', 'Siden findes ikke.'],
    ];

    for (const [width, height, label] of [
      [1366, 900, 'desktop'],
      [390, 844, 'phone'],
    ]) {
      it(`has no WCAG 2.1 AA violations on any route (${label}, ${width} px)`, async () => {
        const browser = await launchBrowser({ width, height });
        try {
          const page = await browser.context.newPage();
          const errors = watchErrors(page);
          // The sign-in page itself, then every route as an administrator (who sees every control). The
          // page is served with a strict Content-Security-Policy, and everything below runs under it.
          const first = await page.goto(app.baseUrl);
          assert.match(first.headers()['content-security-policy'], /script-src 'self';/);
          assert.equal(first.headers()['x-frame-options'], 'DENY');
          await page.getByRole('heading', { name: 'Log ind' }).waitFor();
          assert.deepEqual(await axeViolations(page), [], `sign-in (${label})`);
          await screenshot(page, `a11y-${label}-sign-in`);
          await signIn(page, app.baseUrl, 'admin@tvaers.demo');
          for (const [name, path, heading] of routes()) {
            await page.goto(app.baseUrl + path);
            await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
            await page.waitForLoadState('networkidle');
            assert.deepEqual(await axeViolations(page), [], `${name} (${label})`);
            await screenshot(page, `a11y-${label}-${name}`);
          }
          // Tables instead of charts, and another language, must pass as well.
          await page.goto(app.baseUrl);
          for (const button of await page.getByRole('button', { name: 'Vis som tabel' }).all()) await button.click();
          await page.getByLabel('Sprog').selectOption('en');
          await page.getByRole('heading', { name: 'Portfolio overview' }).waitFor();
          assert.deepEqual(await axeViolations(page), [], `dashboard as tables in English (${label})`);
          await screenshot(page, `a11y-${label}-dashboard-tables-en`);
          assert.deepEqual(errors, []);
        } finally {
          await browser.close();
        }
      });
    }

    it('works with the keyboard alone: skip link, navigation, filters and a visible focus', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await signIn(page, app.baseUrl, 'viewer@tvaers.demo');
        await page.goto(app.baseUrl);
        await page.getByRole('heading', { name: 'Porteføljeoverblik' }).waitFor();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Spring til indhold');
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
        assert.notEqual(outline, 'none', 'focus is visible');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
        // Tab to the phase filter and choose with the keyboard.
        for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'filter-phase'; i++)
          await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-phase');
        await page.keyboard.press('ArrowDown');
        await page.waitForURL(/phase=/);
        // Follow the navigation to the project list with Enter.
        await page.getByRole('link', { name: 'Projekter', exact: true }).focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Projekter', exact: true }).waitFor();
        await page.getByRole('table').getByRole('link').first().focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Business case' }).waitFor();
      } finally {
        await browser.close();
      }
    });

    it('the heat map and the notification bell work with the keyboard alone', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await signIn(page, app.baseUrl, 'viewer@tvaers.demo');
        await page.goto(app.baseUrl);
        await page.getByRole('heading', { name: 'Risikokort' }).waitFor();
        // The residual view is a toggle button; a cell is a link named by its probability, impact and count.
        await page.getByRole('button', { name: 'Efter afbødning' }).focus();
        await page.keyboard.press('Enter');
        assert.equal(await page.getByRole('button', { name: 'Efter afbødning' }).getAttribute('aria-pressed'), 'true');
        const cell = page.locator('.heat-map a').first();
        const name = await cell.getAttribute('aria-label');
        assert.match(name, /^Sandsynlighed \d, konsekvens \d: \d+ risi(ko|ci)$/);
        await cell.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { name: 'Risici i porteføljen' }).waitFor();
        assert.match(page.url(), /residual=1/);
        // The bell opens with Enter and closes with Escape, focus back on the bell.
        const bell = page.getByRole('button', { name: /Notifikationer/ });
        await bell.focus();
        await page.keyboard.press('Enter');
        assert.equal(await bell.getAttribute('aria-expanded'), 'true');
        await page.getByRole('region', { name: 'Notifikationer' }).waitFor();
        await page.keyboard.press('Escape');
        assert.equal(await bell.getAttribute('aria-expanded'), 'false');
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('bell-button')), true);
      } finally {
        await browser.close();
      }
    });
  },
);
