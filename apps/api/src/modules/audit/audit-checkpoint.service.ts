import { createPublicKey, sign, verify } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_CONFIG, type AuditConfig, DEFAULT_AUDIT_CONFIG } from './audit-config.js';
import { checkpointMessage } from './audit-checkpoint-message.js';
import { type AuditSigningKey, auditSigningKeyFrom, newAuditSigningKeyPem } from './audit-signing-key.js';
import {
  CHECKPOINT_LOCK_SQL,
  CHECKPOINT_MISMATCH_SQL,
  CHECKPOINT_STATE_SQL,
  CHECKPOINTS_SQL,
  INSERT_CHECKPOINT_SQL,
  LATEST_CHECKPOINT_SQL,
  REGISTER_SIGNING_KEY_SQL,
  SIGNING_KEYS_SQL,
} from './audit.sql.js';

/** A signed statement that the audit chain's head was (sequence, hash) at signedAt. */
export interface AuditCheckpoint {
  sequence: string;
  hash: string;
  signedAt: string;
  keyId: string;
  /** Ed25519 signature of checkpointMessage(), base64. */
  signature: string;
}

export interface AuditPublicKey {
  keyId: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  firstUsedAt: string;
}

/** What /.well-known/tvaers-audit-key serves and audit.zip carries as audit-keys.json. */
export interface AuditKeySet {
  algorithm: 'Ed25519';
  /** The key that signs new checkpoints. */
  currentKeyId: string;
  /** Every key that has signed a checkpoint (older ones after a rotation), and the current one. */
  keys: AuditPublicKey[];
}

interface StateRow {
  head_sequence: string;
  head_hash: string;
  last_sequence: string | null;
  last_signed_at: Date | null;
  last_key_id: string | null;
}

interface CheckpointRow {
  sequence: string;
  hash: string;
  signed_at: Date;
  key_id: string;
  signature: string;
}

const checkpointOf = (r: CheckpointRow): AuditCheckpoint => ({
  sequence: r.sequence,
  hash: r.hash,
  signedAt: r.signed_at.toISOString(),
  keyId: r.key_id,
  signature: r.signature,
});

/** A raw Ed25519 public key (base64) as a KeyObject, for checking signatures. */
function publicKeyObject(raw: string) {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw, 'base64').toString('base64url') }, format: 'jwk' });
}

/**
 * Signs the audit chain's head with a key the database never sees, so that a history rewritten by
 * someone with full database access (every later hash recomputed) no longer matches checkpoints that
 * were already handed out: in audit.zip, in the public feed, or kept by an auditor.
 */
@Injectable()
export class AuditCheckpointService {
  private readonly config: AuditConfig;
  private readonly key: AuditSigningKey;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(AUDIT_CONFIG) config?: AuditConfig,
  ) {
    this.config = { ...DEFAULT_AUDIT_CONFIG, ...config };
    this.key = auditSigningKeyFrom(this.config.signingKey ?? newAuditSigningKeyPem());
  }

  /** Signs the head when enough events were written or the newest checkpoint is old enough (the job). */
  checkpointIfDue(now = new Date()): Promise<AuditCheckpoint | null> {
    return this.signHead((state) => {
      if (state.last_sequence === null) return true;
      const written = BigInt(state.head_sequence) - BigInt(state.last_sequence);
      const ageHours = (now.getTime() - state.last_signed_at!.getTime()) / 3_600_000;
      return written >= BigInt(this.config.checkpointEveryEvents) || ageHours >= this.config.checkpointMaxHours;
    }, now);
  }

  /** Signs the head unless this key already signed it (before an export, so the export is covered). */
  checkpointHead(now = new Date()): Promise<AuditCheckpoint | null> {
    return this.signHead((state) => state.last_sequence !== state.head_sequence || state.last_key_id !== this.key.keyId, now);
  }

  async checkpoints(): Promise<AuditCheckpoint[]> {
    return ((await this.dataSource.query(CHECKPOINTS_SQL)) as CheckpointRow[]).map(checkpointOf);
  }

  /** The newest checkpoint (the public feed carries it), or null before the first. */
  async latestCheckpoint(): Promise<AuditCheckpoint | null> {
    const [row] = (await this.dataSource.query(LATEST_CHECKPOINT_SQL)) as CheckpointRow[];
    return row ? checkpointOf(row) : null;
  }

  /** The public keys, the current one registered first so that it is listed before it has signed. */
  async keySet(): Promise<AuditKeySet> {
    await this.dataSource.query(REGISTER_SIGNING_KEY_SQL, [this.key.keyId, this.key.publicKey]);
    return { algorithm: 'Ed25519', currentKeyId: this.key.keyId, keys: await this.storedKeys() };
  }

  private async storedKeys(): Promise<AuditPublicKey[]> {
    const rows = (await this.dataSource.query(SIGNING_KEYS_SQL)) as { key_id: string; public_key: string; first_used_at: Date }[];
    return rows.map((r) => ({ keyId: r.key_id, publicKey: r.public_key, firstUsedAt: r.first_used_at.toISOString() }));
  }

  /**
   * The first problem with the stored checkpoints, or null: a signature that does not check out under
   * its key, or a checkpoint whose event is missing or has another hash (the chain was rewritten).
   */
  async firstBrokenCheckpoint(): Promise<{ sequence: string; reason: string } | null> {
    const [checkpoints, stored] = await Promise.all([this.checkpoints(), this.storedKeys()]);
    const keys = new Map(stored.map((k) => [k.keyId, publicKeyObject(k.publicKey)]));
    for (const checkpoint of checkpoints) {
      const key = keys.get(checkpoint.keyId);
      if (!key || !verify(null, checkpointMessage(checkpoint), key, Buffer.from(checkpoint.signature, 'base64')))
        return { sequence: checkpoint.sequence, reason: `the checkpoint signed at ${checkpoint.signedAt} has no valid signature` };
    }
    const [mismatch] = (await this.dataSource.query(CHECKPOINT_MISMATCH_SQL)) as { sequence: string; missing: boolean }[];
    if (!mismatch) return null;
    return {
      sequence: mismatch.sequence,
      reason: mismatch.missing
        ? 'a signed checkpoint names this event, but it is missing'
        : 'the event differs from the one a signed checkpoint names (the history was rewritten)',
    };
  }

  private signHead(due: (state: StateRow) => boolean, now: Date): Promise<AuditCheckpoint | null> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query(CHECKPOINT_LOCK_SQL);
      const [state] = (await manager.query(CHECKPOINT_STATE_SQL)) as StateRow[];
      if (!state || !due(state)) return null;
      const checkpoint = { sequence: state.head_sequence, hash: state.head_hash, signedAt: now.toISOString(), keyId: this.key.keyId };
      const signature = sign(null, checkpointMessage(checkpoint), this.key.privateKey).toString('base64');
      await manager.query(REGISTER_SIGNING_KEY_SQL, [this.key.keyId, this.key.publicKey]);
      await manager.query(INSERT_CHECKPOINT_SQL, [checkpoint.sequence, checkpoint.hash, checkpoint.signedAt, checkpoint.keyId, signature]);
      return { ...checkpoint, signature };
    });
  }
}
