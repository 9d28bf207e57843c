import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import type { Country, Sector } from '@tvaers/domain';
import { CountryEnum, SectorEnum } from '../../common/graphql/enums.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { OrganisationModel } from './organisation.model.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Allow(SIGNED_IN)
  @Query(() => [OrganisationModel], { description: 'Organisations by country, sector and name; optionally only one country or sector.' })
  async organisations(
    @Args('country', { type: () => CountryEnum, nullable: true }) country?: Country,
    @Args('sector', { type: () => SectorEnum, nullable: true }) sector?: Sector,
  ): Promise<OrganisationModel[]> {
    return (await this.service.list({ country, sector })).map(OrganisationModel.from);
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
  @Mutation(() => ID, { description: 'Deletes an organisation that nothing refers to any more.' })
  async deleteOrganisation(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.service.delete(id, version);
    return id;
  }
}
