import { createHash } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import pg from 'pg';
import { ALL_MIGRATIONS } from '../../../../../../migrations/index.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { createTestDatabase } from '../../../../test/test-database.js';
import { addBudgetLine, createWorld, recordMeasurement, addBenefit, uniqueCvr } from '../../../../test/factories.js';
import { prepareDatabase } from '../../../prepare-database.js';
import { verifyAuditChain } from '../../../modules/audit/audit.service.js';
import { restoreBackup, RestoreRefusedError, writeBackup } from '../backup-file.js';

// Backup and restore (issue 12): the demo plus entered data, written by writeBackup and loaded into a new
// database by restoreBackup, gives byte-identical exports and a verifying audit chain; a damaged file or
// a database that is not empty is refused with nothing written.

const MIGRATIONS = ALL_MIGRATIONS.map((m) => m.name);
const EXPORTS = [
  'projects.csv',
  'partners.csv',
  'budget.csv',
  'costs.csv',
  'benefits.csv',
  'measurements.csv',
  'status.csv',
  'business-case.csv',
  'portfolio.json',
];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function backupOf(url: string): Promise<Buffer> {
  const out = new PassThrough();
  const collected = buffer(out);
  await withClient(url, (client) => writeBackup(client, out));
  out.end();
  return collected;
}

async function downloads(app: TestApp): Promise<Record<string, string>> {
  const auditor = await app.as('AUDITOR');
  const [{ id }] = await app.dataSource.query(`SELECT id FROM programmes WHERE name LIKE 'Fælles digitaliseringsstrategi%'`);
  const files: Record<string, string> = {};
  for (const file of EXPORTS) {
    const response = await fetch(`${app.baseUrl}/exports/programmes/${id}/${file}`, {
      headers: { authorization: `Bearer ${auditor.token}` },
    });
    expect({ file, status: response.status }).toEqual({ file, status: 200 });
    // The open-data feed says when it was made; everything else in it must be equal.
    files[file] = (await response.text()).replace(/"generatedAt": ?"[^"]+"/, '');
  }
  return files;
}

const EVIDENCE = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);

