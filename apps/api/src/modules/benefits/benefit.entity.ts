import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BENEFIT_KINDS, BENEFIT_UNITS } from '@tvaers/domain';
import { oneOf, QUANTITY } from '../../database/column-types.js';
import { ProjectChildEntity } from '../projects/project-child.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity('benefits')
@Check('ck_benefits_per_adopter', `"per_adopter" IS NULL OR "per_adopter" >= 0`)
@Index('ix_benefits_project', ['projectId'])
@Check('ck_benefits_kind', oneOf('kind', BENEFIT_KINDS))
@Check('ck_benefits_unit', oneOf('unit', BENEFIT_UNITS))
@Index('ix_benefits_receiver_process', ['receiverId', 'process'], { where: '"process" IS NOT NULL' })
export class BenefitEntity extends ProjectChildEntity {
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  unit!: string;

  @Index('ix_benefits_receiver')
  @Column({ type: 'uuid' })
  receiverId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'receiver_id' })
  receiver?: Relation<OrganisationEntity>;

  /** The person or role accountable for realising the benefit. */
  @Column({ type: 'text', default: '' })
  owner!: string;

  @Column({ ...QUANTITY, nullable: true })
  baselineValue!: string | null;

  @Column({ type: 'text', default: '' })
  measurementMethod!: string;

  /** The work process the benefit improves (a KLE code or the programme's own), for the double-count guard. */
  @Column({ type: 'text', nullable: true })
  process!: string | null;

  /** Adoption-driven: the value per adopting organisation per full fiscal year, in the benefit's unit. */
  @Column({ ...QUANTITY, nullable: true })
  perAdopter!: string | null;
}
