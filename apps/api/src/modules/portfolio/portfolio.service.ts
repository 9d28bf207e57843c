import { Injectable } from '@nestjs/common';
import {
  DELIVERY_CONFIDENCES,
  doubleCountedAmount,
  overlappingYears,
  deviations,
  dimensionsNeedingExplanation,
  type OutlookFigures,
  type ReportDimension,
  type DeliveryConfidence,
  type NonMonetisedBenefit,
  currentFiscalYear,
  Decimal,
  PROJECT_PHASES,
  type ProjectPhase,
  RAG_VALUES,
  rankProposals as rankByNpvPerKrone,
  type Rag,
  type Sector,
  type Tolerances,
  PHASES_WITH_A_PLAN,
  projectFigures,
  tolerancesProblem,
  withTolerances,
} from '@tvaers/domain';
import { invalidField } from '../../common/errors/domain-errors.js';
import { lightChanges } from './tolerance-preview.js';
import type { TolerancePreviewModel } from './tolerance-preview.model.js';
import { DataSource } from 'typeorm';
import { ReadDatabase } from '../../database/read-database.js';
import { moneyOutput, rateOutput } from '../../common/graphql/decimal-output.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TrackEntity } from '../programmes/track.entity.js';
import { tolerancesOf } from '../programmes/programme-tolerances.js';
import type {
  PortfolioSummaryModel,
  ProjectFiguresModel,
  ProposalRankModel,
  RagCountModel,
  VarianceModel,
  WrongPocketModel,
} from './portfolio.model.js';
import type { ProjectFilter } from '../projects/project.inputs.js';
import { scopeParameters } from '../projects/project-scope.js';
import {
  ADOPTION_WAITING_SQL,
  DOUBLE_COUNTING_SQL,
  GOVERNANCE_SQL,
  PORTFOLIO_TOTALS_SQL,
  PROJECT_FIGURES_SQL,
  RISKS_IN_CELL_SQL,
  WRONG_POCKET_SQL,
} from './portfolio.sql.js';
import type { DoubleCountingModel } from './double-counting.model.js';
import type {
  ConfidenceCountModel,
  ConfidencePictureModel,
  ConfidenceRatingModel,
  OverdueBenefitReportModel,
  ReportingRoundProgressModel,
  RiskCellModel,
} from './governance.model.js';

interface ProjectRow {
  id: string;
  code: string;
  title: string;
  phase: string;
  track_id: string | null;
  forecast_end: string | null;
  planned_end: string | null;
  budget: string;
  co_funding: string;
  budget_current_year: string;
  budget_later_years: string;
  actual_cost: string;
  actual_cost_before: string;
  actual_cost_current_year: string;
  planned_benefit_to_date: string;
  realised_benefit_to_date: string;
  realised_benefit: string;
  harvested_benefit: string;
  npv: string;
  net_benefit: string;
  realised_npv: string;
  payback_year: number | null;
  baseline_cost: string | null;
  baseline_end: string | null;
  adoption_targeted: number;
  adoption_live: number;
  start_date: string | null;
  actual_end: string | null;
  forecast_benefit: string;
  baseline_benefit: string;
  non_monetised: NonMonetisedBenefit[];
}

interface GovernanceRow {
  inherent: RiskCellModel[];
  residual: RiskCellModel[];
  review_overdue: number;
  ratings: ConfidenceRatingModel[];
  rounds: ReportingRoundProgressModel[];
  overdue_benefit_reports: OverdueBenefitReportModel[];
}

interface ClaimYear {
  fiscalYear: number;
  value: string;
  amount: string;
}

interface DoubleCountingRow {
  a_id: string;
  a_title: string;
  a_project_id: string;
  a_code: string;
  b_id: string;
  b_title: string;
  b_project_id: string;
  b_code: string;
  a_years: ClaimYear[];
  b_years: ClaimYear[];
}

