import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, EDITORS, PROJECT_EDITORS } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { type GraphqlContext, loadExisting } from '../../graphql/loaders.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProjectModel } from '../projects/project.model.js';
import { AddBenefitInput, RecordMeasurementInput, UpdateBenefitInput, UpdateMeasurementInput } from './benefit.inputs.js';
import { BenefitForecastModel, BenefitMeasurementModel, BenefitModel, BenefitTargetModel } from './benefit.model.js';
import { BenefitsService } from './benefits.service.js';

@Resolver(() => ProjectModel)
export class ProjectBenefitFieldsResolver {
  @ResolveField(() => [BenefitModel])
  async benefits(@Parent() project: ProjectModel, @Context() { loaders }: GraphqlContext): Promise<BenefitModel[]> {
    return (await loaders.benefitsByProject.load(project.id)).map(BenefitModel.from);
  }
}

@Resolver(() => BenefitModel)
export class BenefitsResolver {
  constructor(private readonly benefits: BenefitsService) {}

  @ResolveField(() => OrganisationModel)
  async receiver(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel> {
    return OrganisationModel.from(await loadExisting(loaders.organisation, benefit.receiverId, 'Organisation'));
  }

  @ResolveField(() => [BenefitTargetModel])
  async targets(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<BenefitTargetModel[]> {
    return (await loaders.targetsByBenefit.load(benefit.id)).map(BenefitTargetModel.from);
  }

  @ResolveField(() => [BenefitForecastModel], { description: 'The owner’s current expectation per fiscal year, beside target and measurement.' })
  async forecasts(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<BenefitForecastModel[]> {
    return (await loaders.forecastsByBenefit.load(benefit.id)).map(BenefitForecastModel.from);
  }

  @ResolveField(() => [BenefitMeasurementModel])
  async measurements(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<BenefitMeasurementModel[]> {
    return (await loaders.measurementsByBenefit.load(benefit.id)).map(BenefitMeasurementModel.from);
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BenefitModel, { description: 'Adds a benefit with its yearly targets, in one transaction.' })
  async addBenefit(@Args('input') input: AddBenefitInput): Promise<BenefitModel> {
    return BenefitModel.from(await this.benefits.addBenefit(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BenefitModel)
  async updateBenefit(@Args('input') input: UpdateBenefitInput): Promise<BenefitModel> {
    return BenefitModel.from(await this.benefits.updateBenefit(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID)
  async deleteBenefit(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.benefits.deleteBenefit(id, version);
    return id;
  }
}

@Resolver(() => BenefitMeasurementModel)
export class MeasurementsResolver {
  constructor(private readonly benefits: BenefitsService) {}

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BenefitMeasurementModel, { description: 'Records what a benefit delivered in a fiscal year, as REPORTED.' })
  async recordMeasurement(@Args('input') input: RecordMeasurementInput): Promise<BenefitMeasurementModel> {
    return BenefitMeasurementModel.from(await this.benefits.recordMeasurement(input));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BenefitMeasurementModel, { description: 'Changes a measurement while it is still REPORTED.' })
  async updateMeasurement(@Args('input') input: UpdateMeasurementInput): Promise<BenefitMeasurementModel> {
    return BenefitMeasurementModel.from(await this.benefits.updateMeasurement(input));
  }

  @Allow(EDITORS)
  @Mutation(() => BenefitMeasurementModel, { description: 'REPORTED → VALIDATED.' })
  async validateMeasurement(@Args() { id, version }: VersionedRowArgs): Promise<BenefitMeasurementModel> {
    return BenefitMeasurementModel.from(await this.benefits.validateMeasurement(id, version));
  }

  @Allow(EDITORS)
  @Mutation(() => BenefitMeasurementModel, { description: 'VALIDATED → HARVESTED: the saving has been taken out of a budget.' })
  async harvestMeasurement(@Args() { id, version }: VersionedRowArgs): Promise<BenefitMeasurementModel> {
    return BenefitMeasurementModel.from(await this.benefits.harvestMeasurement(id, version));
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => ID, { description: 'Deletes a measurement that is still REPORTED.' })
  async deleteMeasurement(@Args() { id, version }: VersionedRowArgs): Promise<string> {
    await this.benefits.deleteMeasurement(id, version);
    return id;
  }
}
