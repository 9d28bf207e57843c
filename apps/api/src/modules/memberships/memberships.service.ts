import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { currentContext, runWithContext } from '../../auth/request-context.js';
import { assertProgrammeRole } from '../../auth/write-scope.js';
import { invalidField } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { MembershipEntity } from './membership.entity.js';
import type { GrantMembershipInput } from './membership.model.js';

/** Who may grant and revoke in a programme: ADMIN (everywhere) and the programme's own office. */
const GRANTORS = ['PROGRAMME_OFFICE'] as const;

@Injectable()
export class MembershipsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A user's memberships; the caller has checked that they are the user's own or asked by ADMIN. Read
   * as the system, because the answer to a sign-in has no signed-in user yet for row-level security.
   */
  ofUser(userId: string): Promise<MembershipEntity[]> {
    return runWithContext({ ...currentContext(), user: undefined, system: true }, () =>
      this.dataSource.manager.find(MembershipEntity, { where: { userId }, order: { programmeId: 'ASC' } }),
    );
  }

  ofProgramme(programmeId: string): Promise<MembershipEntity[]> {
    assertProgrammeRole(programmeId, [...GRANTORS, 'AUDITOR']);
    return this.dataSource.manager.find(MembershipEntity, { where: { programmeId }, order: { createdAt: 'ASC' } });
  }

  /** Grants within the caller's transaction (inviteUser grants as it creates the user). */
  async grantIn(manager: EntityManager, input: GrantMembershipInput, field = 'input'): Promise<MembershipEntity> {
    // The programme must be visible to the caller (row-level security) before anything else is said.
    await findOrFail(manager, ProgrammeEntity, 'Programme', input.programmeId);
    assertProgrammeRole(input.programmeId, GRANTORS);
    if (input.role === 'PARTNER' && !input.organisationId) throw invalidField(`${field}.organisationId`, 'is required for a PARTNER');
    if (input.organisationId && !(await manager.existsBy(OrganisationEntity, { id: input.organisationId })))
      throw invalidField(`${field}.organisationId`, 'no organisation has this id');
    const existing = await manager.findOne(MembershipEntity, { where: { userId: input.userId, programmeId: input.programmeId } });
    if (existing)
      throw invalidField(
        `${field}.userId`,
        `already has a membership in this programme (${existing.role}); revoke it first to change the role`,
      );
    return insertAndReload(manager, MembershipEntity, 'Membership', {
      ...input,
      organisationId: input.role === 'PARTNER' ? (input.organisationId ?? null) : null,
    });
  }

  grant(input: GrantMembershipInput): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, UserEntity, 'User', input.userId);
      return this.grantIn(manager, input);
    });
  }

  revoke(id: string, version: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await findOrFail(manager, MembershipEntity, 'Membership', id);
      assertProgrammeRole(membership.programmeId, GRANTORS);
      await deleteVersioned(manager, MembershipEntity, 'Membership', id, version);
    });
  }
}