/** The candidate pairs that really overlap in years (libs/domain), and the amount at risk. */
function doubleCountingOf(rows: DoubleCountingRow[]): DoubleCountingModel {
  const values = (years: ClaimYear[]) => years.map((y) => ({ fiscalYear: y.fiscalYear, amount: y.value }));
  const amounts = (years: ClaimYear[]) => years.map((y) => ({ fiscalYear: y.fiscalYear, amount: y.amount }));
  const items = rows
    .map((r) => ({ row: r, fiscalYears: overlappingYears(values(r.a_years), values(r.b_years)) }))
    .filter((x) => x.fiscalYears.length > 0)
    .map(({ row: r, fiscalYears }) => ({
      a: { benefitId: r.a_id, title: r.a_title, projectId: r.a_project_id, projectCode: r.a_code },
      b: { benefitId: r.b_id, title: r.b_title, projectId: r.b_project_id, projectCode: r.b_code },
      fiscalYears,
      amount: doubleCountedAmount(amounts(r.a_years), amounts(r.b_years)),
    }));
  return {
    pairs: items.length,
    amount: moneyOutput(sum(items.map((i) => i.amount))),
    items: items.map((i) => ({ ...i, amount: moneyOutput(i.amount) })),
  };
}

const CONFIDENCE_RANK = new Map<string | null, number>(DELIVERY_CONFIDENCES.map((c, i) => [c, i]));

function confidenceCounts(
  ratings: ConfidenceRatingModel[],
  of: (r: ConfidenceRatingModel) => DeliveryConfidence | null,
): ConfidenceCountModel[] {
  return [...DELIVERY_CONFIDENCES, null].map((confidence) => ({ confidence, count: ratings.filter((r) => of(r) === confidence).length }));
}

/** Both distributions, and the projects whose ratings differ (widest gap first, then by code). */
function confidencePicture(ratings: ConfidenceRatingModel[]): ConfidencePictureModel {
  const gap = (r: ConfidenceRatingModel) => Math.abs(CONFIDENCE_RANK.get(r.own)! - CONFIDENCE_RANK.get(r.office)!);
  return {
    own: confidenceCounts(ratings, (r) => r.own),
    office: confidenceCounts(ratings, (r) => r.office),
    disagreements: ratings
      .filter((r) => r.own && r.office && r.own !== r.office)
      .sort((a, b) => gap(b) - gap(a) || a.code.localeCompare(b.code)),
    ratings,
  };
}

const sum = (values: Decimal.Value[]) => values.reduce<Decimal>((total, v) => total.plus(v), new Decimal(0));

