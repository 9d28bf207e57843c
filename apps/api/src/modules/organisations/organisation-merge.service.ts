import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, invalidField } from '../../common/errors/domain-errors.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from './organisation.entity.js';
import { MERGE_SQL } from './organisation-merge.sql.js';

/**
 * Every column that refers to an organisation, and what a merge does with it. A test compares this
 * list with the foreign keys in pg_constraint, so a new reference cannot be forgotten here.
 */
export const ORGANISATION_REFERENCES = {
  /** Moved to the kept organisation; no uniqueness involves the column. */
  moved: [
    'benefits.receiver_id',
    'cost_actuals.payer_id',
    'memberships.organisation_id',
    'programmes.fund_organisation_id',
    'users.organisation_id',
  ],
  /** Unique per project: where both take part, the roles are joined into the kept participation. */
  joined: ['participations.organisation_id'],
  /** Unique per project (adoption) or budget cell: where both have a row, the merge is refused. */
  refusedOnClash: ['adoptions.organisation_id', 'budget_lines.funder_id'],
  /** Recomputed by the rollup triggers when the benefits move. */
  derived: ['project_receiver_rollups.receiver_id'],
} as const;

export interface MergeOrganisationsRequest {
  keepId: string;
  keepVersion: number;
  duplicateId: string;
  duplicateVersion: number;
}

@Injectable()
export class OrganisationMergeService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Moves everything that refers to the duplicate onto the kept organisation and deletes the
   * duplicate, in one transaction; each row changed is written to the audit trail by its trigger.
   */
  merge(request: MergeOrganisationsRequest): Promise<OrganisationEntity> {
    if (request.keepId === request.duplicateId) throw invalidField('duplicateId', 'must be another organisation than keepId');
    return this.dataSource.transaction(async (manager) => {
      await lockBoth(manager, request);
      await refuseClashes(manager, request.keepId, request.duplicateId);
      const params = [request.keepId, request.duplicateId];
      await manager.query(MERGE_SQL.joinParticipationRoles, params);
      await manager.query(MERGE_SQL.dropJoinedParticipations, params);
      for (const reference of [
        ...ORGANISATION_REFERENCES.moved,
        ...ORGANISATION_REFERENCES.joined,
        ...ORGANISATION_REFERENCES.refusedOnClash,
      ]) {
        const [table, column] = reference.split('.') as [string, string];
        await manager.query(MERGE_SQL.move(table, column), params);
      }
      await manager.query(MERGE_SQL.deleteDuplicate, [request.duplicateId]);
      await manager.query(MERGE_SQL.bumpKept, [request.keepId]);
      return findOrFail(manager, OrganisationEntity, 'Organisation', request.keepId);
    });
  }
}

async function lockBoth(manager: EntityManager, request: MergeOrganisationsRequest): Promise<void> {
  const rows: { id: string; version: number }[] = await manager.query(MERGE_SQL.lockBoth, [[request.keepId, request.duplicateId]]);
  for (const [id, version] of [
    [request.keepId, request.keepVersion],
    [request.duplicateId, request.duplicateVersion],
  ] as const) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new NotFoundError('Organisation', id);
    if (row.version !== version) throw new ConflictError('Organisation', id, version, row.version);
  }
}

async function refuseClashes(manager: EntityManager, keepId: string, duplicateId: string): Promise<void> {
  const clashes: { what: string; project_code: string }[] = await manager.query(MERGE_SQL.clashes, [keepId, duplicateId]);
  if (!clashes.length) return;
  const named = clashes.slice(0, 5).map((c) => `${c.what} in ${c.project_code}`);
  throw invalidField(
    'duplicateId',
    `both organisations have ${named.join(', ')}${clashes.length > 5 ? ` and ${clashes.length - 5} more` : ''}; remove or move one of each pair first`,
  );
}
