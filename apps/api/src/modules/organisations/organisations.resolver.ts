import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { identifierKind, identifierProblem, type Country, type IdentifierKind, type Sector } from '@tvaers/domain';
import { CountryEnum, IdentifierKindEnum, SectorEnum } from '../../common/graphql/enums.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { OrganisationModel, ReferenceOrganisationModel } from './organisation.model.js';
import {
  AddReferenceOrganisationsInput,
  CreateOrganisationInput,
  MergeOrganisationsInput,
  UpdateOrganisationInput,
} from './organisation.inputs.js';
import { OrganisationMergeService } from './organisation-merge.service.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly merger: OrganisationMergeService,
  ) {}

  @Allow(SIGNED_IN)
  @Query(() => [OrganisationModel], {
    description: 'Organisations by country, sector and name; optionally only one country or sector, or those matching a search.',
  })
  async organisations(
    @Args('country', { type: () => CountryEnum, nullable: true }) country?: Country,
    @Args('sector', { type: () => SectorEnum, nullable: true }) sector?: Sector,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the name, or the start of the identifier.' })
    search?: string,
  ): Promise<OrganisationModel[]> {
    return (await this.service.list({ country, sector, search })).map(OrganisationModel.from);
  }

  @Allow(SIGNED_IN)
  @Query(() => [ReferenceOrganisationModel], {
    description: "The country's municipalities (and Danish regions) on the official reference list, each with its register row if any.",
  })
  referenceOrganisations(@Args('country', { type: () => CountryEnum }) country: Country): Promise<ReferenceOrganisationModel[]> {
    return this.service.reference(country);
  }

  // Worked out only when asked for: a 100-project list names 400 partners and needs neither.
  @ResolveField(() => IdentifierKindEnum, {
    nullable: true,
    description: 'What the identifier is by its shape; null when it has none of the known shapes.',
  })
  identifierKind(@Parent() organisation: OrganisationModel): IdentifierKind | null {
    return identifierKind(organisation.country, organisation.identifier);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why the identifier, sector and country do not agree (a wrong check digit, a code not on the reference list); null when they do. Rows entered before identifiers were checked can have one.',
  })
  identifierProblem(@Parent() organisation: OrganisationModel): string | null {
    const problem = identifierProblem(organisation.country, organisation.sector, organisation.identifier);
    return problem && `${problem.field} ${problem.message}`;
  }

  @Allow(SIGNED_IN)
  @Query(() => OrganisationModel)
  async organisation(@Args('id', { type: () => ID }) id: string): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.get(id));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => OrganisationModel)
  async createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.create(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => OrganisationModel)
  async updateOrganisation(@Args('input') input: UpdateOrganisationInput): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.service.update(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => [OrganisationModel], {
    description: 'Adds reference municipalities or regions the register lacks, with their official names; returns those added.',
  })
  async addReferenceOrganisations(@Args('input') input: AddReferenceOrganisationsInput): Promise<OrganisationModel[]> {
    return (await this.service.addReference(input.country, input.identifiers)).map(OrganisationModel.from);
  }

  // A merge rewrites rows of every programme the two organisations appear in: the platform's act.
  @Allow(['ADMIN'])
  @Mutation(() => OrganisationModel, {
    description: 'Moves every reference to the duplicate onto the kept organisation and deletes the duplicate, in one audited transaction.',
  })
  async mergeOrganisations(@Args('input') input: MergeOrganisationsInput): Promise<OrganisationModel> {
    return OrganisationModel.from(await this.merger.merge(input));
  }

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => ID, { description: 'Deletes an organisation that nothing refers to any more.' })
  async deleteOrganisation(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.delete(id, version);
    return id;
  }
}
