import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuditEventModel, AuditFilter, AuditVerificationModel } from './audit.model.js';
import { AUDIT_EVENTS_SQL, VERIFY_AUDIT_CHAIN_SQL } from './audit.sql.js';
import { searchPattern } from '../projects/projects.query.js';

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

/** Verification against any DataSource (the API, or the CLI as the schema owner). */
export async function verifyAuditChain(dataSource: DataSource): Promise<AuditVerificationModel> {
  const [row] = (await dataSource.query(VERIFY_AUDIT_CHAIN_SQL)) as { checked: number; first_broken: string | null; reason: string | null }[];
  return { ok: row!.first_broken === null, checked: row!.checked, firstBrokenSequence: row!.first_broken, reason: row!.reason };
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async events(filter: AuditFilter = {}): Promise<AuditEventModel[]> {
    const pattern = searchPattern(filter.actor);
    const before = filter.before && /^\d+$/.test(filter.before) ? filter.before : null;
    const rows: EventRow[] = await this.dataSource.query(AUDIT_EVENTS_SQL, [filter.projectId ?? null, filter.programmeId ?? null, filter.entityType ?? null, pattern, before, filter.first ?? 100]);
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

  verify(): Promise<AuditVerificationModel> {
    return verifyAuditChain(this.dataSource);
  }
}