/** A project's figures (libs/domain projectFigures) from its sums, as the GraphQL model gives them. */
function figuresOf(row: ProjectRow, programme: ProgrammeEntity, tolerances: Tolerances, asOf: number): ProjectFiguresModel {
  const { forecastCost, realisation, achievement, baselineEnd, forecastEnd, costRag, scheduleRag, benefitRag } = projectFigures(
    {
      budget: row.budget,
      actualCostBefore: row.actual_cost_before,
      actualCostCurrentYear: row.actual_cost_current_year,
      budgetCurrentYear: row.budget_current_year,
      budgetLaterYears: row.budget_later_years,
      baselineCost: row.baseline_cost,
      baselineEnd: row.baseline_end,
      plannedEnd: row.planned_end,
      forecastEnd: row.forecast_end,
      plannedBenefitToDate: row.planned_benefit_to_date,
      realisedBenefitToDate: row.realised_benefit_to_date,
      nonMonetised: row.non_monetised,
    },
    tolerances,
    asOf,
  );
  const figures: Omit<ProjectFiguresModel, 'variances'> = {
    projectId: row.id,
    code: row.code,
    title: row.title,
    phase: row.phase as ProjectPhase,
    trackId: row.track_id,
    budget: moneyOutput(row.budget),
    coFunding: moneyOutput(programme.fundOrganisationId ? row.co_funding : row.budget),
    baselineCost: row.baseline_cost === null ? null : moneyOutput(row.baseline_cost),
    forecastCost: moneyOutput(forecastCost),
    actualCost: moneyOutput(row.actual_cost),
    npv: moneyOutput(row.npv),
    realisedNpv: moneyOutput(row.realised_npv),
    netBenefit: moneyOutput(row.net_benefit),
    paybackYear: row.payback_year,
    realisationRate: rateOutput(realisation),
    adoptionCoverage: row.adoption_targeted ? rateOutput(new Decimal(row.adoption_live).dividedBy(row.adoption_targeted)) : null,
    costRag,
    scheduleRag,
    benefitRag,
    achievementRate: rateOutput(achievement),
    startDate: row.start_date,
    baselineEnd,
    forecastEnd,
    actualEnd: row.actual_end,
    baselineBenefit: moneyOutput(row.baseline_benefit),
    forecastBenefit: moneyOutput(row.forecast_benefit),
    actualBenefit: moneyOutput(row.realised_benefit),
  };
  // The variances are worked out when read: a portfolio summary of 10,000 projects reads the lights and
  // totals of every project but the variances of none, and they were a third of its time.
  let variances: VarianceModel[] | undefined;
  return Object.defineProperty(figures, 'variances', {
    enumerable: true,
    get: () =>
      (variances ??= variancesOf(
        {
          baselineCost: row.baseline_cost ?? row.budget,
          forecastCost: forecastCost.toString(),
          start: row.start_date,
          baselineEnd,
          forecastEnd,
          baselineBenefit: row.baseline_benefit,
          forecastBenefit: row.forecast_benefit,
        },
        programme.varianceThreshold,
      )),
  }) as ProjectFiguresModel;
}

function variancesOf(outlook: OutlookFigures, threshold: string): VarianceModel[] {
  const needs = new Set(dimensionsNeedingExplanation(outlook, threshold));
  return Object.entries(deviations(outlook)).map(([dimension, rate]) => ({
    dimension: dimension as ReportDimension,
    rate: rateOutput(rate),
    needsExplanation: needs.has(dimension as ReportDimension),
  }));
}

function distribution(projects: ProjectFiguresModel[], light: (p: ProjectFiguresModel) => Rag): RagCountModel[] {
  return RAG_VALUES.map((rag) => ({ rag, count: projects.filter((p) => light(p) === rag).length }));
}

/** Projects ordered by a figure, highest first, ties by code; each figure parsed once, not per comparison. */
function rankedBy(projects: ProjectFiguresModel[], value: (p: ProjectFiguresModel) => string | null): ProjectFiguresModel[] {
  return projects
    .map((project) => ({ project, key: new Decimal(value(project) ?? 0) }))
    .sort((a, b) => b.key.comparedTo(a.key) || a.project.code.localeCompare(b.project.code))
    .map(({ project }) => project);
}

type JsonRow = Record<string, string | number>;

type SummaryPart<K extends keyof PortfolioSummaryModel> = Pick<PortfolioSummaryModel, K>;

/** Planned, realised and harvested benefit, the rates between them, and the hours and FTE freed. */
function benefitTotals(
  rows: ProjectRow[],
  years: JsonRow[],
): SummaryPart<'plannedBenefit' | 'realisedBenefit' | 'harvestedBenefit' | 'realisationRate' | 'harvestRate' | 'hoursFreed' | 'fteFreed'> {
  const plannedToDate = sum(rows.map((r) => r.planned_benefit_to_date));
  const realisedToDate = sum(rows.map((r) => r.realised_benefit_to_date));
  const realised = sum(rows.map((r) => r.realised_benefit));
  const harvested = sum(rows.map((r) => r.harvested_benefit));
  return {
    plannedBenefit: moneyOutput(sum(years.map((y) => y['planned_benefit'] as string))),
    realisedBenefit: moneyOutput(realised),
    harvestedBenefit: moneyOutput(harvested),
    realisationRate: plannedToDate.isZero() ? null : rateOutput(realisedToDate.dividedBy(plannedToDate)),
    harvestRate: realised.isZero() ? null : rateOutput(harvested.dividedBy(realised)),
    hoursFreed: new Decimal(sum(years.map((y) => y['hours_freed'] as string))).toFixed(),
    fteFreed: new Decimal(sum(years.map((y) => y['fte_freed'] as string))).toFixed(),
  };
}

