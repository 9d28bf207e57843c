import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { databaseFingerprint, upload } from './import-files.js';

// The filled template is the programme in the import layout. Importing it unchanged must change
// nothing at all (every value reads back as it was written: amounts, dates, lists, organisations);
// editing one cell must update exactly that row.
const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';

/**
 * A one-sheet workbook written by LibreOffice Calc (not ExcelJS) from CSV rows; the sheet is named
 * `sheet`. Run without blocking: the API under test shares this process's event loop.
 */
async function workbookByLibreOffice(sheet: string, rows: string[][]): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tvaers-lo-'));
  try {
    const csv = rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n');
    writeFileSync(path.join(dir, `${sheet}.csv`), `${csv}\n`);
    await promisify(execFile)(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        dir,
        path.join(dir, `${sheet}.csv`),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    return readFileSync(path.join(dir, `${sheet}.xlsx`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('filled template round trip (demo portfolio)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  it('imports the programme as it was downloaded without a single change, and one edited cell as one update', async () => {
    const office = await app.as('PROGRAMME_OFFICE');
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
    const filled = async (lang: string) => {
      const response = await fetch(`${app.baseUrl}/imports/programmes/${dk.id}/template.xlsx?lang=${lang}&filled=true`, {
        headers: { authorization: `Bearer ${office.token}` },
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };

    const before = await databaseFingerprint(app);
    for (const lang of ['da', 'en', 'nb']) {
      const unchanged = await (await upload(app, office.token, dk.id, await filled(lang))).json();
      expect(unchanged).toMatchObject({ ok: true, problems: [] });
      for (const [sheet, counts] of Object.entries(unchanged.counts))
        expect({ lang, sheet, ...counts }).toMatchObject({ lang, sheet, created: 0, updated: 0 });
      expect(unchanged.counts.projects.unchanged).toBe(35);
      expect(await databaseFingerprint(app)).toEqual(before);
    }
    // The filled template says what people read: the language's names, not the codes.
    const danish = new ExcelJS.Workbook();
    await danish.xlsx.load((await filled('da')) as never);
    const phases = danish.getWorksheet('Projekter')!.getColumn(5).values.slice(2);
    expect(phases).toContain('Gennemførelse');
    expect(phases).not.toContain('EXECUTION');
    const file = await filled('nb');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const budget = workbook.getWorksheet('Budsjett')!;
    const cell = budget.getRow(2).getCell(5);
    const was = cell.value as number;
    cell.value = was + 0.25;
    const edited = await (await upload(app, office.token, dk.id, Buffer.from(await workbook.xlsx.writeBuffer()))).json();
    expect(edited.counts.budget).toMatchObject({ created: 0, updated: 1 });
    const total = (await app.ok(`query($id: ID!) { programme(id: $id) { totalBudget } }`, { id: dk.id })).programme.totalBudget;
    expect(total).toBe('297450000.25');
  });

  (hasLibreOffice || ci ? it : it.skip)(
    'imports a Danish sheet written by another spreadsheet program, with Danish names for the fixed values',
    async () => {
      expect(hasLibreOffice).toBe(true); // CI installs libreoffice-calc-nogui (.ci/run)
      const office = await app.as('PROGRAMME_OFFICE');
      const { programmes } = await app.ok(`{ programmes { id currency } }`);
      const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
      const file = await workbookByLibreOffice('Projekter', [
        ['Projektkode', 'Titel', 'Fase', 'Livsbegivenheder', 'Fælleskomponenter'],
        ['LO-01', 'Skrevet i LibreOffice', 'gennemførelse', 'Flytning, Fødsel', 'MitID'],
        ['LO-02', 'Norsk og engelsk og kode', 'Utrulling', 'moving house', 'digital_post'],
      ]);
      const answer = await (await upload(app, office.token, dk.id, file)).json();
      expect(answer).toMatchObject({ ok: true, problems: [] });
      expect(answer.counts.projects.created).toBe(2);
      const { projects } = await app.ok(
        `query($p: ID!) { projects(programmeId: $p, first: 5, filter: { search: "LO-0" }) { edges { node { code phase lifeEvents commonComponents } } } }`,
        { p: dk.id },
      );
      const byCode = Object.fromEntries((projects.edges as { node: { code: string } }[]).map((e) => [e.node.code, e.node]));
      expect(byCode['LO-01']).toEqual({
        code: 'LO-01',
        phase: 'EXECUTION',
        lifeEvents: ['MOVING_HOUSE', 'BIRTH'],
        commonComponents: ['MITID'],
      });
      expect(byCode['LO-02']).toEqual({
        code: 'LO-02',
        phase: 'ROLLOUT',
        lifeEvents: ['MOVING_HOUSE'],
        commonComponents: ['DIGITAL_POST'],
      });
    },
  );
});
