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

  it('is a report for people: Danish sheet names, headers and values by default, with a codes sheet for machines', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Om rapporten',
      'Projekter',
      'Partnere',
      'Budget',
      'Forbrug',
      'Gevinster',
      'Målinger',
      'Statusrapporter',
      'Risici',
      'Beslutningspunkter',
      'Business case',
      'Udligning',
      'Koder',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const meta = workbook.getWorksheet('Om rapporten')!;
    expect(meta.getRow(2).values).toEqual([undefined, 'Program', 'Fælles digitaliseringsstrategi 2025–2027']);
    const projects = workbook.getWorksheet('Projekter')!;
    expect(projects.getRow(1).values).toEqual([
      undefined,
      'Kode',
      'Titel',
      'Fase',
      'Spor',
      'Planlagt start',
      'Planlagt slut',
      'Forventet slut',
      'Livsbegivenheder',
      'Fælleskomponenter',
    ]);
    const phases = projects.getColumn(3).values.slice(2);
    expect(phases).toContain('Gennemførelse');
    expect(phases).not.toContain('EXECUTION');
    const codes = workbook.getWorksheet('Koder')!;
    expect(codes.getRow(1).values).toEqual([undefined, 'Liste', 'Kode', 'Betegnelse']);
    const rows = codes.getSheetValues().slice(2) as unknown[][];
    expect(rows).toContainEqual([undefined, 'phase', 'EXECUTION', 'Gennemførelse']);
    expect(rows).toContainEqual([undefined, 'sector', 'MUNICIPALITY', 'Kommune']);
  });

  it('stores amounts as numbers with a number format, and the budget adds up to the API total', () => {
    const budget = workbook.getWorksheet('Budget')!;
    expect(budget.getRow(1).values).toEqual([undefined, 'Projektkode', 'Regnskabsår', 'Finansieres af', 'Kategori', 'Beløb']);
    expect(budget.getColumn(4).values.slice(2)).toContain('Udvikling');
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
    const costs = workbook.getWorksheet('Forbrug')!;
    const date = costs.getRow(2).getCell(2);
    expect(date.value).toBeInstanceOf(Date);
    expect(date.numFmt).toBe('yyyy-mm-dd');
  });

  it('speaks Norwegian and English when asked, by ?lang= or Accept-Language', async () => {
    const token = (await app.as('AUDITOR')).token;
    const sheets = async (query: string, acceptLanguage?: string) => {
      const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.xlsx${query}`, {
        headers: { authorization: `Bearer ${token}`, ...(acceptLanguage && { 'accept-language': acceptLanguage }) },
      });
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      return book;
    };
    const english = await sheets('?lang=en');
    expect(english.worksheets.map((s) => s.name)).toContain('Business case');
    expect(english.getWorksheet('Budget')!.getRow(1).values).toEqual([
      undefined,
      'Project code',
      'Fiscal year',
      'Funder',
      'Category',
      'Amount',
    ]);
    const norwegian = await sheets('', 'nb-NO');
    expect(norwegian.getWorksheet('Prosjekter')!.getColumn(3).values.slice(2)).toContain('Gjennomføring');
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
      'actor_id',
      'actor',
      'operation',
      'action',
      'entity_type',
      'entity_id',
      'before',
      'after',
      'previous_hash',
      'hash',
      'form',
    ]);
    expect(String(events.getRow(2).getCell(11).value)).toMatch(/^[0-9a-f]{64}$/);
    // Events written now are in canonical form 2 (docs/audit-trail.md).
    expect(Number(events.getRow(2).getCell(13).value)).toBe(2);
  });
});
