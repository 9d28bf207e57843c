// Single sign-on in Chromium: a real OpenID Connect provider (oidc-provider) on loopback, Tværs started
// with OIDC_* pointing at it; the Norwegian programme office signs in through the provider's page, sees
// only its programme, and signs out of both.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  axeViolations,
  chromiumAvailable,
  freePort,
  launchBrowser,
  screenshot,
  startApp,
  startOidcProvider,
  watchErrors,
} from './support.mjs';

describe(
  'single sign-on journey in Chromium',
  { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' },
  () => {
    let app;
    let provider;
    before(async () => {
      const port = await freePort();
      const publicUrl = `http://127.0.0.1:${port}`;
      provider = await startOidcProvider({
        redirectUri: `${publicUrl}/auth/oidc/callback`,
        postLogoutRedirectUri: `${publicUrl}/`,
        accounts: [{ email: 'kontor@tvaers.demo', name: 'Kari Programkontor' }],
      });
      app = await startApp({
        port,
        env: {
          OIDC_ISSUER_URL: provider.issuer,
          OIDC_CLIENT_ID: provider.clientId,
          OIDC_CLIENT_SECRET: provider.clientSecret,
          PUBLIC_URL: publicUrl,
          OIDC_DISPLAY_NAME: 'Kommunernes log ind',
        },
      });
    });
    after(async () => {
      await app?.stop();
      await provider?.close();
    });

    it('signs in through the organisation’s provider, shows only the programme of the membership, and signs out of both', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await page.goto(app.baseUrl);
        const button = page.getByRole('link', { name: 'Log ind med Kommunernes log ind' });
        await button.waitFor();
        assert.deepEqual(await axeViolations(page), []);
        await screenshot(page, 'sso-1-sign-in');

        await button.click();
        await page.getByRole('heading', { name: 'Kommunernes log ind' }).waitFor();
        assert.ok(page.url().startsWith(provider.issuer), `at the provider: ${page.url()}`);
        await page.getByLabel('E-mail').fill('kontor@tvaers.demo');
        await screenshot(page, 'sso-2-provider');
        await page.getByRole('button', { name: 'Log ind' }).click();

        await page.getByRole('button', { name: 'Log ud' }).waitFor();
        assert.ok(page.url().startsWith(app.baseUrl) && !page.url().includes('signin='), `back in Tværs without the code: ${page.url()}`);
        await page.getByText('Kari Programkontor (Programkontor)').waitFor();
        await page
          .getByText(/Medfinansieringsordningen/)
          .first()
          .waitFor();
        assert.equal(await page.getByText(/Fælles digitaliseringsstrategi/).count(), 0, 'the Danish programme is invisible');
        await screenshot(page, 'sso-3-signed-in');
        // Tværs's own pages logged no error (the provider's pages below are not ours to judge).
        assert.deepEqual(errors, []);

        await page.getByRole('button', { name: 'Log ud' }).click();
        await page.waitForURL((url) => url.href.startsWith(`${provider.issuer}/session/end`));
        await screenshot(page, 'sso-4-provider-sign-out');
      } finally {
        await browser.close();
      }
    });
  },
);
