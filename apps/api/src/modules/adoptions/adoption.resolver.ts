import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROJECT_EDITORS } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProjectModel } from '../projects/project.model.js';
import { AddAdoptionInput, UpdateAdoptionInput } from './adoption.inputs.js';
import { AdoptionModel } from './adoption.model.js';
import { AdoptionService } from './adoption.service.js';

@Resolver(() => ProjectModel)
export class ProjectAdoptionFieldsResolver {
  @ResolveField(() => [AdoptionModel], { description: 'Organisations the project targets and whether they are live.' })
  async adoptions(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<AdoptionModel[]> {
    return (await loaders.adoptionsByProject.load(project.id)).map(AdoptionModel.from);
  }
}

@Resolver(() => AdoptionModel)
export class AdoptionResolver {
  constructor(private readonly adoption: AdoptionService) {}

  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() adoption: AdoptionModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel> {
    return OrganisationModel.from(await loadExisting(loaders.organisation, adoption.organisationId, 'Organisation'));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => AdoptionModel)
  async addAdoption(@Args('input') input: AddAdoptionInput): Promise<AdoptionModel> {
    return AdoptionModel.from(await this.adoption.add(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => AdoptionModel)
  async updateAdoption(@Args('input') input: UpdateAdoptionInput): Promise<AdoptionModel> {
    return AdoptionModel.from(await this.adoption.update(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteAdoption(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.adoption.delete(id, version);
    return id;
  }
}
