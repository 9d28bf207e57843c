// Journey (d): the programme office downloads the import template, fills it in as a spreadsheet user
// would, sees a broken file refused with a list of problems, then imports the corrected file and finds
// the project with its budget in the app.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { axeViolations, chromiumAvailable, launchBrowser, screenshot, signIn, startApp, watchErrors } from './support.mjs';

/** The folder of this run's filled workbooks, removed at the end. */
let workDir;

/** Fills the downloaded Danish template: one project with two partners and two budget lines. */
async function fillTemplate(templatePath, amount2026) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await readFile(templatePath));
  const organisations = workbook.getWorksheet('Organisationer');
  const identifierOf = (name) => {
    let identifier;
    organisations.eachRow((row) => {
      if (row.getCell(3).value === name) identifier = row.getCell(1).value;
    });
    assert.ok(identifier, `${name} is on the Organisationer sheet`);
    return identifier;
  };
  const styrelsen = identifierOf('Digitaliseringsstyrelsen');
  const aarhus = identifierOf('Aarhus Kommune');
  workbook
    .getWorksheet('Projekter')
    .addRow([
      'IMP-77',
      'Importeret flyttehjælp',
      'Fra regnearket',
      null,
      'APPROVED',
      new Date(Date.UTC(2026, 0, 1)),
      new Date(Date.UTC(2027, 11, 31)),
    ]);
  workbook.getWorksheet('Partnere').addRow(['IMP-77', styrelsen, 'LEAD, CO_FUNDER']);
  workbook.getWorksheet('Partnere').addRow(['IMP-77', aarhus, 'CO_FUNDER']);
  workbook.getWorksheet('Budget').addRow(['IMP-77', 2026, styrelsen, 'DEVELOPMENT', amount2026]);
  workbook.getWorksheet('Budget').addRow(['IMP-77', 2027, aarhus, 'OPERATIONS', 250000.5]);
  const file = path.join(workDir, `filled-${String(amount2026).length}.xlsx`);
  await writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

describe('import journey in Chromium', { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' }, () => {
  let app;
  before(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-import-'));
    app = await startApp();
  });
  after(async () => {
    await app?.stop();
    await rm(workDir, { recursive: true, force: true });
  });

  it('downloads the template, gets a broken file refused by row and column, then imports the corrected file', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, 'office@tvaers.demo');
      const errors = watchErrors(page);
      await page.getByRole('link', { name: 'Import', exact: true }).click();
      await page.getByRole('heading', { name: 'Import fra regneark' }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hent skabelon (XLSX)' }).click(),
      ]);
      const template = await download.path();

      // A text where an amount belongs: refused, with the sheet, row, column and reason.
      await page.getByLabel('Udfyldt fil (.xlsx)').setInputFiles(await fillTemplate(template, 'en million'));
      await page.getByRole('button', { name: 'Kontrollér fil' }).click();
      await page.getByText('Filen blev ikke importeret: 1 fejl.').waitFor();
      const problems = page.getByRole('region', { name: 'Fejl i filen' });
      assert.deepEqual(await problems.getByRole('row').nth(1).getByRole('cell').allInnerTexts(), [
        'Budget',
        '2',
        'Beløb',
        'E2',
        // The reason in the page's language (the server says it in the Accept-Language it is sent).
        'skal være et tal som "1250000.00" (fik "en million")',
      ]);
      assert.deepEqual(await axeViolations(page), [], 'import page with problems');
      await screenshot(page, 'import-1-problems');

      // The corrected file: checked, then imported; the counts say what changed.
      await page.getByLabel('Udfyldt fil (.xlsx)').setInputFiles(await fillTemplate(template, 1000000));
      await page.getByRole('button', { name: 'Kontrollér fil' }).click();
      await page.getByText('Filen er i orden. Intet er skrevet endnu.').waitFor();
      await page.getByRole('button', { name: 'Importér' }).click();
      await page.getByText(/^Importeret: \d+ rækker\.$/).waitFor();
      const counts = page.getByRole('region', { name: 'Det har importen ændret' });
      assert.deepEqual(
        await counts
          .getByRole('row', { name: /^Projekter/ })
          .getByRole('cell')
          .allInnerTexts(),
        ['1', '0', '0'],
      );
      assert.deepEqual(
        await counts
          .getByRole('row', { name: /^Budget/ })
          .getByRole('cell')
          .allInnerTexts(),
        ['2', '0', '0'],
      );
      assert.deepEqual(await axeViolations(page), [], 'import page with counts');
      await screenshot(page, 'import-2-imported');

      // The same file again: nothing new.
      await page.getByRole('button', { name: 'Importér' }).click();
      await page.getByText(/^Importeret: \d+ rækker\.$/).waitFor();
      await counts
        .getByRole('row', { name: /^Projekter/ })
        .getByRole('cell')
        .first()
        .filter({ hasText: '0' })
        .waitFor();
      assert.deepEqual(
        await counts
          .getByRole('row', { name: /^Projekter/ })
          .getByRole('cell')
          .allInnerTexts(),
        ['0', '0', '1'],
      );

      // The programme downloaded as an import file now holds the project, ready to edit and import again.
      const [filled] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hent programmets projekter som importfil' }).click(),
      ]);
      const programmeFile = new ExcelJS.Workbook();
      await programmeFile.xlsx.load(await readFile(await filled.path()));
      const codes = programmeFile.getWorksheet('Projekter').getColumn(1).values.slice(2);
      assert.ok(codes.includes('IMP-77') && codes.includes('FDS-01'), 'the filled file lists the imported and the demo projects');

      // The project is in the app with the file's budget: 1,000,000 + 250,000.50, shown in whole kroner.
      await page.getByRole('link', { name: 'Projekter', exact: true }).click();
      await page.getByRole('link', { name: /Importeret flyttehjælp/ }).click();
      await page.getByRole('heading', { name: /IMP-77/ }).waitFor();
      await page.getByText('1.250.001 kr.').first().waitFor();
      const perYear = page.locator('section.card', { has: page.getByRole('heading', { name: 'Budget og forbrug pr. år' }) });
      await perYear.getByRole('button', { name: 'Vis som tabel' }).click();
      const table = await perYear.getByRole('table').innerText();
      // Whole kroner on the page; the API test checks the øre.
      assert.match(table, /2026\s+1\.000\.000\skr\./);
      assert.match(table, /2027\s+250\.001\skr\./);
      await screenshot(page, 'import-3-project');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
