import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { addBudgetLine, createWorld } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { unzip } from '../../../../test/zip.js';

// Personal data and an immutable chain (issue 21): events hash the actor's id, not their e-mail, and
// the users table's row images leave out e-mail and name, so pseudonymiseUser can forget a departed
// user everywhere and the chain still verifies, in the app and with both standalone verifiers. Events
// written before (canonical form 1, with the e-mail) keep verifying beside the new ones.

const run = promisify(execFile);

describe('personal data out of the audit chain', () => {
  let app: TestApp;
  let folder: string;
  beforeAll(async () => {
    app = await createTestApp();
    folder = mkdtempSync(path.join(os.tmpdir(), 'tvaers-personal-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  /** How many audit events, users rows and outbox mails still hold `text` anywhere. */
  const traces = async (text: string) => {
    const [row] = (await app.dataSource.query(
      `SELECT (SELECT count(*) FROM audit_events e WHERE strpos(lower(e::text), lower($1)) > 0)::int AS events,
              (SELECT count(*) FROM users u WHERE strpos(lower(u::text), lower($1)) > 0)::int AS users,
              (SELECT count(*) FROM outbox_mails o WHERE strpos(lower(o::text), lower($1)) > 0)::int AS mails,
              (SELECT count(*) FROM login_throttle t WHERE strpos(lower(t::text), lower($1)) > 0)::int AS throttle`,
      [text],
    )) as { events: number; users: number; mails: number; throttle: number }[];
    return row!;
  };

  /** audit.zip unpacked, then both verifiers on it. */
  const verifiedPackage = async (token: string) => {
    const response = await fetch(`${app.baseUrl}/exports/audit.zip`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const unpacked = mkdtempSync(path.join(folder, 'zip-'));
    const entries = await unzip(Buffer.from(await response.arrayBuffer()));
    for (const [name, content] of entries) writeFileSync(path.join(unpacked, name), content);
    for (const [command, script] of [
      ['python3', 'verify_audit.py'],
      [process.execPath, 'verify-audit.mjs'],
    ] as const) {
      const { stdout } = await run(command, [path.join(unpacked, script), path.join(unpacked, 'audit.csv')], { encoding: 'utf8' });
      expect(stdout).toMatch(/^OK: \d+ events .*signed checkpoints verified/);
    }
    return entries.get('audit.csv')!.toString('utf8');
  };

  it('forgets a pseudonymised user everywhere, and the chain still verifies', async () => {
    const world = await createWorld(app);
    const office = await app.as('PROGRAMME_OFFICE');
    const auditor = await app.as('AUDITOR');
    const [{ email, name }] = (await app.dataSource.query(`SELECT email, name FROM users WHERE id = $1`, [office.userId])) as {
      email: string;
      name: string;
    }[];
    await office.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
      input: { projectId: world.project.id, funderId: world.lead.id, fiscalYear: 2026, category: 'DEVELOPMENT', amount: '125000.00' },
    });
    await app.dataSource.query(`INSERT INTO outbox_mails (recipient, subject, body) VALUES ($1, 'Påmindelse', $2)`, [
      email,
      `Kære ${name}`,
    ]);

    // The office's event names them by id only; their e-mail and name are in no event at all.
    const [event] = (await app.dataSource.query(
      `SELECT form, actor_email FROM audit_events WHERE actor_id = $1 AND entity_type = 'budget_lines'`,
      [office.userId],
    )) as { form: number; actor_email: string }[];
    expect(event).toEqual({ form: 2, actor_email: '' });
    expect(await traces(email)).toMatchObject({ events: 0 });
    expect(await traces(name)).toMatchObject({ events: 0 });
    // They are shown from the register: in the app's trail and in the export.
    const shown = async () =>
      (
        await auditor.ok<{ auditEvents: { actorEmail: string; entityType: string }[] }>(
          `query($f: AuditFilter) { auditEvents(filter: $f) { actorEmail entityType } }`,
          { f: { projectId: world.project.id, entityType: 'budget_lines' } },
        )
      ).auditEvents.map((e) => e.actorEmail);
    expect(await shown()).toEqual([email]);
    expect(await verifiedPackage(auditor.token)).toContain(email);

    const { pseudonymiseUser } = await app.ok<{ pseudonymiseUser: { name: string; email: string } }>(
      `mutation($id: ID!, $r: String!) { pseudonymiseUser(id: $id, reason: $r) { name email } }`,
      { id: office.userId, r: 'Fratrådt, anmodning om sletning' },
    );
    expect(pseudonymiseUser.name).toMatch(/^Pseudonymiseret bruger #\d+$/);
    expect(await traces(email)).toEqual({ events: 0, users: 0, mails: 0, throttle: 0 });
    expect(await traces(name)).toEqual({ events: 0, users: 0, mails: 0, throttle: 0 });
    expect(await shown()).toEqual([pseudonymiseUser.email]);
    const exported = await verifiedPackage(auditor.token);
    expect(exported).toContain(pseudonymiseUser.email);
    expect(exported).not.toContain(email);
    expect((await auditor.ok<{ verifyAuditChain: { ok: boolean } }>(`{ verifyAuditChain { ok } }`)).verifyAuditChain.ok).toBe(true);

    // Once only; an unknown user is not found; nobody pseudonymises themselves.
    const again = await app.gql(`mutation($id: ID!) { pseudonymiseUser(id: $id, reason: "igen") { name } }`, { id: office.userId });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const unknown = await app.gql(`mutation { pseudonymiseUser(id: "00000000-0000-4000-8000-000000000000", reason: "x") { name } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const admin = await app.as('ADMIN');
    const self = await admin.gql(`mutation($id: ID!) { pseudonymiseUser(id: $id, reason: "mig selv") { name } }`, { id: admin.userId });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pseudonymises a user once when asked 20 times at once', async () => {
    const viewer = await app.as('VIEWER');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.gql(`mutation($id: ID!) { pseudonymiseUser(id: $id, reason: "fratrådt") { name } }`, { id: viewer.userId }),
      ),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'INVALID_TRANSITION').length).toBe(19);
    const [{ count }] = (await app.dataSource.query(`SELECT count(*)::int AS count FROM user_pseudonymisations WHERE id = $1`, [
      viewer.userId,
    ])) as { count: number }[];
    expect(count).toBe(1);
  });

  it('keeps verifying events written in form 1 (with the e-mail) before the change, beside form 2', async () => {
    const world = await createWorld(app);
    const auditor = await app.as('AUDITOR');
    // An event as the append wrote it before: form 1, the actor's e-mail in the hashed form.
    await app.dataSource.query(`DO $$ DECLARE event audit_events; head audit_chain_head; BEGIN
      SELECT * INTO head FROM audit_chain_head FOR UPDATE;
      event.sequence := head.sequence + 1; event.at := clock_timestamp();
      event.actor_id := NULL; event.actor_email := 'før@kommune.test'; event.operation := 'mutation updateProject';
      event.action := 'UPDATE'; event.entity_type := 'projects'; event.entity_id := NULL;
      event.before := '{"budget": 1250000.00, "title": "Før \\"citat\\""}'; event.after := '{"budget": 0.01}';
      event.form := 1; event.previous_hash := head.hash;
      event.hash := audit_hash(event.previous_hash, audit_canonical_v1(event));
      INSERT INTO audit_events SELECT event.*;
      UPDATE audit_chain_head SET sequence = event.sequence, hash = event.hash;
    END $$`);
    await addBudgetLine(app, world.project.id, world.lead.id, 2027, '10.00');
    expect((await auditor.ok<{ verifyAuditChain: { ok: boolean } }>(`{ verifyAuditChain { ok } }`)).verifyAuditChain.ok).toBe(true);
    const exported = await verifiedPackage(auditor.token);
    expect(exported).toContain('før@kommune.test');
    const forms = new Set(
      exported
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',').at(-1)),
    );
    expect([...forms].sort()).toEqual(['1', '2']);
  });

  it('computes the worked examples of docs/audit-trail.md, both forms, as the document says', async () => {
    const doc = readFileSync(path.resolve(process.cwd(), 'docs/audit-trail.md'), 'utf8');
    const canonical = [...doc.matchAll(/^\{"at": .*\}$/gm)].map((m) => m[0]);
    const hashes = [...doc.matchAll(/^([0-9a-f]{64})$/gm)].map((m) => m[1]);
    expect(canonical).toHaveLength(2);
    expect(hashes).toHaveLength(2);
    const after = /"after": (\{[^}]*\})/.exec(canonical[0]!)![1]!;
    // The example event as a row; `after` as its JSON text, so that 1250000.00 keeps its digits.
    const event = `{"sequence": 1, "at": "2026-03-02T09:15:00.000123Z", "actor_id": "3f0c1a52-6b1e-4d43-9a5e-0d2f6c8b7e11",
      "actor_email": "kontor@kommune.dk", "operation": "mutation addBudgetLine", "action": "INSERT", "entity_type": "budget_lines",
      "entity_id": "9b2d4e60-1c3a-4f5b-8e7d-6a5b4c3d2e1f", "before": null, "after": ${after}}`;
    const [row] = (await app.dataSource.query(
      `SELECT audit_canonical_v1(e) AS v1, audit_canonical_v2(e) AS v2,
              audit_hash(repeat('0', 64), audit_canonical_v1(e)) AS h1, audit_hash(repeat('0', 64), audit_canonical_v2(e)) AS h2
         FROM jsonb_populate_record(NULL::audit_events, $1::jsonb) e`,
      [event],
    )) as { v1: string; v2: string; h1: string; h2: string }[];
    expect([row!.v1, row!.v2]).toEqual(canonical);
    expect([row!.h1, row!.h2]).toEqual(hashes);
  });
});
