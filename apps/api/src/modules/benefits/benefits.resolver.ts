import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Context, Field, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { Allow, PROGRAMME_EDITORS, PROJECT_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { VersionedRowArgs } from '../../common/graphql/common-types.js';
import { loadExisting } from '../../graphql/loaders.js';
import type { GraphqlContext } from '../../loaders.js';
import { OrganisationModel } from '../organisations/organisation.model.js';
import { ProjectModel } from '../projects/project.model.js';
import { AddBenefitInput, RecordMeasurementInput, UpdateBenefitInput, UpdateMeasurementInput } from './benefit.inputs.js';
import { BenefitForecastModel, BenefitMeasurementModel, BenefitModel, BenefitOverlapModel, BenefitTargetModel } from './benefit.model.js';
import type { BenefitEntity } from './benefit.entity.js';
import DataLoader from 'dataloader';
import { BenefitsService } from './benefits.service.js';
import { PersonModel } from '../users/person.model.js';

@Resolver(() => ProjectModel)
export class ProjectBenefitFieldsResolver {
  @ResolveField(() => [BenefitModel])
  async benefits(
    @Parent() project: ProjectModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BenefitModel[]> {
    return (await loaders.benefitsByProject.load(project.id, info)).map(BenefitModel.from);
  }
}

@Resolver(() => BenefitModel)
export class BenefitsResolver {
  constructor(private readonly benefits: BenefitsService) {}

  @ResolveField(() => [BenefitOverlapModel], {
    description: 'Other projects’ benefits claiming the same saving (same receiver and process, overlapping years).',
  })
  async overlaps(@Parent() benefit: BenefitModel, @Context() { loaderFor }: GraphqlContext): Promise<BenefitOverlapModel[]> {
    const loader = loaderFor(
      'benefitOverlaps',
      () =>
        new DataLoader<string, { other: BenefitEntity; fiscalYears: number[] }[]>(async (ids) => {
          const found = await this.benefits.overlaps(ids);
          return ids.map((id) => found.get(id) ?? []);
        }),
    );
    return (await loader.load(benefit.id)).map(({ other, fiscalYears }) => ({ benefit: BenefitModel.from(other), fiscalYears }));
  }

  @ResolveField(() => ProjectModel)
  async project(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<ProjectModel> {
    return ProjectModel.from(await loadExisting(loaders.project, benefit.projectId, 'Project'));
  }

  @ResolveField(() => OrganisationModel)
  async receiver(@Parent() benefit: BenefitModel, @Context() { loaders }: GraphqlContext): Promise<OrganisationModel> {
    return OrganisationModel.from(await loadExisting(loaders.organisation, benefit.receiverId, 'Organisation'));
  }

  @ResolveField(() => [BenefitTargetModel])
  async targets(
    @Parent() benefit: BenefitModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BenefitTargetModel[]> {
    return (await loaders.targetsByBenefit.load(benefit.id, info)).map(BenefitTargetModel.from);
  }

  @ResolveField(() => [BenefitForecastModel], {
    description: 'The owner’s current expectation per fiscal year, beside target and measurement.',
  })
  async forecasts(
    @Parent() benefit: BenefitModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BenefitForecastModel[]> {
    return (await loaders.forecastsByBenefit.load(benefit.id, info)).map(BenefitForecastModel.from);
  }

  @ResolveField(() => [BenefitMeasurementModel])
  async measurements(
    @Parent() benefit: BenefitModel,
    @Context() { loaders }: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BenefitMeasurementModel[]> {
    return (await loaders.measurementsByBenefit.load(benefit.id, info)).map(BenefitMeasurementModel.from);
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

@ArgsType()
export class ConfirmMeasurementArgs extends VersionedRowArgs {
  @Field({ description: 'The receiving organisation’s reference, e.g. the budget decision that takes the saving out.' })
  @IsString()
  @Length(3, 300, { message: 'must cite the receiver’s reference in 3 to 300 characters' })
  reference!: string;

  @Field({ nullable: true, description: 'Required when the programme office confirms on the receiver’s behalf: why.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

@Resolver(() => BenefitMeasurementModel)
export class MeasurementsResolver {
  constructor(private readonly benefits: BenefitsService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  confirmedBy(@Parent() measurement: BenefitMeasurementModel, @Context() { loaders }: GraphqlContext): Promise<PersonModel | null> {
    return PersonModel.load(loaders.user, measurement.confirmedById);
  }

  @ResolveField(() => BenefitModel)
  async benefit(@Parent() measurement: BenefitMeasurementModel, @Context() { loaders }: GraphqlContext): Promise<BenefitModel> {
    return BenefitModel.from(await loadExisting(loaders.benefit, measurement.benefitId, 'Benefit'));
  }

  @Allow(SIGNED_IN)
  @Query(() => [BenefitMeasurementModel], {
    description: 'Validated savings waiting for their receiver’s confirmation (a partner: those its organisation receives).',
  })
  async measurementsToConfirm(@Args('programmeId', { type: () => ID }) programmeId: string): Promise<BenefitMeasurementModel[]> {
    return (await this.benefits.toConfirm(programmeId)).map(BenefitMeasurementModel.from);
  }

  @Allow(PROJECT_EDITORS)
  @Mutation(() => BenefitMeasurementModel, {
    description:
      'The receiving organisation confirms a VALIDATED saving (or the programme office on its behalf, with a reason); harvesting needs it.',
  })
  async confirmMeasurement(@Args() { id, version, reference, reason }: ConfirmMeasurementArgs): Promise<BenefitMeasurementModel> {
    return BenefitMeasurementModel.from(await this.benefits.confirmMeasurement(id, version, reference, reason ?? undefined));
  }

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

  @Allow(PROGRAMME_EDITORS)
  @Mutation(() => BenefitMeasurementModel, { description: 'REPORTED → VALIDATED.' })
  async validateMeasurement(@Args() { id, version }: VersionedRowArgs): Promise<BenefitMeasurementModel> {
    return BenefitMeasurementModel.from(await this.benefits.validateMeasurement(id, version));
  }

  @Allow(PROGRAMME_EDITORS)
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
