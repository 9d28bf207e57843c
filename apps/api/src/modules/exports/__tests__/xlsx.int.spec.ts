import ExcelJS from 'exceljs';
import { Decimal } from '@tvaers/domain';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

describe('XLSX portfolio report', () => {
  let app: TestApp;
  let workbook: ExcelJS.Workbook;
  let dk: { id: string; totalBudget: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    const { programmes } = await app.ok(`{ programmes { id currency totalBudget } }`);
    dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
    const token = (await app.as('AUDITOR')).token;
    const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  });
  afterAll(() => app.close());

  it('has a metadata sheet and one sheet per table, each with a frozen header row', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'metadata',
      'projects',
      'partners',
      'budget',
      'costs',
      'benefits',
      'measurements',
      'status',
      'risks',
      'gates',
      'business-case',
      'settlement',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const meta = workbook.getWorksheet('metadata')!;
    expect(meta.getRow(2).values).toEqual([undefined, 'programme', 'Fælles digitaliseringsstrategi 2025–2027']);
  });

  it('stores amounts as numbers with a number format, and the budget adds up to the API total', () => {
    const budget = workbook.getWorksheet('budget')!;
    expect(budget.getRow(1).values).toEqual([undefined, 'project_code', 'fiscal_year', 'funder', 'category', 'amount']);
    let total = new Decimal(0);
    budget.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(5);
      expect(typeof cell.value).toBe('number');
      expect(cell.numFmt).toBe('#,##0.00');
      total = total.plus(cell.value as number);
    });
    expect(total.toFixed(2)).toBe(dk.totalBudget);
  });

  it('stores dates as dates', () => {
    const costs = workbook.getWorksheet('costs')!;
    const date = costs.getRow(2).getCell(2);
    expect(date.value).toBeInstanceOf(Date);
    expect(date.numFmt).toBe('yyyy-mm-dd');
  });

  it('exports the audit trail as XLSX with the chain verification on the metadata sheet', async () => {
    const token = (await app.as('AUDITOR')).token;
    const response = await fetch(`${app.baseUrl}/exports/audit.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const audit = new ExcelJS.Workbook();
    await audit.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    expect(audit.getWorksheet('metadata')!.getRow(4).values).toEqual([
      undefined,
      'chain_verification',
      expect.stringMatching(/^OK; \d+ events verified$/),
    ]);
    const events = audit.getWorksheet('events')!;
    expect(events.getRow(1).values).toEqual([
      undefined,
      'sequence',
      'at',
      'actor',
      'operation',
      'action',
      'entity_type',
      'entity_id',
      'before',
      'after',
      'previous_hash',
      'hash',
    ]);
    expect(String(events.getRow(2).getCell(11).value)).toMatch(/^[0-9a-f]{64}$/);
  });
});
