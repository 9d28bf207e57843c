import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Decimal } from '@tvaers/domain';
import { parseCsv } from '../../../../test/csv.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// The XLSX report opened the way an auditor opens it: LibreOffice Calc (headless) converts every sheet
// to CSV, and each sheet must hold the same rows and the same numbers as the API's own CSV export of
// that table. Amounts are compared as exact decimals, so a number stored as text, rounded or shifted
// by a float would fail.

const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';
/** Each table's sheet in the English report. */
const SHEETS: Record<string, string> = {
  projects: 'Projects',
  partners: 'Partners',
  budget: 'Budget',
  costs: 'Costs',
  benefits: 'Benefits',
  measurements: 'Measurements',
  status: 'Status reports',
  risks: 'Risks',
  gates: 'Gates',
  'business-case': 'Business case',
  settlement: 'Settlement',
};
const TABLES = Object.keys(SHEETS);
/** UTF-8, comma, raw values (not "as shown"), every sheet to its own file (LibreOffice ≥ 7.2). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1';
const NUMBER = /^-?\d+(\.\d+)?$/;

function convertWithLibreOffice(xlsx: Buffer): Map<string, string[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tvaers-lo-'));
  try {
    writeFileSync(path.join(dir, 'portfolio.xlsx'), xlsx);
    const run = spawnSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        path.join(dir, 'out'),
        path.join(dir, 'portfolio.xlsx'),
      ],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(0);
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(path.join(dir, 'out'))) {
      sheets.set(file.replace(/^portfolio-/, '').replace(/\.csv$/, ''), parseCsv(readFileSync(path.join(dir, 'out', file), 'utf8')));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same value in both files: numbers as exact decimals, timestamps as instants, the rest as text. */
function sameCell(fromLibreOffice: string, fromApi: string): boolean {
  if (NUMBER.test(fromApi) && NUMBER.test(fromLibreOffice)) return new Decimal(fromApi).equals(fromLibreOffice);
  if (/^\d{4}-\d{2}-\d{2}T/.test(fromApi))
    return Math.abs(Date.parse(`${fromLibreOffice.replace(' ', 'T')}Z`) - Date.parse(fromApi)) < 1000;
  return fromLibreOffice === fromApi;
}

describe('XLSX report in LibreOffice', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  (hasLibreOffice || ci ? it : it.skip)(
    'opens in LibreOffice with the same rows and numbers as the API’s CSV exports',
    async () => {
      expect(hasLibreOffice).toBe(true); // CI installs libreoffice-calc-nogui (.ci/run)
      const { programmes } = await app.ok(`{ programmes { id currency totalBudget } }`);
      const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
      const token = (await app.as('AUDITOR')).token;
      const get = async (url: string) => {
        const response = await fetch(`${app.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
        expect(response.status).toBe(200);
        return Buffer.from(await response.arrayBuffer());
      };
      // The report and the CSV for people in the same language: the same headers, names and numbers.
      const sheets = convertWithLibreOffice(await get(`/exports/programmes/${dk.id}/portfolio.xlsx?lang=en`));
      expect([...sheets.keys()].sort()).toEqual([...Object.values(SHEETS), 'About this report', 'Codes'].sort());

      const mismatches: string[] = [];
      for (const table of TABLES) {
        const api = parseCsv((await get(`/exports/programmes/${dk.id}/${table}.csv?lang=en`)).toString('utf8'));
        const calc = sheets.get(SHEETS[table])!;
        expect({ table, rows: calc.length }).toEqual({ table, rows: api.length });
        api.forEach((row, r) =>
          row.forEach((value, c) => {
            if (!sameCell(calc[r]![c] ?? '', value))
              mismatches.push(`${table} ${String.fromCharCode(65 + c)}${r + 1}: LibreOffice "${calc[r]![c]}", API "${value}"`);
          }),
        );
      }
      expect(mismatches).toEqual([]);

      // And the headline figure: the budget sheet adds up to the API's total, to the øre.
      const [header, ...lines] = sheets.get('Budget')!;
      const amount = header!.indexOf('Amount');
      expect(lines.reduce((sum, line) => sum.plus(line[amount]!), new Decimal(0)).toFixed(2)).toBe(dk.totalBudget);
    },
    180_000,
  );
});
