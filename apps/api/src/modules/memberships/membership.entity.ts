import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { MEMBERSHIP_ROLES } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

/** A user's role in one programme (and, for a PARTNER, the organisation they act for). */
@Entity('memberships')
@Unique('uq_memberships_user_programme', ['userId', 'programmeId'])
@Check('ck_memberships_role', oneOf('role', MEMBERSHIP_ROLES))
@Check('ck_memberships_partner_organisation', `("role" = 'PARTNER') = ("organisation_id" IS NOT NULL)`)
@WrittenWithin('programmeChild')
export class MembershipEntity extends VersionedEntity {
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_memberships_user' })
  user?: Relation<UserEntity>;

  @Index('ix_memberships_programme')
  @Column({ type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_memberships_programme' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_memberships_organisation' })
  organisation?: Relation<OrganisationEntity> | null;
}
