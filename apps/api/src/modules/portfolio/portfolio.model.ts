import { DoubleCountingModel } from './double-counting.model.js';
import { ConfidencePictureModel, OverdueBenefitReportModel, ReportingRoundProgressModel, RiskCellModel } from './governance.model.js';
import { LocalDateScalar } from '../../common/graphql/local-date.scalar.js';
import type { ProjectFilter } from '../projects/project.inputs.js';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ProjectPhase, Rag, ReportDimension, Sector } from '@tvaers/domain';
import { RAG_VALUES } from '@tvaers/domain';
import { DecimalScalar } from '../../common/graphql/decimal.scalar.js';
import { LightDimensionEnum, ProjectPhaseEnum, SectorEnum } from '../../common/graphql/enums.js';

export const RagEnum = Object.fromEntries(RAG_VALUES.map((v) => [v, v])) as Record<Rag, Rag>;
registerEnumType(RagEnum, { name: 'Rag', description: 'Traffic light; GREY when nothing is due yet.' });

@ObjectType('PortfolioYear')
export class PortfolioYearModel {
  @Field(() => Int) fiscalYear!: number;
  @Field(() => DecimalScalar) plannedCost!: string;
  @Field(() => DecimalScalar) actualCost!: string;
  @Field(() => DecimalScalar, { description: 'Monetised targets.' }) plannedBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Monetised VALIDATED and HARVESTED measurements.' }) realisedBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Monetised HARVESTED measurements.' }) harvestedBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Hours freed (validated or harvested measurements in HOURS).' }) hoursFreed!: string;
  @Field(() => DecimalScalar, { description: 'FTE freed (validated or harvested measurements in FTE).' }) fteFreed!: string;
}

@ObjectType('ProjectFigures', { description: 'One project’s business-case figures and lights, as computed for the portfolio.' })
export class ProjectFiguresModel {
  @Field(() => ID) projectId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => ProjectPhaseEnum) phase!: ProjectPhase;
  @Field(() => ID, { nullable: true }) trackId!: string | null;
  @Field(() => DecimalScalar) budget!: string;
  @Field(() => DecimalScalar, {
    description: 'Budget funded by the programme’s fund organisation; the whole budget when the programme names none.',
  })
  coFunding!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Total cost of the current approved baseline.' }) baselineCost!: string | null;
  @Field(() => DecimalScalar, {
    description: 'Estimate at completion: actuals of earlier years, the as-of year’s budget unless exceeded by its actuals, later budgets.',
  })
  forecastCost!: string;
  @Field(() => DecimalScalar) actualCost!: string;
  @Field(() => DecimalScalar) npv!: string;
  @Field(() => DecimalScalar) realisedNpv!: string;
  @Field(() => DecimalScalar) netBenefit!: string;
  @Field(() => Int, { nullable: true }) paybackYear!: number | null;
  @Field(() => DecimalScalar, { nullable: true }) realisationRate!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) adoptionCoverage!: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Mean achievement ratio (validated ÷ target, to date, each capped at 1) of the non-monetised quantified benefits.',
  })
  achievementRate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'End date of the current baseline (the planned end without one).' })
  baselineEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) forecastEnd!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) actualEnd!: string | null;
  @Field(() => DecimalScalar, { description: 'Monetised benefits of the current baseline’s targets (all targets without a baseline).' })
  baselineBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Monetised benefits expected now: the owner’s forecast per year, else the target.' })
  forecastBenefit!: string;
  @Field(() => DecimalScalar, { description: 'Monetised validated and harvested benefits so far.' }) actualBenefit!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Actual start, else planned start.' }) startDate!: string | null;
  @Field(() => [VarianceModel], {
    description: 'How far each forecast deviates from the baseline, and whether a status report must explain it.',
  })
  variances!: VarianceModel[];
  @Field(() => RagEnum) costRag!: Rag;
  @Field(() => RagEnum) scheduleRag!: Rag;
  @Field(() => RagEnum) benefitRag!: Rag;
}

@ObjectType('Variance')
export class VarianceModel {
  @Field(() => LightDimensionEnum) dimension!: ReportDimension;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '|forecast − baseline| ÷ baseline; null when it cannot be a rate (zero baseline, no dates).',
  })
  rate!: string | null;
  @Field({ description: 'Above the programme’s variance threshold: a status report must explain it.' }) needsExplanation!: boolean;
}

@ObjectType('PhaseCount')
export class PhaseCountModel {
  @Field(() => ProjectPhaseEnum) phase!: ProjectPhase;
  @Field(() => Int) count!: number;
}

@ObjectType('RagCount')
export class RagCountModel {
  @Field(() => RagEnum) rag!: Rag;
  @Field(() => Int) count!: number;
}

@ObjectType('LightDistribution', { description: 'How many active projects (approved to closed) show each light.' })
export class LightDistributionModel {
  @Field(() => [RagCountModel]) cost!: RagCountModel[];
  @Field(() => [RagCountModel]) schedule!: RagCountModel[];
  @Field(() => [RagCountModel]) benefit!: RagCountModel[];
}

@ObjectType('TrackFigures')
export class TrackFiguresModel {
  @Field(() => ID, { nullable: true }) trackId!: string | null;
  @Field(() => String, { nullable: true }) code!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int) projects!: number;
  @Field(() => DecimalScalar) budget!: string;
  @Field(() => DecimalScalar) actualCost!: string;
  @Field(() => DecimalScalar) npv!: string;
}

