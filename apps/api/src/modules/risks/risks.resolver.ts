import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROJECT_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { loadExisting } from '../../graphql/loaders.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { ProjectFilter } from '../projects/project.inputs.js';
import { RiskScalePipe } from './risk-scale.pipe.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import type { GraphqlContext } from '../../loaders.js';
import { ProjectModel } from '../projects/project.model.js';
import { AddProjectIssueInput, AddRiskInput, UpdateProjectIssueInput, UpdateRiskInput } from './risk.inputs.js';
import { ProjectIssueModel, RiskModel } from './risk.model.js';
import { RisksService } from './risks.service.js';

@Resolver(() => ProjectModel)
export class ProjectRiskFieldsResolver {
  @ResolveField(() => [RiskModel], { description: 'The risk register, highest inherent score first.' })
  async risks(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<RiskModel[]> {
    return (await loaders.risksByProject.load(project.id))
      .map(RiskModel.from)
      .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  }

  @ResolveField(() => [ProjectIssueModel], { description: 'The issue log.' })
  async issues(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<ProjectIssueModel[]> {
    return (await loaders.issuesByProject.load(project.id)).map(ProjectIssueModel.from);
  }
}

@Resolver(() => RiskModel)
export class RisksResolver {
  constructor(
    private readonly risks: RisksService,
    private readonly portfolio: PortfolioService,
  ) {}

  @ResolveField(() => ProjectModel)
  async project(@Parent() risk: RiskModel, @Context() { loaders }: GraphqlContext): Promise<ProjectModel> {
    return ProjectModel.from(await loadExisting(loaders.project, risk.projectId, 'Project'));
  }

  @Allow(SIGNED_IN)
  @Query(() => [RiskModel], {
    description:
      'The active risks of the filtered portfolio, or those in one cell of the heat map (inherent, or residual with residual: true).',
  })
  async programmeRisks(
    @Args('programmeId', { type: () => ID }) programmeId: string,
    @Args('filter', { type: () => ProjectFilter, nullable: true }) filter?: ProjectFilter,
    @Args('probability', { type: () => Int, nullable: true }, RiskScalePipe) probability?: number,
    @Args('impact', { type: () => Int, nullable: true }, RiskScalePipe) impact?: number,
    @Args('residual', { type: () => Boolean, defaultValue: false }) residual = false,
  ): Promise<RiskModel[]> {
    const ids = await this.portfolio.riskIdsInCell(programmeId, filter ?? undefined, { probability, impact, residual });
    return this.risks.byIds(ids).then((rows) => rows.map(RiskModel.from));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => RiskModel)
  async addRisk(@Args('input') input: AddRiskInput): Promise<RiskModel> {
    return RiskModel.from(await this.risks.addRisk(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => RiskModel)
  async updateRisk(@Args('input') input: UpdateRiskInput): Promise<RiskModel> {
    return RiskModel.from(await this.risks.updateRisk(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteRisk(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.risks.deleteRisk(id, version);
    return id;
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ProjectIssueModel)
  async addProjectIssue(@Args('input') input: AddProjectIssueInput): Promise<ProjectIssueModel> {
    return ProjectIssueModel.from(await this.risks.addIssue(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ProjectIssueModel)
  async updateProjectIssue(@Args('input') input: UpdateProjectIssueInput): Promise<ProjectIssueModel> {
    return ProjectIssueModel.from(await this.risks.updateIssue(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteProjectIssue(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.risks.deleteIssue(id, version);
    return id;
  }
}
