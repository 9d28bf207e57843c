import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Country, IdentifierKind, Sector } from '@tvaers/domain';
import { CountryEnum, IdentifierKindEnum, SectorEnum } from '../../common/graphql/enums.js';
import type { OrganisationRow } from './organisation.entity.js';

@ObjectType('Organisation', { description: 'A state agency, region, municipality, joint body or private company.' })
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => CountryEnum) country!: Country;
  @Field({ description: 'CVR number, Norwegian org.nr or municipality code.' }) identifier!: string;
  @Field(() => Int) version!: number;

  static from(entity: OrganisationRow): OrganisationModel {
    return Object.assign(new OrganisationModel(), {
      id: entity.id,
      name: entity.name,
      sector: entity.sector as Sector,
      country: entity.country as Country,
      identifier: entity.identifier,
      version: entity.version,
    });
  }
}

@ObjectType('ReferenceOrganisation', {
  description: 'A municipality or region on the official reference list (Danmarks Statistik, SSB), registered or not.',
})
export class ReferenceOrganisationModel {
  @Field(() => CountryEnum) country!: Country;
  @Field() identifier!: string;
  @Field() name!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => IdentifierKindEnum) kind!: IdentifierKind;
  @Field(() => String, { nullable: true, description: 'The region (DK) or county (NO) a municipality lies in.' }) area!: string | null;
  @Field(() => ID, { nullable: true, description: 'The register row with this identifier, if there is one.' }) registeredId!: string | null;
}