@ObjectType('SectorFigures')
export class SectorFiguresModel {
  @Field(() => SectorEnum) sector!: Sector;
  @Field(() => Int, { description: 'Organisations of the sector taking part in projects.' }) organisations!: number;
  @Field(() => Int, { description: 'Projects with a partner of the sector.' }) projects!: number;
  @Field(() => DecimalScalar, { description: 'Budget funded by the sector.' }) budget!: string;
  @Field(() => DecimalScalar, { description: 'Costs paid by the sector.' }) actualCost!: string;
  @Field(() => DecimalScalar, { description: 'Monetised targets received by the sector.' }) plannedBenefitReceived!: string;
}

@ObjectType('PortfolioSummary', { description: 'A programme at a glance, as of a fiscal year.' })
export class PortfolioSummaryModel {
  @Field(() => ID) programmeId!: string;
  /** Not in the schema: the filter the summary was computed for, for field resolvers. */
  filter?: ProjectFilter;
  @Field() currency!: string;
  @Field(() => Int) asOfYear!: number;
  @Field(() => DecimalScalar) fundingEnvelope!: string;
  @Field(() => DecimalScalar) totalBudget!: string;
  @Field(() => DecimalScalar, { description: 'Σ current approved baselines.' }) baselineCost!: string;
  @Field(() => DecimalScalar) actualCost!: string;
  @Field(() => DecimalScalar) plannedBenefit!: string;
  @Field(() => DecimalScalar) realisedBenefit!: string;
  @Field(() => DecimalScalar) harvestedBenefit!: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Portfolio realisation rate as of asOfYear.' }) realisationRate!:
    string | null;
  @Field(() => DecimalScalar, { nullable: true }) harvestRate!: string | null;
  @Field(() => DecimalScalar) hoursFreed!: string;
  @Field(() => DecimalScalar) fteFreed!: string;
  @Field(() => Int) adoptionTargeted!: number;
  @Field(() => Int) adoptionLive!: number;
  @Field(() => DecimalScalar, { nullable: true }) adoptionCoverage!: string | null;
  @Field(() => DecimalScalar, {
    description: 'Adoption-driven benefits still waiting on organisations not live yet, monetised per full year.',
  })
  adoptionWaitingBenefit!: string;
  @Field(() => Int, { description: 'Organisations not live yet in projects with adoption-driven benefits.' })
  adoptionWaitingOrganisations!: number;
  @Field(() => [PortfolioYearModel]) years!: PortfolioYearModel[];
  @Field(() => [PhaseCountModel]) phases!: PhaseCountModel[];
  @Field(() => LightDistributionModel) lights!: LightDistributionModel;
  @Field(() => [TrackFiguresModel]) tracks!: TrackFiguresModel[];
  @Field(() => [SectorFiguresModel]) sectors!: SectorFiguresModel[];
  @Field(() => [ProjectFiguresModel]) projects!: ProjectFiguresModel[];
  @Field(() => [ProjectFiguresModel], { description: 'Five highest NPVs.' }) bestByNpv!: ProjectFiguresModel[];
  @Field(() => [ProjectFiguresModel], { description: 'Five lowest NPVs.' }) worstByNpv!: ProjectFiguresModel[];
  @Field(() => [ProjectFiguresModel], { description: 'Five highest realisation rates.' }) bestByRealisation!: ProjectFiguresModel[];
  @Field(() => [ProjectFiguresModel], { description: 'Five lowest realisation rates.' }) worstByRealisation!: ProjectFiguresModel[];
  @Field(() => [RiskCellModel], { description: 'The 5×5 matrix of active (open or mitigating) risks by inherent probability and impact.' })
  riskMatrix!: RiskCellModel[];
  @Field(() => [RiskCellModel], { description: 'The same risks by residual scores (inherent where not yet assessed).' })
  residualRiskMatrix!: RiskCellModel[];
  @Field(() => Int, { description: 'Active risks whose review date has passed.' }) riskReviewsOverdue!: number;
  @Field(() => ConfidencePictureModel) confidence!: ConfidencePictureModel;
  @Field(() => [ReportingRoundProgressModel], { description: 'The programme’s reporting rounds, newest first.' })
  reportingRounds!: ReportingRoundProgressModel[];
  @Field(() => [OverdueBenefitReportModel]) overdueBenefitReports!: OverdueBenefitReportModel[];
  @Field(() => DoubleCountingModel, { description: 'Benefits of different projects claiming the same saving (receiver, process, years).' })
  doubleCounting!: DoubleCountingModel;
}

@ObjectType('WrongPocketCell', { description: 'Planned benefit received by `receiver` that `payer` funds by its cost share.' })
export class WrongPocketCellModel {
  @Field() payerKey!: string;
  @Field() payerLabel!: string;
  @Field() receiverKey!: string;
  @Field() receiverLabel!: string;
  @Field(() => DecimalScalar) amount!: string;
}

@ObjectType('WrongPocket')
export class WrongPocketModel {
  @Field() groupBy!: string;
  @Field(() => [WrongPocketCellModel]) cells!: WrongPocketCellModel[];
  @Field(() => DecimalScalar, { description: 'Σ cells: the programme’s total planned monetised benefit of projects with a budget.' })
  total!: string;
}

@ObjectType('ProposalRank', { description: 'A PROPOSED project ranked by NPV per krone of programme co-funding asked for.' })
export class ProposalRankModel {
  @Field(() => Int) rank!: number;
  @Field(() => ProjectFiguresModel) project!: ProjectFiguresModel;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'NPV ÷ programme co-funding (project.coFunding), 4 decimals; null when no co-funding is asked for (ranked last).',
  })
  npvPerKrone!: string | null;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Co-funding ÷ budget, e.g. "0.5000" for the Norwegian scheme’s cap of half; null without a budget.',
  })
  coFundingShare!: string | null;
}
