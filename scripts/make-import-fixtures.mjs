#!/usr/bin/env node
// Writes the golden import fixtures in apps/api/src/modules/imports/__tests__/fixtures/: the docs/domain.md
// worked example as a filled-in Danish template, and a broken copy. Each workbook is saved once more by
// LibreOffice Calc, so the committed files are what a real spreadsheet program writes (its own shared
// strings, styles and date serials), not what our own library would. Run it only to change a fixture:
//   node scripts/make-import-fixtures.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const out = path.resolve(import.meta.dirname, '../apps/api/src/modules/imports/__tests__/fixtures');
const day = (iso) => new Date(`${iso}T00:00:00Z`);
const STYRELSEN = '34051178';
const AARHUS = '55133018';

const sheets = (broken) => ({
  Organisationer: [
    ['Identifikator', 'Land', 'Navn', 'Sektor'],
    [STYRELSEN, 'DK', 'Digitaliseringsstyrelsen', 'STATE'],
    [AARHUS, 'DK', 'Aarhus Kommune', 'MUNICIPALITY'],
  ],
  Projekter: [
    [
      'Projektkode',
      'Titel',
      'Beskrivelse',
      'Fase',
      'Planlagt start',
      'Planlagt slut',
      'Forventet slut',
      'Livsbegivenheder',
      'Fælleskomponenter',
    ],
    [
      'GOLD-01',
      'Regneeksemplet fra DOMAIN.md',
      'Budget, gevinster og målinger som i domænebeskrivelsen',
      'EXECUTION',
      day('2025-01-01'),
      day('2027-06-30'),
      day('2027-09-15'),
      'MOVING_HOUSE',
      'MITID, DIGITAL_POST',
    ],
    ...(broken ? [['GOLD-02', 'Slutter før start', '', 'APPROVED', day('2026-06-01'), day('2026-01-31'), null, '', '']] : []),
  ],
  Partnere: [
    ['Projektkode', 'Organisation', 'Roller'],
    ['GOLD-01', STYRELSEN, 'LEAD, CO_FUNDER'],
    ['GOLD-01', AARHUS, broken ? 'CO_FUNDER, EJER' : 'CO_FUNDER, BENEFIT_RECEIVER'],
  ],
  Budget: [
    ['Projektkode', 'Finansår', 'Finansieret af', 'Kategori', 'Beløb'],
    ['GOLD-01', 2025, STYRELSEN, 'DEVELOPMENT', broken ? 'to millioner' : 2000000],
    ['GOLD-01', 2026, AARHUS, 'DEVELOPMENT', 1000000],
    ['GOLD-01', 2027, AARHUS, 'OPERATIONS', 200000],
    ...(broken ? [['GOLD-01', 2027, '12345678', 'OPERATIONS', 5]] : []),
  ],
  Gevinster: [
    ['Projektkode', 'Gevinst', 'Art', 'Enhed', 'Modtager', 'Ejer', 'Udgangsværdi', 'Målemetode'],
    ['GOLD-01', 'Færre manuelle sager', 'CASH_RELEASING', 'CURRENCY', AARHUS, 'Borgerservicechef', null, 'Regnskab'],
    ['GOLD-01', 'Sparede timer', 'NON_CASH', 'HOURS', AARHUS, '', null, 'Tidsregistrering'],
    ['GOLD-01', 'Papirkanalen kører parallelt', 'DIS_BENEFIT', 'CURRENCY', AARHUS, '', null, ''],
  ],
  Gevinstmål: [
    ['Projektkode', 'Gevinst', 'Finansår', 'Mål'],
    ['GOLD-01', 'Færre manuelle sager', 2026, 500000],
    ['GOLD-01', 'Færre manuelle sager', 2027, 1500000],
    ['GOLD-01', 'Færre manuelle sager', 2028, 1500000],
    ['GOLD-01', 'Sparede timer', 2027, broken ? -2000 : 2000],
    ['GOLD-01', 'Papirkanalen kører parallelt', 2026, 100000],
  ],
  Målinger: [
    ['Projektkode', 'Gevinst', 'Finansår', 'Værdi', 'Dokumentation'],
    ['GOLD-01', 'Færre manuelle sager', 2026, 450000, 'Regnskab 2026'],
    ['GOLD-01', broken ? 'Papirkanal' : 'Papirkanalen kører parallelt', 2026, 80000, 'Driftsstatistik'],
  ],
});

const work = mkdtempSync(path.join(os.tmpdir(), 'tvaers-fixtures-'));
try {
  for (const [name, broken] of [
    ['golden-import', false],
    ['golden-broken', true],
  ]) {
    const workbook = new ExcelJS.Workbook();
    for (const [sheet, rows] of Object.entries(sheets(broken))) {
      const worksheet = workbook.addWorksheet(sheet);
      for (const row of rows) worksheet.addRow(row);
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        }),
      );
    }
    const draft = path.join(work, 'draft', `${name}.xlsx`);
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(draft), { recursive: true }));
    writeFileSync(draft, Buffer.from(await workbook.xlsx.writeBuffer()));
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${work}/profile`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        path.join(work, 'calc'),
        draft,
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr}`);
    copyFileSync(path.join(work, 'calc', `${name}.xlsx`), path.join(out, `${name}.xlsx`));
    console.log(`wrote ${path.join(out, `${name}.xlsx`)} (saved by LibreOffice Calc)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
