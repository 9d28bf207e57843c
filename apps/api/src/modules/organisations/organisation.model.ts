import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Country, Sector } from '@tvaers/domain';
import { CountryEnum, SectorEnum } from '../../common/graphql/enums.js';
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
