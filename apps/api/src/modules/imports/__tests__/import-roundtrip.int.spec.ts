import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { databaseFingerprint, upload } from './import-files.js';

// The filled template is the programme in the import layout. Importing it unchanged must change
// nothing at all (every value reads back as it was written: amounts, dates, lists, organisations);
// editing one cell must update exactly that row.
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
    const response = await fetch(`${app.baseUrl}/imports/programmes/${dk.id}/template.xlsx?lang=nb&filled=true`, {
      headers: { authorization: `Bearer ${office.token}` },
    });
    expect(response.status).toBe(200);
    const file = Buffer.from(await response.arrayBuffer());

    const before = await databaseFingerprint(app);
    const unchanged = await (await upload(app, office.token, dk.id, file)).json();
    expect(unchanged).toMatchObject({ ok: true, problems: [] });
    for (const [sheet, counts] of Object.entries(unchanged.counts))
      expect({ sheet, ...counts }).toMatchObject({ sheet, created: 0, updated: 0 });
    expect(unchanged.counts.projects.unchanged).toBe(35);
    expect(await databaseFingerprint(app)).toEqual(before);

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
});
