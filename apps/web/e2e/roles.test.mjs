// Sign in as each demo user: each role sees only the controls it may use (the API refuses the rest
// regardless; see the permission matrix test).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, chromiumAvailable, launchBrowser, screenshot, signIn, startApp } from './support.mjs';

const EXPECTED = {
  'admin@tvaers.demo': { newProject: true, audit: true, verify: true, edit: true, users: true },
  'office@tvaers.demo': { newProject: true, audit: true, verify: false, edit: true, users: true },
  'partner@tvaers.demo': { newProject: false, audit: false, verify: false, edit: true, users: false },
  'viewer@tvaers.demo': { newProject: false, audit: false, verify: false, edit: false, users: false },
  'auditor@tvaers.demo': { newProject: false, audit: true, verify: true, edit: false, users: false },
};

describe(
  'what each demo role sees in Chromium',
  { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' },
  () => {
    let app;
    before(async () => {
      app = await startApp();
    });
    after(async () => {
      await app?.stop();
    });

    it('requires signing in, and refuses a wrong password', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await page.goto(`${app.baseUrl}/projects`);
        await page.getByRole('heading', { name: 'Log ind' }).waitFor();
        await page.getByLabel('E-mail').fill('viewer@tvaers.demo');
        await page.getByLabel('Adgangskode').fill('forkert');
        await page.getByRole('button', { name: 'Log ind' }).click();
        await page.getByText('Forkert e-mail eller adgangskode.').waitFor();
        await screenshot(page, 'roles-0-sign-in-refused');
      } finally {
        await browser.close();
      }
    });

    for (const [email, expected] of Object.entries(EXPECTED)) {
      it(`shows ${email} only what the role may do`, async () => {
        const browser = await launchBrowser();
        try {
          const page = await browser.context.newPage();
          await signIn(page, app.baseUrl, email);
          const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
          await nav.getByRole('link', { name: 'Overblik' }).waitFor();
          // What the menu offers depends on the programme (an archived one offers nothing to add): count
          // once the programmes have arrived.
          await page.locator('.programme-slot :is(select, .programme-name)').waitFor();
          assert.equal(await nav.getByRole('link', { name: 'Nyt projekt' }).count(), expected.newProject ? 1 : 0, 'Nyt projekt');
          assert.equal(await nav.getByRole('link', { name: 'Revisionsspor' }).count(), expected.audit ? 1 : 0, 'Revisionsspor');
          assert.equal(await nav.getByRole('link', { name: 'Brugere' }).count(), expected.users ? 1 : 0, 'Brugere');
          // A project the demo partner (Aarhus Kommune) takes part in.
          await page.goto(`${app.baseUrl}/projects?q=flytning`);
          await page.getByRole('link', { name: 'Sammenhængende flytning' }).click();
          await page.getByRole('heading', { name: 'Business case' }).waitFor();
          assert.equal(await page.getByRole('link', { name: 'Rediger projekt' }).count(), expected.edit ? 1 : 0, 'Rediger projekt');
          assert.equal(
            await page.getByRole('heading', { name: 'Revisionsspor for projektet' }).count(),
            expected.audit ? 1 : 0,
            'project audit trail',
          );
          if (expected.verify) {
            await page.getByRole('button', { name: 'Kontrollér kæden' }).click();
            await page.getByText(/Kæden er intakt/).waitFor();
          }
          await screenshot(page, `roles-${email.split('@')[0]}`);
          if (expected.users) {
            // The administrator (and the programme office) invites a new viewer into the programme and gets
            // the one-time code to hand over.
            await nav.getByRole('link', { name: 'Brugere' }).click();
            const invite = page.getByRole('form', { name: 'Invitér bruger' });
            const newcomer = `ny.laeser.${email.split('@')[0]}@kommune.test`;
            await invite.getByLabel('E-mail').fill(newcomer);
            await invite.getByLabel('Navn').fill('Ny Læser');
            await invite.getByRole('button', { name: 'Invitér bruger' }).click();
            await page.getByText(`Invitation til ${newcomer}`, { exact: false }).waitFor();
            await page.getByRole('cell', { name: newcomer, exact: true }).first().waitFor();
            await screenshot(page, `roles-${email.split('@')[0]}-users`);
            if (email === 'admin@tvaers.demo') {
              // The newcomer leaves: deactivated, then pseudonymised with a reason; every list shows the pseudonym.
              await page.getByRole('button', { name: `Deaktivér: ${newcomer}` }).click();
              await page.getByRole('button', { name: `Pseudonymisér: ${newcomer}` }).click();
              await page.getByLabel(/^Begrundelse/).fill('Fratrådt, anmodning om sletning');
              assert.deepEqual(await axeViolations(page), [], 'axe with the pseudonymisation form open');
              await screenshot(page, 'roles-admin-pseudonymise');
              await page.getByRole('button', { name: 'Pseudonymisér nu' }).click();
              await page
                .getByRole('cell', { name: /^Pseudonymiseret bruger #\d+$/ })
                .first()
                .waitFor();
              assert.equal(await page.getByRole('cell', { name: newcomer, exact: true }).count(), 0, 'the e-mail is gone from the page');
              await screenshot(page, 'roles-admin-pseudonymised');
            }
          }
          await page.getByRole('button', { name: 'Log ud' }).click();
          await page.getByRole('heading', { name: 'Log ind' }).waitFor();
        } finally {
          await browser.close();
        }
      });
    }
  },
);
