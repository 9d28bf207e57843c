import { Injectable } from '@nestjs/common';
import { currentUser, isAdmin } from '../../auth/request-context.js';
import { DataSource } from 'typeorm';
import type { AuditEventModel, AuditFilter, AuditVerificationModel } from './audit.model.js';
import { AuditCheckpointService } from './audit-checkpoint.service.js';
import { AUDIT_EVENTS_SQL, VERIFY_AUDIT_CHAIN_SQL } from './audit.sql.js';
import { searchPattern } from '../projects/project-scope.js';

interface EventRow {
  sequence: string;
  at: Date;
  actor_email: string;
  operation: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

interface VerificationRow {
  checked: number;
  first_broken: string | null;
  reason: string | null;
  head_sequence: string;
  head_hash: string;
  last_sequence: string | null;
  last_hash: string | null;
}

/** Verification through anything that runs SQL: the API's DataSource, or a tool's client as the schema owner. */
export async function verifyAuditChain(database: { query(sql: string): Promise<unknown> }): Promise<AuditVerificationModel> {
  const [row] = (await database.query(VERIFY_AUDIT_CHAIN_SQL)) as VerificationRow[];
  const { checked, first_broken, reason, head_sequence, head_hash, last_sequence, last_hash } = row!;
  if (first_broken !== null) return { ok: false, checked, firstBrokenSequence: first_broken, reason };
  if ((last_sequence ?? '0') !== head_sequence || (last_hash ?? '0'.repeat(64)) !== head_hash) {
    // The chain is intact as far as it goes, but the head says more was written: the newest events are gone.
    return {
      ok: false,
      checked,
      firstBrokenSequence: String(BigInt(last_sequence ?? '0') + 1n),
      reason: `events up to ${head_sequence} were written but are missing`,
    };
  }
  return { ok: true, checked, firstBrokenSequence: null, reason: null };
}

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpoints: AuditCheckpointService,
  ) {}

  async events(filter: AuditFilter = {}): Promise<AuditEventModel[]> {
    const pattern = searchPattern(filter.actor);
    const before = filter.before && /^\d+$/.test(filter.before) ? filter.before : null;
    const everything = isAdmin(currentUser());
    const rows: EventRow[] = await this.dataSource.query(AUDIT_EVENTS_SQL, [
      filter.projectId ?? null,
      filter.programmeId ?? null,
      filter.entityType ?? null,
      pattern,
      before,
      filter.first ?? 100,
      everything,
    ]);
    return rows.map((r) => ({
      sequence: r.sequence,
      at: r.at,
      actorEmail: r.actor_email,
      operation: r.operation,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      hash: r.hash,
    }));
  }

  /** The chain recomputed, then the signed checkpoints: valid signatures, and the chain passes through each. */
  async verify(): Promise<AuditVerificationModel> {
    const chain = await verifyAuditChain(this.dataSource);
    if (!chain.ok) return chain;
    const broken = await this.checkpoints.firstBrokenCheckpoint();
    return broken ? { ok: false, checked: chain.checked, firstBrokenSequence: broken.sequence, reason: broken.reason } : chain;
  }
}
