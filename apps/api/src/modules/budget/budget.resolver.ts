import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, ID, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROJECT_EDITORS } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProjectModel } from '../projects/project.model.js';
import { AddBudgetLineInput, RecordCostInput, UpdateBudgetLineInput, UpdateCostActualInput, SaveBudgetGridInput } from './budget.inputs.js';
import { BudgetLineModel, CostActualModel } from './budget.model.js';
import { BudgetService } from './budget.service.js';

@Resolver(() => ProjectModel)
export class ProjectBudgetFieldsResolver {
  @ResolveField(() => [BudgetLineModel])
  async budgetLines(
    @Parent() project: ProjectModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BudgetLineModel[]> {
    return (await loaders.budgetLinesByProject.load(project.id, info)).map(BudgetLineModel.from);
  }

  @ResolveField(() => [CostActualModel])
  async costActuals(
    @Parent() project: ProjectModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CostActualModel[]> {
    return (await loaders.costActualsByProject.load(project.id, info)).map(CostActualModel.from);
  }
}

@Resolver(() => BudgetLineModel)
export class BudgetLineResolver {
  constructor(private readonly budget: BudgetService) {}

  @ResolveField(() => OrganisationModel)
  async funder(@Parent() line: BudgetLineModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel> {
    return OrganisationModel.from(await loadExisting(loaders.organisation, line.funderId, 'Organisation'));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BudgetLineModel)
  async addBudgetLine(@Args('input') input: AddBudgetLineInput): Promise<BudgetLineModel> {
    return BudgetLineModel.from(await this.budget.addBudgetLine(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => [BudgetLineModel], {
    description: 'Saves a whole budget grid in one transaction (zero removes a cell); CONFLICT if any line changed since it was read.',
  })
  async saveBudgetGrid(@Args('input') input: SaveBudgetGridInput): Promise<BudgetLineModel[]> {
    return (await this.budget.saveBudgetGrid(input)).map(BudgetLineModel.from);
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BudgetLineModel)
  async updateBudgetLine(@Args('input') input: UpdateBudgetLineInput): Promise<BudgetLineModel> {
    return BudgetLineModel.from(await this.budget.updateBudgetLine(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteBudgetLine(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.budget.deleteBudgetLine(id, version);
    return id;
  }
}

@Resolver(() => CostActualModel)
export class CostActualResolver {
  constructor(private readonly budget: BudgetService) {}

  @ResolveField(() => OrganisationModel)
  async payer(@Parent() cost: CostActualModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel> {
    return OrganisationModel.from(await loadExisting(loaders.organisation, cost.payerId, 'Organisation'));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => CostActualModel)
  async recordCost(@Args('input') input: RecordCostInput): Promise<CostActualModel> {
    return CostActualModel.from(await this.budget.recordCost(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => CostActualModel)
  async updateCostActual(@Args('input') input: UpdateCostActualInput): Promise<CostActualModel> {
    return CostActualModel.from(await this.budget.updateCostActual(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteCostActual(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.budget.deleteCostActual(id, version);
    return id;
  }
}
