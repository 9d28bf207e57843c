import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROJECT_EDITORS } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import type { GraphqlContext } from '../../loaders.js';
import { ProjectModel } from '../projects/project.model.js';
import { AddMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';
import { MilestoneModel } from './milestone.model.js';
import { MilestonesService } from './milestones.service.js';

@Resolver(() => ProjectModel)
export class ProjectMilestoneFieldsResolver {
  @ResolveField(() => [MilestoneModel])
  async milestones(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<MilestoneModel[]> {
    return (await loaders.milestonesByProject.load(project.id)).map(MilestoneModel.from);
  }
}

@Resolver(() => MilestoneModel)
export class MilestonesResolver {
  constructor(private readonly milestones: MilestonesService) {}

  @Allow(PROJECT_EDITORS)
  @Mutation(() => MilestoneModel)
  async addMilestone(@Args('input') input: AddMilestoneInput): Promise<MilestoneModel> {
    return MilestoneModel.from(await this.milestones.add(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => MilestoneModel)
  async updateMilestone(@Args('input') input: UpdateMilestoneInput): Promise<MilestoneModel> {
    return MilestoneModel.from(await this.milestones.update(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteMilestone(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.milestones.delete(id, version);
    return id;
  }
}
