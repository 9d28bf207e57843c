import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation, Unique } from 'typeorm';
import { ADOPTION_STATES } from '@tvaers/domain';
import { DATE_ONLY, oneOf } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** Whether an organisation targeted by a project has taken the solution into use. */
@Entity('adoptions')
@Unique('uq_adoptions_project_organisation', ['projectId', 'organisationId'])
@Check('ck_adoptions_state', oneOf('state', ADOPTION_STATES))
@Check('ck_adoptions_live_date', `("state" = 'LIVE') = ("live_date" IS NOT NULL)`)
export class AdoptionEntity extends ProjectChildEntity {
  @Index('ix_adoptions_organisation')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'text', default: 'NOT_STARTED' })
  state!: string;

  @Column({ ...DATE_ONLY, nullable: true })
  liveDate!: string | null;

  /** When the organisation plans to go live: drives the expected value of adoption-driven benefits. */
  @Column({ ...DATE_ONLY, nullable: true })
  plannedLiveDate!: string | null;
}
