import { execFile } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { addBudgetLine, createWorld, type World } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { unzip } from '../../../../test/zip.js';
import { runWithContext } from '../../../auth/request-context.js';
import { checkpointMessage } from '../audit-checkpoint-message.js';
import { AuditCheckpointService } from '../audit-checkpoint.service.js';
import { verifyAuditChain } from '../audit.service.js';

// Signed checkpoints (issue 21): the chain's head signed with a key the database never holds. A history
// rewritten by a superuser, every later hash recomputed, passes the chain check but not the checkpoints
// that were handed out before; removing the newest events is caught the same way. Both verifiers and the
// in-app check are run.

const run = promisify(execFile);

type Tool = 'python' | 'node';

describe('signed audit checkpoints', () => {
  let app: TestApp;
  let world: World;
  let token: string;
  let auditor: Awaited<ReturnType<TestApp['as']>>;
  let folder: string;
  beforeAll(async () => {
    app = await createTestApp();
    world = await createWorld(app);
    auditor = await app.as('AUDITOR');
    token = auditor.token;
    folder = mkdtempSync(path.join(os.tmpdir(), 'tvaers-checkpoints-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  /** audit.zip unpacked into a folder of its own. */
  async function downloadPackage(): Promise<string> {
    const response = await fetch(`${app.baseUrl}/exports/audit.zip`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const unpacked = mkdtempSync(path.join(folder, 'zip-'));
    for (const [name, content] of await unzip(Buffer.from(await response.arrayBuffer()))) writeFileSync(path.join(unpacked, name), content);
    return unpacked;
  }

  async function verifyWith(tool: Tool, csv: string, ...extra: string[]): Promise<{ ok: boolean; output: string }> {
    const folderOf = path.dirname(csv);
    const [command, script] =
      tool === 'python' ? ['python3', path.join(folderOf, 'verify_audit.py')] : [process.execPath, path.join(folderOf, 'verify-audit.mjs')];
    try {
      const { stdout } = await run(command, [script, csv, ...extra], { encoding: 'utf8' });
      return { ok: true, output: stdout.trim() };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      if (failed.code !== 1) throw error;
      return { ok: false, output: (failed.stdout ?? '').trim() };
    }
  }

  const inAppVerification = async () =>
    (
      await auditor.ok<{ verifyAuditChain: { ok: boolean; firstBrokenSequence: string | null; reason: string | null } }>(
        `{ verifyAuditChain { ok firstBrokenSequence reason } }`,
      )
    ).verifyAuditChain;

  /** Rewrites an event's amount as a superuser would, and recomputes every later hash and the head. */
  async function rewriteHistory(sequence: string, from: string, to: string): Promise<void> {
    await app.dataSource.transaction(async (owner) => {
      await owner.query(`UPDATE audit_events SET after = replace(after::text, $2, $3)::jsonb WHERE sequence = $1`, [sequence, from, to]);
      const later = (await owner.query(`SELECT sequence::text FROM audit_events WHERE sequence >= $1 ORDER BY sequence`, [sequence])) as {
        sequence: string;
      }[];
      let previous = ((await owner.query(`SELECT hash FROM audit_events WHERE sequence = $1 - 1`, [sequence])) as { hash: string }[])[0]!
        .hash;
      for (const row of later) {
        const [updated] = (await owner.query(
          `UPDATE audit_events e SET previous_hash = $2::text, hash = audit_hash($2::text, audit_canonical(e)) WHERE sequence = $1 RETURNING hash`,
          [row.sequence, previous],
        )) as [{ hash: string }[], number];
        previous = updated[0]!.hash;
      }
      await owner.query(`UPDATE audit_chain_head SET hash = $1`, [previous]);
    });
  }

  it('serves the public key, signs the head, and the signature checks out under the published key', async () => {
    const response = await fetch(`${app.baseUrl}/.well-known/tvaers-audit-key`);
    expect(response.status).toBe(200);
    const keys = (await response.json()) as { algorithm: string; currentKeyId: string; keys: { keyId: string; publicKey: string }[] };
    expect(keys.algorithm).toBe('Ed25519');
    const current = keys.keys.find((k) => k.keyId === keys.currentKeyId)!;
    expect(Buffer.from(current.publicKey, 'base64')).toHaveLength(32);

    const service = app.get(AuditCheckpointService);
    await addBudgetLine(app, world.project.id, world.lead.id, 2026, '10.00');
    const checkpoint = (await runWithContext({ system: true }, () => service.checkpointHead()))!;
    const [head] = (await app.dataSource.query(`SELECT sequence::text, hash FROM audit_chain_head`)) as {
      sequence: string;
      hash: string;
    }[];
    expect(checkpoint).toMatchObject({ sequence: head!.sequence, hash: head!.hash, keyId: keys.currentKeyId });
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(current.publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    });
    expect(verify(null, checkpointMessage(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'))).toBe(true);
    // Signing an unchanged head again adds nothing; the public list and the feed carry the checkpoint.
    expect(await runWithContext({ system: true }, () => service.checkpointHead())).toBeNull();
    const list = await (await fetch(`${app.baseUrl}/exports/open-data/audit-checkpoints.csv`)).text();
    expect(list.split('\r\n')[0]).toBe('sequence,hash,signed_at,key_id,signature');
    expect(list).toContain(`${checkpoint.sequence},${checkpoint.hash},${checkpoint.signedAt},${checkpoint.keyId},${checkpoint.signature}`);
    const feed = (await (await fetch(`${app.baseUrl}/exports/programmes/${world.programme.id}/portfolio.json`)).json()) as {
      auditCheckpoint: { sequence: string };
    };
    expect(Number(feed.auditCheckpoint.sequence)).toBeGreaterThanOrEqual(Number(checkpoint.sequence));
  });

  it('is due after N events or after the maximum age, and not before', async () => {
    const service = app.get(AuditCheckpointService);
    const signed = (await runWithContext({ system: true }, () => service.checkpointHead())) ?? (await service.latestCheckpoint())!;
    const at = new Date(signed.signedAt);
    // Within the hour and fewer than 1000 events: not due. A day later: due, even with no new events.
    expect(await runWithContext({ system: true }, () => service.checkpointIfDue(new Date(at.getTime() + 3_600_000)))).toBeNull();
    const daily = await runWithContext({ system: true }, () => service.checkpointIfDue(new Date(at.getTime() + 24 * 3_600_000)));
    expect(daily).toMatchObject({ sequence: signed.sequence, hash: signed.hash });
  });

  it.each(['python', 'node'] as const)(
    '%s: a history rewritten with every later hash recomputed fails against the checkpoints handed out before',
    async (tool) => {
      const own = await createWorld(app);
      const line = await addBudgetLine(app, own.project.id, own.lead.id, 2027, '1250000.00');
      await addBudgetLine(app, own.project.id, own.lead.id, 2028, '5.00');
      const before = await downloadPackage();
      expect(await verifyWith(tool, path.join(before, 'audit.csv'))).toEqual({
        ok: true,
        output: expect.stringMatching(/^OK: \d+ events .*; \d+ signed checkpoints verified, the newest at sequence \d+$/),
      });

      const [event] = (await app.dataSource.query(
        `SELECT sequence::text FROM audit_events WHERE entity_id = $1 AND action = 'INSERT' ORDER BY sequence DESC LIMIT 1`,
        [line.id],
      )) as { sequence: string }[];
      await rewriteHistory(event!.sequence, '1250000.00', '1250001.00');
      // The chain alone is fooled: it is consistent again.
      expect((await verifyAuditChain(app.dataSource)).ok).toBe(true);
      // Not the checkpoints: in the app, and in a new download that still holds the earlier checkpoint.
      expect(await inAppVerification()).toMatchObject({ ok: false, reason: expect.stringMatching(/history was rewritten/) });
      const after = await downloadPackage();
      const broken = await verifyWith(tool, path.join(after, 'audit.csv'));
      expect(broken.ok).toBe(false);
      expect(broken.output).toMatch(
        /^BROKEN: sequence \d+: the chain does not pass through the checkpoint at sequence \d+ signed .*\(the history was rewritten\)$/,
      );

      // The superuser deletes the stored checkpoints too: the new download verifies alone, but not
      // against the checkpoints the auditor kept from the earlier download.
      await app.dataSource.query(`DELETE FROM audit_checkpoints`);
      const cleaned = await downloadPackage();
      expect((await verifyWith(tool, path.join(cleaned, 'audit.csv'))).ok).toBe(true);
      const kept = await verifyWith(tool, path.join(cleaned, 'audit.csv'), path.join(before, 'audit-checkpoints.csv'));
      expect(kept.ok).toBe(false);
      expect(kept.output).toMatch(/the history was rewritten/);

      // A forged checkpoint (its hash changed to the rewritten one) fails on its signature.
      const forged = path.join(cleaned, 'forged-checkpoints.csv');
      const [header, ...rows] = readFileSync(path.join(before, 'audit-checkpoints.csv'), 'utf8').trim().split('\r\n');
      const last = rows.at(-1)!.split(',');
      const [newHead] = (await app.dataSource.query(`SELECT hash FROM audit_events WHERE sequence = $1`, [last[0]])) as { hash: string }[];
      last[1] = newHead!.hash;
      writeFileSync(forged, `${header}\r\n${last.join(',')}\r\n`);
      const forgery = await verifyWith(tool, path.join(cleaned, 'audit.csv'), forged);
      expect(forgery.ok).toBe(false);
      expect(forgery.output).toMatch(/the signature does not verify/);
    },
  );

  it.each(['python', 'node'] as const)('%s: deleting the newest events after a checkpoint is caught', async (tool) => {
    const own = await createWorld(app);
    await addBudgetLine(app, own.project.id, own.lead.id, 2029, '7.00');
    const signed = await downloadPackage();
    const [head] = (await app.dataSource.query(`SELECT sequence FROM audit_chain_head`)) as { sequence: string }[];
    // As text: to_jsonb keeps the microseconds of `at`, which the hash covers.
    const removed = (await app.dataSource.query(
      `SELECT to_jsonb(e)::text AS json, e.previous_hash FROM audit_events e WHERE sequence > $1 - 2 ORDER BY sequence`,
      [head!.sequence],
    )) as { json: string; previous_hash: string }[];
    try {
      // The superuser removes the last two events and winds the head back, so the chain is consistent.
      await app.dataSource.query(`DELETE FROM audit_events WHERE sequence > $1 - 2`, [head!.sequence]);
      await app.dataSource.query(`UPDATE audit_chain_head SET sequence = sequence - 2, hash = $1`, [removed[0]!.previous_hash]);
      expect((await verifyAuditChain(app.dataSource)).ok).toBe(true);
      expect(await inAppVerification()).toMatchObject({ ok: false, reason: expect.stringMatching(/missing/) });
      const response = await fetch(`${app.baseUrl}/exports/audit.csv`, { headers: { authorization: `Bearer ${token}` } });
      writeFileSync(path.join(signed, 'audit.csv'), await response.text());
      const result = await verifyWith(tool, path.join(signed, 'audit.csv'));
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/signed events were removed from the end/);
    } finally {
      // Put them back, so that the other tests of this file find an intact chain.
      for (const row of removed)
        await app.dataSource.query(`INSERT INTO audit_events SELECT * FROM jsonb_populate_record(NULL::audit_events, $1::jsonb)`, [
          row.json,
        ]);
      await app.dataSource.query(`UPDATE audit_chain_head SET sequence = $1, hash = (SELECT hash FROM audit_events WHERE sequence = $1)`, [
        head!.sequence,
      ]);
    }
  });
});
