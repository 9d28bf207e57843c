import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { COUNTRIES, SECTORS } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';

@Entity('organisations')
@Unique('uq_organisations_country_identifier', ['country', 'identifier'])
@Check('ck_organisations_sector', oneOf('sector', SECTORS))
@Check('ck_organisations_country', oneOf('country', COUNTRIES))
export class OrganisationEntity extends VersionedEntity {
  @Column({ type: 'text' })
  name!: string;

  @Index('ix_organisations_sector')
  @Column({ type: 'text' })
  sector!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  /** CVR number, Norwegian org.nr or municipality code. */
  @Column({ type: 'text' })
  identifier!: string;
}
