import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { COUNTRIES, SECTORS } from '@tvaers/domain';
import { oneOf } from '../../database/column-types.js';
import { VersionedEntity } from '../../database/versioned.entity.js';
import { WrittenWithin } from '../../auth/write-scope.js';

@Entity('organisations')
@Unique('uq_organisations_country_identifier', ['country', 'identifier'])
@Check('ck_organisations_sector', oneOf('sector', SECTORS))
@Check('ck_organisations_country', oneOf('country', COUNTRIES))
@WrittenWithin('shared')
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

/**
 * The columns an organisation's GraphQL model shows. The per-request loaders read only these: a
 * 100-project list names 400 partners, and their timestamps were parsed for nobody.
 */
export const ORGANISATION_ROW = ['id', 'version', 'name', 'sector', 'country', 'identifier'] as const;
export type OrganisationRow = Pick<OrganisationEntity, (typeof ORGANISATION_ROW)[number]>;
