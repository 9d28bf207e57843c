import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { addBudgetLine, addParticipation, createOrganisation, createWorld, type World } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { unzip } from '../../../../test/zip.js';

// The audit trail verified without trusting Tværs: the exported audit.csv is checked by the two
// standalone verifiers in tools/audit-verifier (Python standard library; plain Node), which recompute
// every hash from the exported fields (docs/audit-trail.md). Tampered copies must fail at the right event.

const VERIFIERS = path.resolve(process.cwd(), 'tools/audit-verifier');
const run = promisify(execFile);

async function verifyWith(tool: 'python' | 'node', file: string): Promise<{ ok: boolean; output: string }> {
  const [command, script] = tool === 'python' ? ['python3', 'verify_audit.py'] : [process.execPath, 'verify-audit.mjs'];
  try {
    const { stdout } = await run(command, [path.join(VERIFIERS, script), file], { encoding: 'utf8' });
    return { ok: true, output: stdout.trim() };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string };
    if (failed.code !== 1) throw error;
    return { ok: false, output: (failed.stdout ?? '').trim() };
  }
}

describe('audit trail verifiers (Python and Node, no dependencies)', () => {
  let app: TestApp;
  let world: World;
  let token: string;
  let folder: string;
  beforeAll(async () => {
    app = await createTestApp();
    world = await createWorld(app);
    token = (await app.as('AUDITOR')).token;
    folder = mkdtempSync(path.join(os.tmpdir(), 'tvaers-audit-'));
    // Events with what canonical forms get wrong: unicode, quotes, backslashes, line breaks, tabs, a
    // formula-like and a quoted title, nested arrays (roles), large and small amounts, an update and a delete.
    await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
      input: {
        id: world.project.id,
        version: world.project.version,
        title: 'Flytning "nu" – æøå ÆØÅ \\ back\\slash\tfane 🚀 ﬁ',
        description: '=HYPERLINK("http://x")\nlinje 2\r\nlinje 3',
      },
    });
    const other = await createOrganisation(app, 'REGION', "'Citeret' region");
    await addParticipation(app, world.project.id, other.id, ['CO_FUNDER', 'IMPLEMENTER', 'BENEFIT_RECEIVER']);
    await addBudgetLine(app, world.project.id, world.lead.id, 2026, '1250000.00');
    await addBudgetLine(app, world.project.id, world.lead.id, 2027, '0.01');
    const large = await addBudgetLine(app, world.project.id, world.lead.id, 2028, '999999999.99');
    await app.ok(`mutation($id: ID!, $v: Int!) { deleteBudgetLine(id: $id, version: $v) }`, { id: large.id, v: large.version });
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  const exported = async (dialect = '') => {
    const response = await fetch(`${app.baseUrl}/exports/audit.csv${dialect}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const events = Number(/^OK; (\d+) events verified$/.exec(response.headers.get('x-audit-chain') ?? '')?.[1]);
    return { text: await response.text(), events };
  };
  const saved = (name: string, text: string) => {
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
  };

  it.each(['python', 'node'] as const)('%s recomputes every hash of the export, in both dialects', async (tool) => {
    for (const dialect of ['', '?dialect=nordic']) {
      const { text, events } = await exported(dialect);
      expect(text).toContain('1250000.00');
      expect(text).toContain('🚀');
      const result = await verifyWith(tool, saved(`audit-${tool}${dialect ? '-nordic' : ''}.csv`, text));
      expect(result).toEqual({
        ok: true,
        output: expect.stringMatching(
          new RegExp(`^OK: ${events} events \\(sequence 1 to ${events}\\), last hash [0-9a-f]{64}; no signed checkpoints given$`),
        ),
      });
    }
  });

  it.each(['python', 'node'] as const)(
    '%s finds an edited amount, a removed event and a broken link, naming the sequence',
    async (tool) => {
      const { text } = await exported();
      const lines = text.split('\r\n');
      const amountLine = lines.findIndex((line) => line.includes('"amount"": ""1250000.00""') || line.includes('1250000.00'));
      expect(amountLine).toBeGreaterThan(0);
      const sequenceOf = (line: string) => line.split(',')[0];

      const edited = [...lines];
      edited[amountLine] = edited[amountLine]!.replace('1250000.00', '1250000.01');
      expect(await verifyWith(tool, saved(`edited-${tool}.csv`, edited.join('\r\n')))).toEqual({
        ok: false,
        output: expect.stringMatching(new RegExp(`^BROKEN: sequence ${sequenceOf(lines[amountLine]!)}: the hash does not match`)),
      });

      const removed = lines.filter((_, i) => i !== 3);
      expect(await verifyWith(tool, saved(`removed-${tool}.csv`, removed.join('\r\n')))).toEqual({
        ok: false,
        output: expect.stringMatching(
          new RegExp(`^BROKEN: sequence ${sequenceOf(lines[4]!)} follows ${sequenceOf(lines[2]!)}: events are missing or out of order$`),
        ),
      });

      // An event's hash rewritten to match its edited fields still breaks the link to the next event.
      const relinked = [...lines];
      const cells = relinked[2]!.split(',');
      cells[cells.length - 2] = 'f'.repeat(64); // the hash; the last column is the form
      relinked[2] = cells.join(',');
      const broken = await verifyWith(tool, saved(`relinked-${tool}.csv`, relinked.join('\r\n')));
      expect(broken.ok).toBe(false);
      expect(broken.output).toMatch(new RegExp(`^BROKEN: sequence ${sequenceOf(lines[2]!)}: the hash does not match`));
    },
  );

  it('ships as one download for auditors: audit.zip with the export, both verifiers, the specification and a README', async () => {
    const response = await fetch(`${app.baseUrl}/exports/audit.zip`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...entries.keys()].sort()).toEqual([
      'README.txt',
      'audit-checkpoints.csv',
      'audit-keys.json',
      'audit-trail.md',
      'audit.csv',
      'verify-audit.mjs',
      'verify_audit.py',
    ]);
    expect(entries.get('README.txt')!.toString()).toContain('python3 verify_audit.py audit.csv');
    // The verifier from the package checks the export from the package.
    const unpacked = mkdtempSync(path.join(folder, 'zip-'));
    for (const [name, content] of entries) writeFileSync(path.join(unpacked, name), content);
    const { stdout } = await run('python3', [path.join(unpacked, 'verify_audit.py'), path.join(unpacked, 'audit.csv')], {
      encoding: 'utf8',
    });
    // It finds the checkpoints and keys beside the export; the download signed the head it exports.
    expect(stdout).toMatch(
      /^OK: (\d+) events \(sequence 1 to (\d+)\), last hash [0-9a-f]{64}; \d+ signed checkpoints verified, the newest at sequence \2\n$/,
    );
    const viewer = await app.as('VIEWER');
    expect((await fetch(`${app.baseUrl}/exports/audit.zip`, { headers: { authorization: `Bearer ${viewer.token}` } })).status).toBe(403);
  });
});
