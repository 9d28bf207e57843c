import { createHash } from 'node:crypto';
import http from 'node:http';
import { Decimal } from '@tvaers/domain';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { uniqueCvr } from '../../../../test/factories.js';
import { BOM, csvLine } from '../csv.js';
import { EXPORT_TABLES } from '../export-tables.js';

interface Download {
  status: number;
  headers: http.IncomingHttpHeaders;
  trailers: NodeJS.Dict<string>;
  body: Buffer;
}

/** A raw HTTP GET, because fetch does not expose trailers (the content hash travels in one). */
function download(url: string, token?: string): Promise<Download> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, trailers: res.trailers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

const rowsOf = (body: Buffer, separator: string) =>
  body
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(separator));

describe('CSV exports (streamed, with metadata and a content hash)', () => {
  let app: TestApp;
  let auditor: Awaited<ReturnType<TestApp['as']>>;
  let dk: { id: string; totalBudget: string };
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    auditor = await app.as('AUDITOR');
    const { programmes } = await app.ok(`{ programmes { id currency totalBudget } }`);
    dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
  });
  afterAll(() => app.close());

  it('writes every table, in both dialects, byte for byte as csvLine writes the rows (PostgreSQL formats, Node streams)', async () => {
    // Cells a CSV writer gets wrong: quotes, separators, line breaks, formulas, empty text, unicode.
    // The other tests read the demo as it was: the title goes back at the end.
    const { projects } = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 1) { edges { node { id version title description } } } }`,
      { p: dk.id },
    );
    const project = projects.edges[0].node;
    const update = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`;
    const { updateProject } = await app.ok(update, {
      input: { id: project.id, version: project.version, title: '=HYPERLINK("x");"semi";comma,\nline\r\n-minus æøå', description: '' },
    });
    try {
      await expectCopyEqualsCsvLine();
    } finally {
      await app.ok(update, {
        input: { id: project.id, version: updateProject.version, title: project.title, description: project.description },
      });
    }
  });

  async function expectCopyEqualsCsvLine() {
    for (const table of EXPORT_TABLES) {
      for (const dialect of ['rfc', 'nordic'] as const) {
        const rows: Record<string, string | number | null>[] = await app.dataSource.query(table.sql, [dk.id]);
        const expected =
          BOM +
          csvLine(
            table.columns.map((c) => c.header),
            table.columns,
            dialect,
          ) +
          rows.map((row) => csvLine(Object.values(row), table.columns, dialect)).join('');
        const file = await download(`${app.baseUrl}/exports/programmes/${dk.id}/${table.name}.csv?dialect=${dialect}`, auditor.token);
        expect({ table: table.name, dialect, body: file.body.toString('utf8') }).toEqual({ table: table.name, dialect, body: expected });
      }
    }
  }

  it('exports the budget in the Nordic dialect whose amounts add up to the API total to the øre', async () => {
    const file = await download(`${app.baseUrl}/exports/programmes/${dk.id}/budget.csv?dialect=nordic`, auditor.token);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = rowsOf(file.body, ';');
    expect(header).toEqual(['project_code', 'fiscal_year', 'funder', 'category', 'amount']);
    expect(rows.every((r) => /^\d+,\d{2}$/.test(r[4]!))).toBe(true);
    const total = rows.reduce((sum, r) => sum.plus(r[4]!.replace(',', '.')), new Decimal(0));
    expect(total.toFixed(2)).toBe(dk.totalBudget);
  });

  it('stays the machine format by default (English snake_case headers, codes), and speaks Danish with ?lang=da', async () => {
    const machine = rowsOf((await download(`${app.baseUrl}/exports/programmes/${dk.id}/projects.csv`, auditor.token)).body, ',');
    expect(machine[0]).toEqual([
      'code',
      'title',
      'phase',
      'track',
      'planned_start',
      'planned_end',
      'forecast_end',
      'life_events',
      'common_components',
    ]);
    expect(machine.map((r) => r[2])).toContain('EXECUTION');
    const file = await download(`${app.baseUrl}/exports/programmes/${dk.id}/budget.csv?dialect=nordic&lang=da`, auditor.token);
    expect(file.status).toBe(200);
    const [header, ...rows] = rowsOf(file.body, ';');
    expect(header).toEqual(['Projektkode', 'Regnskabsår', 'Finansieres af', 'Kategori', 'Beløb']);
    expect(rows.map((r) => r[3])).toContain('Udvikling');
    expect(rows.map((r) => r[3])).not.toContain('DEVELOPMENT');
    // The same rows and amounts as the machine format, to the øre.
    expect(rows.reduce((sum, r) => sum.plus(r[4]!.replace(',', '.')), new Decimal(0)).toFixed(2)).toBe(dk.totalBudget);
    const norwegian = rowsOf((await download(`${app.baseUrl}/exports/programmes/${dk.id}/projects.csv?lang=nb`, auditor.token)).body, ',');
    expect(norwegian[0]![2]).toBe('Fase');
    expect(norwegian.map((r) => r[2])).toContain('Gjennomføring');
    const refused = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/projects.csv?lang=fr`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    expect(refused.status).toBe(400);
  });

  it('carries who, when and which programme, and a SHA-256 of exactly the bytes sent', async () => {
    const file = await download(`${app.baseUrl}/exports/programmes/${dk.id}/projects.csv`, auditor.token);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['x-generated-by']).toMatch(/\(AUDITOR\)$/);
    expect(Date.parse(String(file.headers['x-generated-at']))).toBeGreaterThan(Date.now() - 60_000);
    expect(decodeURIComponent(String(file.headers['x-programme']))).toBe('Fælles digitaliseringsstrategi 2025–2027');
    expect(file.trailers['x-content-sha256']).toBe(createHash('sha256').update(file.body).digest('hex'));
    const rows = rowsOf(file.body, ',');
    expect(rows).toHaveLength(36); // header + 35 projects
    expect(rows[1]![0]).toBe('FDS-01');
  });

  it('exports the business case per project with the API’s own figures', async () => {
    const file = await download(`${app.baseUrl}/exports/programmes/${dk.id}/business-case.csv`, auditor.token);
    const [header, ...rows] = rowsOf(file.body, ',');
    const npvColumn = header!.indexOf('npv');
    const { portfolioSummary } = await app.ok(`query($p: ID!) { portfolioSummary(programmeId: $p) { projects { code npv } } }`, {
      p: dk.id,
    });
    const api = new Map(portfolioSummary.projects.map((p: { code: string; npv: string }) => [p.code, p.npv]));
    for (const row of rows) expect(row[npvColumn]).toBe(api.get(row[0]!));
    // portfolio.csv, the name docs/domain.md uses, is the same per-project table.
    const portfolio = await download(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.csv`, auditor.token);
    expect(rowsOf(portfolio.body, ',')).toEqual([header, ...rows]);
  });

  it('never shows a partner other partners’ draft status reports (row-level security applies)', async () => {
    const [{ id: aarhus }] = await app.dataSource.query(`SELECT id FROM organisations WHERE name = 'Aarhus Kommune'`);
    const partner = await app.as('PARTNER', aarhus);
    const all = rowsOf((await download(`${app.baseUrl}/exports/programmes/${dk.id}/status.csv`, auditor.token)).body, ',').slice(1);
    const partners = rowsOf((await download(`${app.baseUrl}/exports/programmes/${dk.id}/status.csv`, partner.token)).body, ',').slice(1);
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM status_reports s JOIN projects p ON p.id = s.project_id
        WHERE p.programme_id = $1 AND (s.state IN ('SUBMITTED', 'APPROVED') OR EXISTS (SELECT 1 FROM participations pa WHERE pa.project_id = s.project_id AND pa.organisation_id = $2))`,
      [dk.id, aarhus],
    );
    expect(partners).toHaveLength(n);
    expect(partners.length).toBeLessThan(all.length);
  });

  it('exports the audit trail with hashes and the chain verification, to auditors only', async () => {
    await app.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      input: { name: 'Revisionsprøve', sector: 'STATE', country: 'DK', identifier: uniqueCvr() },
    });
    const file = await download(`${app.baseUrl}/exports/audit.csv`, auditor.token);
    expect(file.headers['x-audit-chain']).toMatch(/^OK; \d+ events verified$/);
    const [header, ...rows] = rowsOf(file.body, ',');
    expect(header).toEqual([
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
    expect(rows.some((r) => r[6] === 'organisations' && r[5] === 'INSERT')).toBe(true);
    // The actor's id is exported as it is hashed (docs/audit-trail.md).
    expect(rows.some((r) => /^[0-9a-f-]{36}$/.test(r[2]!))).toBe(true);
    const viewer = await app.as('VIEWER');
    expect((await download(`${app.baseUrl}/exports/audit.csv`, viewer.token)).status).toBe(403);
    expect((await download(`${app.baseUrl}/exports/audit.csv`)).status).toBe(401);
  });

  it('vouches in X-Audit-Chain for exactly the events in the file, while others write', async () => {
    const writes = Array.from({ length: 30 }, (_, i) =>
      app.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        input: { name: `Samtidig ${i} ${Date.now()}`, sector: 'STATE', country: 'DK', identifier: uniqueCvr() },
      }),
    );
    const files = await Promise.all(Array.from({ length: 5 }, () => download(`${app.baseUrl}/exports/audit.csv`, auditor.token)));
    await Promise.all(writes);
    for (const file of files) {
      const verified = Number(/^OK; (\d+) events verified$/.exec(String(file.headers['x-audit-chain']))?.[1]);
      // Before/after JSON never holds a raw line break (JSON escapes it), so a line is an event.
      expect(rowsOf(file.body, ',').length - 1).toBe(verified);
    }
  });

  it('answers unknown tables, programmes and dialects with clear errors', async () => {
    expect((await download(`${app.baseUrl}/exports/programmes/${dk.id}/salaries.csv`, auditor.token)).status).toBe(404);
    expect(
      (await download(`${app.baseUrl}/exports/programmes/00000000-0000-4000-8000-000000000001/budget.csv`, auditor.token)).status,
    ).toBe(404);
    const wrong = await download(`${app.baseUrl}/exports/programmes/${dk.id}/budget.csv?dialect=excel`, auditor.token);
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body.toString()).fields[0].field).toBe('dialect');
  });
});
