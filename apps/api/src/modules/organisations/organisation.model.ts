import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { identifierKind, identifierProblem, type Country, type IdentifierKind, type Sector } from '@tvaers/domain';
import { CountryEnum, IdentifierKindEnum, SectorEnum } from '../../common/graphql/enums.js';
import type { OrganisationRow } from './organisation.entity.js';

@ObjectType('Organisation', { description: 'A state agency, region, municipality, joint body or private company.' })
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => CountryEnum) country!: Country;
  @Field({ description: 'CVR number, Norwegian org.nr or municipality code.' }) identifier!: string;
  @Field(() => IdentifierKindEnum, {
    nullable: true,
    description: 'What the identifier is by its shape; null when it has none of the known shapes.',
  })
  identifierKind!: IdentifierKind | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the identifier, sector and country do not agree (a wrong check digit, a code not on the reference list); null when they do. Rows entered before identifiers were checked can have one.',
  })
  identifierProblem!: string | null;
  @Field(() => Int) version!: number;

  static from(entity: OrganisationRow): OrganisationModel {
    return Object.assign(new OrganisationModel(), {
      id: entity.id,
      name: entity.name,
      sector: entity.sector as Sector,
      country: entity.country as Country,
      identifier: entity.identifier,
      identifierKind: identifierKind(entity.country as Country, entity.identifier),
      identifierProblem: problemText(entity),
      version: entity.version,
    });
  }
}

function problemText(entity: OrganisationRow): string | null {
  const problem = identifierProblem(entity.country as Country, entity.sector as Sector, entity.identifier);
  return problem && `${problem.field} ${problem.message}`;
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
