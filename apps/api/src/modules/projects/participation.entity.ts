import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { PARTICIPATION_ROLES } from '@tvaers/domain';
import { allOf } from '../../database/column-types.js';
import { ProjectChildEntity } from './project-child.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity('participations')
@Unique('uq_participations_project_organisation', ['projectId', 'organisationId'])
@Check('ck_participations_roles', `cardinality("roles") > 0 AND ${allOf('roles', PARTICIPATION_ROLES)}`)
export class ParticipationEntity extends ProjectChildEntity {
  @Index('ix_participations_organisation')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text', array: true })
  roles!: string[];
}
