import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import yazl from 'yazl';
import { addBenefit, createWorld, recordMeasurement, type World } from '../../../../test/factories.js';
import { parseCsv } from '../../../../test/csv.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { unzip } from '../../../../test/zip.js';

// A minimal but real PDF: header, one empty page, cross-reference table and trailer.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n' +
    'xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n170\n%%EOF\n',
);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function docx(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '[Content_Types].xml',
  );
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    ),
    'word/document.xml',
  );
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function xlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Regnskab').addRow(['Konto', 'Beløb']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('evidence files', () => {
  let app: TestApp;
  let world: World;
  let measurementId: string;
  beforeAll(async () => {
    app = await createTestApp();
    world = await createWorld(app);
    const benefit = await addBenefit(app, world.project.id, world.municipality.id);
    measurementId = (await recordMeasurement(app, benefit.id)).id;
  });
  afterAll(() => app.close());

  const upload = (
    token: string | undefined,
    on: string,
    id: string,
    body: Buffer,
    name: string | undefined,
    type = 'application/octet-stream',
  ) =>
    fetch(`${app.baseUrl}/attachments?on=${on}&id=${id}`, {
      method: 'POST',
      headers: {
        'content-type': type,
        ...(name !== undefined && { 'x-file-name': encodeURIComponent(name) }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body,
    });

  it('an uploaded PDF comes back with the same SHA-256, shows on the measurement, is audited with its hash and listed in evidence.zip', async () => {
    const admin = await app.as('ADMIN');
    const response = await upload(admin.token, 'MEASUREMENT', measurementId, PDF, 'Regnskab 2026 – Aarhus.pdf');
    expect(response.status).toBe(201);
    const stored = (await response.json()) as { id: string; sha256: string; mediaType: string; size: number };
    expect(stored).toMatchObject({ sha256: sha256(PDF), mediaType: 'application/pdf', size: PDF.length });

    const download = await fetch(`${app.baseUrl}/attachments/${stored.id}`, { headers: { authorization: `Bearer ${admin.token}` } });
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(download.headers.get('x-content-sha256')).toBe(sha256(PDF));
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('Regnskab 2026 – Aarhus.pdf'));
    expect(sha256(bytes)).toBe(sha256(PDF));

    const { project } = await app.ok(
      `query($id: ID!) { project(id: $id) { benefits { measurements { attachments { id fileName sha256 uploadedBy { email } } } } } }`,
      { id: world.project.id },
    );
    expect(project.benefits[0].measurements[0].attachments).toEqual([
      {
        id: stored.id,
        fileName: 'Regnskab 2026 – Aarhus.pdf',
        sha256: sha256(PDF),
        uploadedBy: { email: expect.stringContaining('admin-') },
      },
    ]);

    const [event] = await app.dataSource.query(`SELECT after FROM audit_events WHERE entity_type = 'attachments' AND entity_id = $1`, [
      stored.id,
    ]);
    expect(event.after.sha256).toBe(sha256(PDF));
    expect(event.after).not.toHaveProperty('content');

    const auditor = await app.as('AUDITOR', undefined, [world.programme.id]);
    const zipResponse = await fetch(`${app.baseUrl}/exports/programmes/${world.programme.id}/evidence.zip`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    expect(zipResponse.status).toBe(200);
    const entries = await unzip(Buffer.from(await zipResponse.arrayBuffer()));
    const manifest = parseCsv(
      entries
        .get('manifest.csv')!
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
    const row = manifest.find((r) => r[1] === sha256(PDF))!;
    expect(row).toBeDefined();
    expect(row.slice(2, 7)).toEqual([String(PDF.length), 'application/pdf', world.project.code, 'MEASUREMENT', measurementId]);
    expect(row[7]).toContain('measurement 2026');
    expect(sha256(entries.get(row[0]!)!)).toBe(sha256(PDF));
  });

  it('detects PNG, JPEG, XLSX, DOCX, CSV and TXT by content, and refuses other types with 415', async () => {
    const admin = await app.as('ADMIN');
    const cases: [Buffer, string, string][] = [
      [PNG, 'kvittering.png', 'image/png'],
      [Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), 'foto.jpg', 'image/jpeg'],
      [await xlsx(), 'regnskab.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [await docx(), 'notat.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [Buffer.from('konto;beløb\n4100;1250,00\n'), 'udtræk.csv', 'text/csv'],
      [Buffer.from('Bilag til måling 2026\n'), 'note.txt', 'text/plain'],
    ];
    for (const [body, name, type] of cases) {
      const response = await upload(admin.token, 'MEASUREMENT', measurementId, body, name);
      expect([name, response.status, ((await response.json()) as { mediaType: string }).mediaType]).toEqual([name, 201, type]);
    }
    // A PDF renamed to .png is stored as what it is; an executable, a plain zip and binary junk are refused.
    expect(
      ((await (await upload(admin.token, 'MEASUREMENT', measurementId, PDF, 'billede.png')).json()) as { mediaType: string }).mediaType,
    ).toBe('application/pdf');
    for (const [body, name] of [
      [Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), 'program.exe'],
      [Buffer.from([0, 1, 2, 3, 255, 254]), 'data.bin'],
    ] as const) {
      const response = await upload(admin.token, 'MEASUREMENT', measurementId, body, name);
      expect([name, response.status]).toEqual([name, 415]);
    }
  });

  it('refuses bad requests with a clear error and writes nothing', async () => {
    const admin = await app.as('ADMIN');
    const [{ before }] = await app.dataSource.query(`SELECT count(*)::int AS before FROM attachments`);
    const status = async (response: Promise<Response>) => {
      const r = await response;
      const body = (await r.json()) as { code?: string; fields?: { field: string }[] };
      return [r.status, body.fields?.[0]?.field ?? body.code];
    };
    expect(await status(upload(admin.token, 'MEASUREMENT', measurementId, PDF, undefined))).toEqual([400, 'X-File-Name']);
    expect(await status(upload(admin.token, 'MEASUREMENT', measurementId, PDF, 'a\u0000b.pdf'))).toEqual([400, 'X-File-Name']);
    expect(await status(upload(admin.token, 'INVOICE', measurementId, PDF, 'x.pdf'))).toEqual([400, 'on']);
    expect(await status(upload(admin.token, 'MEASUREMENT', 'not-a-uuid', PDF, 'x.pdf'))).toEqual([400, 'id']);
    expect(await status(upload(admin.token, 'MEASUREMENT', world.project.id, PDF, 'x.pdf'))).toEqual([404, 'NOT_FOUND']);
    expect(await status(upload(admin.token, 'MEASUREMENT', measurementId, Buffer.alloc(0), 'x.pdf'))).toEqual([400, 'body']);
    expect(await status(upload(admin.token, 'MEASUREMENT', measurementId, Buffer.from('{"a":1}'), 'x.json', 'application/json'))).toEqual([
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ]);
    expect(
      await status(upload(admin.token, 'MEASUREMENT', measurementId, Buffer.concat([PDF, Buffer.alloc(25 * 1024 * 1024)]), 'stor.pdf')),
    ).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const [{ after }] = await app.dataSource.query(`SELECT count(*)::int AS after FROM attachments`);
    expect(after).toBe(before);
  });

  it('access follows the record: a viewer reads but cannot upload, another programme’s member sees nothing, a viewer gets no evidence.zip', async () => {
    const admin = await app.as('ADMIN');
    const stored = (await (await upload(admin.token, 'MEASUREMENT', measurementId, PDF, 'bilag.pdf')).json()) as { id: string };
    const viewer = await app.as('VIEWER', undefined, [world.programme.id]);
    expect((await upload(viewer.token, 'MEASUREMENT', measurementId, PDF, 'bilag.pdf')).status).toBe(403);
    expect((await fetch(`${app.baseUrl}/attachments/${stored.id}`, { headers: { authorization: `Bearer ${viewer.token}` } })).status).toBe(
      200,
    );
    expect(
      (
        await fetch(`${app.baseUrl}/exports/programmes/${world.programme.id}/evidence.zip`, {
          headers: { authorization: `Bearer ${viewer.token}` },
        })
      ).status,
    ).toBe(403);
    const elsewhere = await createWorld(app);
    const stranger = await app.as('PROGRAMME_OFFICE', undefined, [elsewhere.programme.id]);
    expect(
      (await fetch(`${app.baseUrl}/attachments/${stored.id}`, { headers: { authorization: `Bearer ${stranger.token}` } })).status,
    ).toBe(404);
    expect((await upload(stranger.token, 'MEASUREMENT', measurementId, PDF, 'bilag.pdf')).status).toBe(404);
    expect(
      (
        await fetch(`${app.baseUrl}/exports/programmes/${world.programme.id}/evidence.zip`, {
          headers: { authorization: `Bearer ${stranger.token}` },
        })
      ).status,
    ).toBe(404);
    // A partner of another organisation in the same programme may read but not attach.
    const outsider = await app.as('PARTNER', world.outsider.id, [world.programme.id]);
    expect((await upload(outsider.token, 'MEASUREMENT', measurementId, PDF, 'bilag.pdf')).status).toBe(403);
  });
});