/** How many organisations a project targets and has live, and the benefit waiting for the rest. */
function adoptionTotals(
  rows: ProjectRow[],
  waiting: { amount: string; organisations: number },
): SummaryPart<'adoptionTargeted' | 'adoptionLive' | 'adoptionCoverage' | 'adoptionWaitingBenefit' | 'adoptionWaitingOrganisations'> {
  const targeted = rows.reduce((n, r) => n + r.adoption_targeted, 0);
  const live = rows.reduce((n, r) => n + r.adoption_live, 0);
  return {
    adoptionTargeted: targeted,
    adoptionLive: live,
    adoptionCoverage: targeted ? rateOutput(new Decimal(live).dividedBy(targeted)) : null,
    adoptionWaitingBenefit: moneyOutput(waiting.amount),
    adoptionWaitingOrganisations: waiting.organisations,
  };
}

function yearFigures(y: JsonRow): PortfolioSummaryModel['years'][number] {
  return {
    fiscalYear: y['fiscal_year'] as number,
    plannedCost: moneyOutput(y['planned_cost']!),
    actualCost: moneyOutput(y['actual_cost']!),
    plannedBenefit: moneyOutput(y['planned_benefit']!),
    realisedBenefit: moneyOutput(y['realised_benefit']!),
    harvestedBenefit: moneyOutput(y['harvested_benefit']!),
    hoursFreed: new Decimal(y['hours_freed']!).toFixed(),
    fteFreed: new Decimal(y['fte_freed']!).toFixed(),
  };
}

/** Each track's projects, budget, spent and NPV, then the projects without a track (when there are any). */
function trackFigures(tracks: TrackEntity[], projects: ProjectFiguresModel[]): PortfolioSummaryModel['tracks'] {
  const groups = [
    ...tracks.map((t) => ({ trackId: t.id as string | null, code: t.code as string | null, name: t.name as string | null })),
    { trackId: null, code: null, name: null },
  ];
  return groups
    .map((t) => {
      const inTrack = projects.filter((p) => p.trackId === t.trackId);
      return {
        ...t,
        projects: inTrack.length,
        budget: moneyOutput(sum(inTrack.map((p) => p.budget))),
        actualCost: moneyOutput(sum(inTrack.map((p) => p.actualCost))),
        npv: moneyOutput(sum(inTrack.map((p) => p.npv))),
      };
    })
    .filter((t) => t.trackId !== null || t.projects > 0);
}

function sectorFigures(s: JsonRow): PortfolioSummaryModel['sectors'][number] {
  return {
    sector: s['sector'] as Sector,
    organisations: s['organisations'] as number,
    projects: s['projects'] as number,
    budget: moneyOutput(s['budget']!),
    actualCost: moneyOutput(s['actual_cost']!),
    plannedBenefitReceived: moneyOutput(s['planned_benefit_received']!),
  };
}

/** The five best and worst projects by NPV and by benefit realisation. */
function rankings(projects: ProjectFiguresModel[]): SummaryPart<'bestByNpv' | 'worstByNpv' | 'bestByRealisation' | 'worstByRealisation'> {
  const byNpv = rankedBy(projects, (p) => p.npv);
  const byRealisation = rankedBy(
    projects.filter((p) => p.realisationRate !== null),
    (p) => p.realisationRate,
  );
  return {
    bestByNpv: byNpv.slice(0, 5),
    worstByNpv: byNpv.slice(-5).reverse(),
    bestByRealisation: byRealisation.slice(0, 5),
    worstByRealisation: byRealisation.slice(-5).reverse(),
  };
}

