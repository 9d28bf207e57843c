import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { LABEL_LANGUAGES, USER_ROLES } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

@Entity('users')
@Index('uq_users_email', { synchronize: false })
@Check('ck_users_role', oneOf('role', USER_ROLES))
@Check('ck_users_language', `"language" IS NULL OR ${oneOf('language', LABEL_LANGUAGES)}`)
@Check('ck_users_partner_organisation', `"role" <> 'PARTNER' OR "organisation_id" IS NOT NULL`)
@WrittenWithin('shared')
export class UserEntity extends VersionedEntity {
  /** Unique case-insensitively (index on lower(email), created in the migration). */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity> | null;

  /** Null until the user has set a password (an invited user). */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** What mail and documents are written in for this user (da, nb, en); null: the programme's country's. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;
}
