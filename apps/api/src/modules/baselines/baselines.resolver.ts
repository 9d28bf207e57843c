import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAMME_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { IsUUID, Length } from 'class-validator';
import type { GraphqlContext } from '../../loaders.js';
import { ProjectModel } from '../projects/project.model.js';
import { BaselineDiffModel, BaselineModel } from './baseline.model.js';
import { BaselinesService } from './baselines.service.js';

@ArgsType()
export class ApproveBaselineArgs {
  @Field(() => ID) @IsUUID('all', { message: 'must be a UUID' }) projectId!: string;
  @Field({ description: 'Why the plan is (re-)baselined, e.g. the steering group decision.' })
  @Length(5, 2000, { message: 'must explain the approval in 5 to 2000 characters' })
  reason!: string;
}

@Resolver(() => ProjectModel)
export class ProjectBaselineFieldsResolver {
  @ResolveField(() => [BaselineModel], { description: 'Approved baselines, newest first.' })
  async baselines(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<BaselineModel[]> {
    return (await loaders.baselinesByProject.load(project.id)).map(BaselineModel.from);
  }

  @ResolveField(() => BaselineModel, { nullable: true, description: 'The baseline variance is measured against.' })
  async currentBaseline(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<BaselineModel | null> {
    const [current] = await loaders.baselinesByProject.load(project.id);
    return current ? BaselineModel.from(current) : null;
  }
}

@Resolver(() => BaselineModel)
export class BaselinesResolver {
  constructor(private readonly service: BaselinesService) {}

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => BaselineModel, { description: 'Freezes budget lines, benefit targets, milestones and end date as a new baseline.' })
  async approveBaseline(@Args() { projectId, reason }: ApproveBaselineArgs): Promise<BaselineModel> {
    return BaselineModel.from(await this.service.approve(projectId, reason));
  }

  @Allow(SIGNED_IN)
  @Query(() => BaselineDiffModel, { description: 'What changed between two baselines of a project.' })
  baselineDiff(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('fromNumber', { type: () => Int }) fromNumber: number,
    @Args('toNumber', { type: () => Int }) toNumber: number,
  ): Promise<BaselineDiffModel> {
    return this.service.diff(projectId, fromNumber, toNumber);
  }
}