/** Risks, delivery confidence, reporting rounds and overdue benefit reports, from GOVERNANCE_SQL. */
function governanceFigures(
  governance: GovernanceRow,
): SummaryPart<'riskMatrix' | 'residualRiskMatrix' | 'riskReviewsOverdue' | 'confidence' | 'reportingRounds' | 'overdueBenefitReports'> {
  return {
    riskMatrix: governance.inherent,
    residualRiskMatrix: governance.residual,
    riskReviewsOverdue: governance.review_overdue,
    confidence: confidencePicture(governance.ratings),
    reportingRounds: governance.rounds,
    overdueBenefitReports: governance.overdue_benefit_reports,
  };
}

@Injectable()
export class PortfolioService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly read: ReadDatabase,
  ) {}

  defaultAsOfYear(programme: ProgrammeEntity, today = new Date()): number {
    return currentFiscalYear(programme.fiscalYearStartMonth, today);
  }

  private async programmeAndYear(
    programmeId: string,
    asOfYear?: number,
    database = this.dataSource,
  ): Promise<{ programme: ProgrammeEntity; asOf: number }> {
    const programme = await findOrFail(database.manager, ProgrammeEntity, 'Programme', programmeId);
    return { programme, asOf: asOfYear ?? this.defaultAsOfYear(programme) };
  }

  /** Figures of the programme's projects (or of `projectIds` among them), as of a fiscal year. */
  async projectFigures(
    programmeId: string,
    asOfYear?: number,
    filter?: ProjectFilter,
    projectIds?: string[],
  ): Promise<{ programme: ProgrammeEntity; asOf: number; projects: ProjectFiguresModel[] }> {
    const { programme, asOf } = await this.programmeAndYear(programmeId, asOfYear);
    const rows: ProjectRow[] = await this.dataSource.query(PROJECT_FIGURES_SQL, [
      programmeId,
      asOf,
      ...scopeParameters(filter, projectIds),
    ]);
    const tolerances = tolerancesOf(programme);
    return { programme, asOf, projects: rows.map((row) => figuresOf(row, programme, tolerances, asOf)) };
  }

  /** Which projects' lights would change colour if the programme's tolerances were changed as given. */
  async tolerancePreview(programmeId: string, changes: Partial<Tolerances>): Promise<TolerancePreviewModel> {
    const { programme, asOf } = await this.programmeAndYear(programmeId);
    const current = tolerancesOf(programme);
    const proposed = withTolerances(current, changes);
    const problem = tolerancesProblem(proposed);
    if (problem) throw invalidField(`tolerances.${problem.field}`, problem.message);
    const rows: ProjectRow[] = await this.dataSource.query(PROJECT_FIGURES_SQL, [
      programmeId,
      asOf,
      ...scopeParameters(undefined, undefined),
    ]);
    return lightChanges(
      rows.map((row) => figuresOf(row, programme, current, asOf)),
      rows.map((row) => figuresOf(row, programme, proposed, asOf)),
    );
  }

  /** The active risks of the filtered portfolio, optionally only those in one cell of the (inherent or residual) matrix. */
  async riskIdsInCell(
    programmeId: string,
    filter: ProjectFilter | undefined,
    cell: { probability?: number | null; impact?: number | null; residual: boolean },
  ): Promise<string[]> {
    await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', programmeId);
    const rows: { id: string }[] = await this.dataSource.query(RISKS_IN_CELL_SQL, [
      programmeId,
      cell.residual,
      ...scopeParameters(filter),
      cell.probability ?? null,
      cell.impact ?? null,
    ]);
    return rows.map((r) => r.id);
  }

  async summary(programmeId: string, asOfYear?: number, filter?: ProjectFilter): Promise<PortfolioSummaryModel> {
    // The dashboard's heavy statements go to the read replica when there is one.
    const database = this.read.source;
    const { programme, asOf } = await this.programmeAndYear(programmeId, asOfYear, database);
    // Every statement takes the same parameters: programme, as-of year, the filter.
    const parameters = [programmeId, asOf, ...scopeParameters(filter)];
    const [rows, [totals], [governance], doubleCounting, [waiting], tracks] = await Promise.all([
      database.query(PROJECT_FIGURES_SQL, parameters) as Promise<ProjectRow[]>,
      database.query(PORTFOLIO_TOTALS_SQL, parameters) as Promise<{ years: JsonRow[]; sectors: JsonRow[] }[]>,
      database.query(GOVERNANCE_SQL, parameters) as Promise<GovernanceRow[]>,
      database.query(DOUBLE_COUNTING_SQL, parameters) as Promise<DoubleCountingRow[]>,
      database.query(ADOPTION_WAITING_SQL, parameters) as Promise<{ amount: string; organisations: number }[]>,
      database.manager.find(TrackEntity, { where: { programmeId }, order: { code: 'ASC' } }),
    ]);
    const { years, sectors } = totals!;
    const tolerances = tolerancesOf(programme);
    const projects = rows.map((row) => figuresOf(row, programme, tolerances, asOf));
    const active = projects.filter((p) => PHASES_WITH_A_PLAN.has(p.phase));
    return {
      programmeId,
      filter,
      currency: programme.currency,
      asOfYear: asOf,
      fundingEnvelope: programme.fundingEnvelope,
      totalBudget: moneyOutput(sum(projects.map((p) => p.budget))),
      baselineCost: moneyOutput(sum(projects.map((p) => p.baselineCost ?? 0))),
      actualCost: moneyOutput(sum(projects.map((p) => p.actualCost))),
      ...benefitTotals(rows, years),
      ...adoptionTotals(rows, waiting!),
      years: years.map(yearFigures),
      phases: PROJECT_PHASES.map((phase) => ({ phase, count: projects.filter((p) => p.phase === phase).length })),
      lights: {
        cost: distribution(active, (p) => p.costRag),
        schedule: distribution(active, (p) => p.scheduleRag),
        benefit: distribution(active, (p) => p.benefitRag),
      },
      tracks: trackFigures(tracks, projects),
      sectors: sectors.map(sectorFigures),
      projects,
      ...rankings(projects),
      ...governanceFigures(governance!),
      doubleCounting: doubleCountingOf(doubleCounting),
    };
  }

  async wrongPocket(programmeId: string, groupBy: 'SECTOR' | 'ORGANISATION', filter?: ProjectFilter): Promise<WrongPocketModel> {
    const database = this.read.source;
    await findOrFail(database.manager, ProgrammeEntity, 'Programme', programmeId);
    const rows: { payer_key: string; payer_label: string; receiver_key: string; receiver_label: string; amount: string; total: string }[] =
      await database.query(WRONG_POCKET_SQL, [programmeId, groupBy, ...scopeParameters(filter)]);
    return {
      groupBy,
      cells: rows.map((r) => ({
        payerKey: r.payer_key,
        payerLabel: r.payer_label,
        receiverKey: r.receiver_key,
        receiverLabel: r.receiver_label,
        amount: moneyOutput(r.amount),
      })),
      total: moneyOutput(rows[0]?.total ?? '0'),
    };
  }

  async rankProposals(programmeId: string, asOfYear?: number): Promise<ProposalRankModel[]> {
    const { projects } = await this.projectFigures(programmeId, asOfYear);
    return rankByNpvPerKrone(projects.filter((p) => p.phase === 'PROPOSED')).map(({ proposal: project, npvPerKrone }, index) => ({
      rank: index + 1,
      project,
      npvPerKrone: rateOutput(npvPerKrone),
      coFundingShare: new Decimal(project.budget).isZero() ? null : rateOutput(new Decimal(project.coFunding).dividedBy(project.budget)),
    }));
  }
}
