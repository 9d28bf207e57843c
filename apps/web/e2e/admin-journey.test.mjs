// Setting up a programme without a developer (issue 22): the administrator creates a programme in EUR
// with fiscal years from July, adds two tracks and an organisation whose CVR number is checked at the
// field, and opens the new programme's empty dashboard; the programme office previews a tolerance.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import path from 'node:path';
import { artifactsDir, axeViolations, chromiumAvailable, launchBrowser, screenshot, signIn, startApp, watchErrors } from './support.mjs';

describe(
  'programme administration and the organisation register in Chromium',
  { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' },
  () => {
    let app;
    before(async () => {
      app = await startApp();
    });
    after(async () => {
      await app?.stop();
    });

    it('lets the administrator set up a programme, its tracks and a checked organisation', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const errors = watchErrors(page);
        await signIn(page, app.baseUrl, 'admin@tvaers.demo');
        await page.getByRole('link', { name: 'Programmer', exact: true }).click();
        await page.getByRole('heading', { name: 'Programmer', level: 1 }).waitFor();

        const create = page.getByRole('form', { name: 'Nyt program' });
        await create.getByLabel(/^Navn/).fill('Fælles digital velfærd 2027–2030');
        await create.getByLabel(/^Valuta/).fill('EUR');
        await create.getByLabel(/^Første regnskabsår/).fill('2027');
        await create.getByLabel(/^Sidste regnskabsår/).fill('2030');
        await create.getByLabel(/^Regnskabsåret begynder i/).selectOption('7');
        await create.getByLabel(/^Samlet ramme/).fill('40.000.000');
        await create.getByLabel(/^Årsværkspris/).fill('75.000');
        await create.getByLabel(/^Timepris/).fill('55,50');
        assert.deepEqual(await axeViolations(page), [], 'axe on the programme page');
        await create.getByRole('button', { name: 'Opret program' }).click();
        await page.getByText('Programmet Fælles digital velfærd 2027–2030 er oprettet.').waitFor();
        const programmeId = new URL(page.url()).searchParams.get('programme');
        assert.match(programmeId ?? '', /^[0-9a-f-]{36}$/, 'the page shows the new programme');
        await page.waitForFunction(() =>
          document.querySelector('#admin-programme option:checked')?.textContent?.startsWith('Fælles digital velfærd'),
        );
        const settings = page.getByRole('form', { name: 'Indstillinger' });
        assert.equal(await settings.getByLabel(/^Valuta/).inputValue(), 'EUR');
        assert.equal(await settings.getByLabel(/^Regnskabsåret begynder i/).inputValue(), '7');

        for (const [code, name] of [
          ['SERVICE', 'Borgerservice'],
          ['DATA', 'Data og infrastruktur'],
        ]) {
          const addTrack = page.getByRole('form', { name: 'Tilføj spor' });
          await addTrack.getByLabel(/^Kode/).fill(code);
          await addTrack.getByLabel(/^Navn/).fill(name);
          await addTrack.getByRole('button', { name: 'Tilføj spor' }).click();
          await page.getByText(code, { exact: true }).waitFor();
        }
        // Reordered with the keyboard-usable buttons: DATA first.
        await page.getByRole('button', { name: 'Flyt Data og infrastruktur op' }).click();
        await page.waitForFunction(() => document.querySelector('.track-list li .track-code')?.textContent === 'DATA');
        assert.deepEqual(await axeViolations(page), [], 'axe with tracks');
        await screenshot(page, 'admin-programme-created');

        await page.getByRole('link', { name: 'Organisationer', exact: true }).click();
        await page.getByRole('heading', { name: 'Organisationsregister' }).waitFor();
        const add = page.getByRole('form', { name: 'Tilføj organisation' });
        await add.getByLabel(/^Navn/).fill('Velfærdsdata A/S');
        await add.getByLabel(/^Sektor/).selectOption('PRIVATE');
        await add.getByLabel(/^CVR-nr\./).fill('29 19 09 26');
        await add.getByRole('button', { name: 'Tilføj organisation' }).click();
        await add.getByText('er ikke et gyldigt CVR-nummer: kontrolcifferet passer ikke').waitFor();
        assert.equal(await add.getByLabel(/^CVR-nr\./).getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
        assert.deepEqual(await axeViolations(page), [], 'axe with the refused check digit');
        await screenshot(page, 'admin-organisation-refused');
        await add.screenshot({ path: path.join(artifactsDir, 'admin-organisation-refused-form.png') });
        await add.getByLabel(/^CVR-nr\./).fill('29 19 09 25');
        await add.getByRole('button', { name: 'Tilføj organisation' }).click();
        await page.getByText('Velfærdsdata A/S er tilføjet.').waitFor();
        await page.getByLabel('Søg på navn eller nummer').fill('velfærdsdata');
        await page.getByRole('search').getByRole('button', { name: 'Søg på navn eller nummer' }).click();
        await page.getByRole('cell', { name: '29190925' }).waitFor();
        await page.getByRole('heading', { name: '1 organisationer' }).waitFor();

        // The new programme's dashboard opens, empty.
        await page.goto(`${app.baseUrl}/?programme=${programmeId}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForFunction((id) => document.querySelector('.programme-slot select')?.value === id, programmeId);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await screenshot(page, 'admin-new-programme-dashboard');

        // A project in it, to see what archiving leaves of its pages.
        await page.goto(`${app.baseUrl}/projects/new?programme=${programmeId}`);
        await page.getByRole('heading', { name: 'Nyt projekt' }).waitFor();
        await page.getByLabel('Projektkode').fill('VEL-1');
        await page.getByLabel('Titel').fill('Fælles velfærdsdata');
        await page.getByLabel('Planlagt start').fill('2027-08-01');
        await page.getByLabel('Planlagt slut').fill('2029-06-30');
        await page.getByRole('button', { name: 'Opret projekt' }).click();
        await page.getByRole('heading', { name: 'Rediger VEL-1' }).waitFor();
        const projectId = new URL(page.url()).pathname.split('/')[2];
        assert.match(projectId ?? '', /^[0-9a-f-]{36}$/, 'the work page of the new project');

        // Archived, it stays readable: listed apart in the picker, its dashboard with a note, nothing to add.
        await page.goto(`${app.baseUrl}/admin/programmes?programme=${programmeId}`);
        await page.getByRole('button', { name: 'Arkivér programmet' }).click();
        await page.getByRole('button', { name: 'Genåbn programmet' }).waitFor();
        await page.goto(`${app.baseUrl}/?programme=${programmeId}`);
        await page.getByText(/^Programmet er arkiveret .*: det kan læses og eksporteres, men ikke ændres\.$/).waitFor();
        const archivedGroup = page.locator('#header-programme optgroup[label="Arkiverede programmer"] option');
        assert.equal(await archivedGroup.count(), 1);
        assert.equal(await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Nyt projekt' }).count(), 0);
        assert.deepEqual(await axeViolations(page), [], 'axe on an archived programme');
        // Its project reads with nothing offered to change, and its work page, opened by its address,
        // says why instead of showing forms whose saves would be refused.
        await page.goto(`${app.baseUrl}/projects/${projectId}?programme=${programmeId}`);
        await page.getByRole('heading', { name: 'Business case' }).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Rediger projekt' }).count(), 0, 'no Rediger projekt when archived');
        // Opened by its address alone, the header turns to the project's programme (its role, its
        // archived notice, shown once) instead of the first active one.
        await page.goto(`${app.baseUrl}/projects/${projectId}/edit`);
        await page.getByRole('heading', { name: 'Rediger VEL-1' }).waitFor();
        await page.waitForFunction((id) => new URL(location.href).searchParams.get('programme') === id, programmeId);
        await page.waitForFunction((id) => document.querySelector('.programme-slot select')?.value === id, programmeId);
        const archivedNotice = /^Programmet er arkiveret .*: det kan læses og eksporteres, men ikke ændres\.$/;
        await page.getByRole('status').getByText(archivedNotice).waitFor();
        assert.equal(await page.getByText(archivedNotice).count(), 1, 'the archived notice once');
        assert.equal(await page.getByRole('form', { name: 'Tilføj partner' }).count(), 0, 'no forms on an archived project');
        await screenshot(page, 'admin-archived-project-edit');
        assert.deepEqual(errors, [], 'no console errors');
      } finally {
        await browser.close();
      }
    });

    it('lets the programme office preview a tolerance change before saving it', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await signIn(page, app.baseUrl, 'office@tvaers.demo');
        await page.getByRole('link', { name: 'Programmer', exact: true }).click();
        const settings = page.getByRole('form', { name: 'Indstillinger' });
        await settings.getByLabel(/^Forsinkelse, gul efter/).fill('5');
        await settings.getByRole('button', { name: 'Vis virkningen' }).click();
        const result = page.getByText(/af \d+ projekter ville skifte farve\.$/);
        await result.waitFor();
        assert.match(await result.textContent(), /^(\d+) af (\d+) projekter ville skifte farve\.$/);
        assert.equal(await page.getByRole('form', { name: 'Nyt program' }).count(), 0, 'only ADMIN creates programmes');
        assert.deepEqual(await axeViolations(page), [], 'axe with the preview');
        await screenshot(page, 'admin-tolerance-preview');
      } finally {
        await browser.close();
      }
    });

    it('lets the programme office call a reporting round in the settings, change its reminder and delete it', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await signIn(page, app.baseUrl, 'office@tvaers.demo');
        await page.goto(`${app.baseUrl}/admin/programmes`);
        const rounds = page.locator('section.card', { has: page.getByRole('heading', { name: 'Rapporteringsrunder', exact: true }) });
        const form = rounds.getByRole('form', { name: 'Ny rapporteringsrunde' });
        await form.getByLabel('Periode').fill('2028 andet halvår');
        await form.getByRole('button', { name: 'Ny rapporteringsrunde' }).click();
        await form.getByText('Skriv perioden som ÅÅÅÅ-H1 eller ÅÅÅÅ-H2.').waitFor();
        await form.getByLabel('Periode').fill('2028-H2');
        await form.getByLabel('Frist').fill('2029-01-31');
        await form.getByLabel('Påmindelse dage før').fill('7');
        await form.getByRole('button', { name: 'Ny rapporteringsrunde' }).click();
        const reminder = rounds.getByLabel('Påmindelse dage før (2028-H2)');
        await reminder.waitFor();
        await reminder.fill('3');
        await rounds.getByRole('button', { name: 'Gem 2028-H2' }).click();
        await rounds.getByText('Runden er gemt.').waitFor();
        await page.reload();
        assert.equal(await rounds.getByLabel('Påmindelse dage før (2028-H2)').inputValue(), '3');
        assert.deepEqual(await axeViolations(page), [], 'axe with the rounds');
        await screenshot(page, 'admin-reporting-rounds');
        page.once('dialog', (dialog) => void dialog.accept());
        await rounds.getByRole('button', { name: 'Slet 2028-H2' }).click();
        await rounds.getByText('Runden er slettet.').waitFor();
        // The status follows the re-read, but React may draw the two a frame apart.
        await rounds.getByRole('row', { name: /2028-H2/ }).waitFor({ state: 'detached', timeout: 5000 });
        await page.reload();
        await rounds.getByRole('heading', { name: 'Rapporteringsrunder', exact: true }).waitFor();
        assert.equal(await rounds.getByRole('row', { name: /2028-H2/ }).count(), 0, 'the round stays deleted after a reload');
      } finally {
        await browser.close();
      }
    });

    it('speaks Norwegian and English, passes axe in both, and reorders tracks with the keyboard alone', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await signIn(page, app.baseUrl, 'office@tvaers.demo');
        await page.goto(`${app.baseUrl}/admin/programmes`);
        await page.getByRole('heading', { name: 'Spor', exact: true }).waitFor();
        const first = async () => page.locator('.track-list li .track-code').first().textContent();
        const before = await first();
        await page
          .locator('.track-list li')
          .first()
          .getByRole('button', { name: /^Flyt .* ned$/ })
          .focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction((code) => document.querySelector('.track-list li .track-code')?.textContent !== code, before);
        for (const [language, programmes, register] of [
          ['nb', 'Programmer', 'Organisasjonsregister'],
          ['en', 'Programmes', 'Organisation register'],
        ]) {
          await page.getByLabel(language === 'nb' ? 'Sprog' : 'Språk').selectOption(language);
          await page.getByRole('heading', { name: programmes, level: 1 }).waitFor();
          assert.deepEqual(await axeViolations(page), [], `programmes in ${language}`);
          await page.goto(`${app.baseUrl}/organisations`);
          await page.getByRole('heading', { name: register }).waitFor();
          assert.deepEqual(await axeViolations(page), [], `organisations in ${language}`);
          await screenshot(page, `admin-organisations-${language}`);
          await page.goto(`${app.baseUrl}/admin/programmes`);
        }
      } finally {
        await browser.close();
      }
    });
  },
);