describe('backup and restore', () => {
  let source: TestApp;
  let file: Buffer;
  let evidenceId: string;
  beforeAll(async () => {
    source = await createTestApp({ demoData: true });
    // Entered data on top of the demo: text that COPY must escape, amounts, a measurement, a deletion.
    const world = await createWorld(source);
    await source.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: { id: world.project.id, version: world.project.version, description: 'Linje 1\nLinje 2\t"citat" \\ C:\\sti æøå 😀' },
    });
    await addBudgetLine(source, world.project.id, world.lead.id, 2026, '1234567.89');
    const benefit = await addBenefit(source, world.project.id, world.municipality.id);
    const measurement = await recordMeasurement(source, benefit.id, 2026, '450000.00');
    const line = await addBudgetLine(source, world.project.id, world.lead.id, 2027, '1.00');
    await source.ok(`mutation($id: ID!, $v: Int!) { deleteBudgetLine(id: $id, version: $v) }`, { id: line.id, v: line.version });
    // An evidence file (a PNG with every byte value after its signature): the backup holds the bytes.
    const admin = await source.as('ADMIN');
    const uploaded = await fetch(`${source.baseUrl}/attachments?on=MEASUREMENT&id=${measurement.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/octet-stream', 'x-file-name': 'kvittering.png' },
      body: EVIDENCE,
    });
    evidenceId = ((await uploaded.json()) as { id: string }).id;
    file = await backupOf((source.dataSource.options as { url: string }).url);
  }, 120_000);
  afterAll(() => source.close());

  it('restores into an empty database with identical exports, counts, hashes and a verifying chain', async () => {
    const target = await createTestDatabase();
    await prepareDatabase(target.url, { demoData: false, quiet: true });
    const started = Date.now();
    const result = await withClient(target.url, (client) => restoreBackup(client, Readable.from(file), MIGRATIONS, verifyAuditChain));
    const rows = Object.values(result.manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `backup/restore: ${file.length} bytes, ${Object.keys(result.manifest.tables).length} tables, ${rows} rows, audit chain ${result.auditEvents} events, restored in ${Date.now() - started} ms`,
    );
    expect(result.auditEvents).toBeGreaterThan(5);
    // The restored database, backed up again, is the same database (before anyone signs in to it).
    const again = await backupOf(target.url);
    const body = (b: Buffer) => b.toString('utf8').split('\n').slice(1).join('\n'); // the header says when
    expect(body(again)).toBe(body(file));

    const restored = await createTestApp({ databaseUrl: target.url });
    try {
      expect(await downloads(restored)).toEqual(await downloads(source));
      // The dashboard rollups are not in the file: the restore computed them again, the same.
      const rollups = `SELECT p.code, r.* FROM project_year_rollups r JOIN projects p ON p.id = r.project_id ORDER BY 1, r.fiscal_year`;
      expect(await restored.dataSource.query(rollups)).toEqual(await source.dataSource.query(rollups));
      const admin = await restored.as('ADMIN');
      const evidence = await fetch(`${restored.baseUrl}/attachments/${evidenceId}`, {
        headers: { authorization: `Bearer ${admin.token}` },
      });
      expect(Buffer.from(await evidence.arrayBuffer()).equals(EVIDENCE)).toBe(true);
      expect(evidence.headers.get('x-content-sha256')).toBe(createHash('sha256').update(EVIDENCE).digest('hex'));
      expect(await verifyAuditChain(restored.dataSource)).toMatchObject({ ok: true });
      // Sequences go on where they were: a new audit event continues the chain.
      await restored.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
        input: { name: 'Efter gendannelse', sector: 'STATE', country: 'DK', identifier: uniqueCvr() },
      });
      expect(await verifyAuditChain(restored.dataSource)).toMatchObject({ ok: true });
    } finally {
      await restored.close();
      await target.drop();
    }
  }, 120_000);

  it('refuses a database that is not empty, a damaged file, and a backup from a newer or too old Tværs; nothing is written', async () => {
    const target = await createTestDatabase();
    try {
      await prepareDatabase(target.url, { demoData: false, quiet: true });
      const restore = (bytes: Buffer, migrations = MIGRATIONS) =>
        withClient(target.url, (client) => restoreBackup(client, Readable.from(bytes), migrations, verifyAuditChain));
      const count = () => withClient(target.url, async (c) => Number((await c.query('SELECT count(*) FROM projects')).rows[0].count));

      // One amount changed in the file: the table no longer matches its manifest.
      const tampered = Buffer.from(file.toString('utf8').replace('1234567.89', '1234567.88'));
      await expect(restore(tampered)).rejects.toThrow(/^table \w+ in the file does not match its manifest \(\d+ rows read, \d+ listed\)$/);
      expect(await count()).toBe(0);
      // Cut off before the manifest.
      await expect(restore(file.subarray(0, Math.floor(file.length / 2)))).rejects.toThrow(RestoreRefusedError);
      expect(await count()).toBe(0);
      await expect(restore(file, MIGRATIONS.slice(0, -1))).rejects.toThrow(/comes from a newer Tværs/);
      // From a Tværs before a required column existed (here the rows' programme): refused by name.
      const older = Buffer.from(file.toString('utf8').replace(/^(\\#table budget_lines \S*),programme_id$/m, '$1'));
      expect(older.equals(file)).toBe(false);
      await expect(restore(older)).rejects.toThrow(
        'the backup comes from an older Tværs: table budget_lines has no column programme_id; restore it with the version that wrote it, then upgrade',
      );
      expect(await count()).toBe(0);
      await expect(restore(Buffer.from('not a backup\n'))).rejects.toThrow('this is not a Tværs backup file');

      await restore(file);
      expect(await count()).toBeGreaterThan(35);
      await expect(restore(file)).rejects.toThrow(/the database is not empty \(table \w+ has rows\)/);
    } finally {
      await target.drop();
    }
  }, 120_000);
});
