import { Injectable } from '@nestjs/common';
import {
  canMoveStatusReport,
  Decimal,
  type DeliveryConfidence,
  fiscalYearOf,
  isStatusReportEditable,
  periodBounds,
  type ReportDimension,
  riskScore,
  type StatusReportState,
} from '@tvaers/domain';
import { currentUser } from '../../auth/request-context.js';
import { ProjectIssueEntity } from '../risks/project-issue.entity.js';
import { RiskEntity } from '../risks/risk.entity.js';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { ConflictError, invalidField, InvalidInputError, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import { findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { StatusReportEntity } from './status-report.entity.js';
import {
  type CreateStatusReportInput,
  LightDimension,
  type LightOverrideInput,
  type UpdateStatusReportInput,
} from './status-report.model.js';

const EXPLANATION = {
  COST: 'costVarianceExplanation',
  SCHEDULE: 'scheduleVarianceExplanation',
  BENEFIT: 'benefitVarianceExplanation',
} as const satisfies Record<ReportDimension, keyof StatusReportEntity>;

function overrideColumns(overrides: LightOverrideInput[]): Partial<StatusReportEntity> {
  const dimensions = overrides.map((o) => o.dimension);
  if (new Set(dimensions).size !== dimensions.length) throw invalidField('input.overrides', 'may override each dimension once');
  const of = (d: LightDimension) => overrides.find((o) => o.dimension === d);
  const cols = (d: LightDimension) => ({ rag: of(d)?.rag ?? null, reason: of(d)?.reason.trim() ?? null });
  const [cost, schedule, benefit] = [cols(LightDimension.COST), cols(LightDimension.SCHEDULE), cols(LightDimension.BENEFIT)];
  return {
    overrideCostRag: cost.rag,
    overrideCostReason: cost.reason,
    overrideScheduleRag: schedule.rag,
    overrideScheduleReason: schedule.reason,
    overrideBenefitRag: benefit.rag,
    overrideBenefitReason: benefit.reason,
  };
}

@Injectable()
export class StatusReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly portfolio: PortfolioService,
  ) {}

  /** The rules' lights for a project as of the fiscal year in which the period ends. */
  private async computedLights(project: ProjectEntity, period: string): Promise<Partial<StatusReportEntity>> {
    const bounds = periodBounds(period);
    if (!bounds) throw invalidField('input.period', 'must be a half-year such as 2026-H1');
    const programme = await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', project.programmeId);
    const { projects } = await this.portfolio.projectFigures(
      programme.id,
      fiscalYearOf(bounds.end, programme.fiscalYearStartMonth),
      undefined,
      [project.id],
    );
    const figures = projects[0]!;
    return { computedCostRag: figures.costRag, computedScheduleRag: figures.scheduleRag, computedBenefitRag: figures.benefitRag };
  }

  async create(input: CreateStatusReportInput): Promise<StatusReportEntity> {
    const project = await findOrFail(this.dataSource.manager, ProjectEntity, 'Project', input.projectId);
    const lights = await this.computedLights(project, input.period);
    return this.dataSource.transaction(async (m) => {
      if (await m.exists(StatusReportEntity, { where: { projectId: input.projectId, period: input.period } })) {
        throw invalidField('input.period', `the project already has a report for ${input.period}; edit that one`);
      }
      return insertAndReload(m, StatusReportEntity, 'StatusReport', {
        projectId: input.projectId,
        period: input.period,
        selfAssessedRag: input.selfAssessedRag,
        narrative: input.narrative ?? '',
        deliveryConfidence: input.deliveryConfidence ?? null,
        deliveryConfidenceComment: input.deliveryConfidenceComment ?? '',
        costVarianceExplanation: input.costVarianceExplanation ?? '',
        scheduleVarianceExplanation: input.scheduleVarianceExplanation ?? '',
        benefitVarianceExplanation: input.benefitVarianceExplanation ?? '',
        state: 'DRAFT',
        ...lights,
        ...overrideColumns(input.overrides),
      });
    });
  }

  /** Edits a draft or returned report; the lights are recomputed from today's data. */
  async update({ id, version, overrides, ...patch }: UpdateStatusReportInput): Promise<StatusReportEntity> {
    const current = await findOrFail(this.dataSource.manager, StatusReportEntity, 'StatusReport', id);
    if (!isStatusReportEditable(current.state as StatusReportState)) {
      throw new InvalidTransitionError(`A ${current.state} status report can no longer be edited`);
    }
    const project = await findOrFail(this.dataSource.manager, ProjectEntity, 'Project', current.projectId);
    const lights = await this.computedLights(project, current.period);
    return updateVersioned(this.dataSource.manager, StatusReportEntity, 'StatusReport', id, version, {
      ...patch,
      ...lights,
      ...(overrides ? overrideColumns(overrides) : {}),
    });
  }

  /**
   * Submits a draft or returned report. It needs the project's own delivery confidence and an
   * explanation for every dimension whose forecast deviates from the baseline by more than the
   * programme's threshold; the outlook and the open risks and issues are frozen into the report.
   */
  submit(id: string, version: number): Promise<StatusReportEntity> {
    return this.move(id, version, 'SUBMITTED', async (m, report) => {
      if (!report.deliveryConfidence)
        throw invalidField('deliveryConfidence', 'give the project’s own delivery confidence before submitting');
      const { programme, projects } = await this.portfolio.projectFigures(
        (await findOrFail(m, ProjectEntity, 'Project', report.projectId)).programmeId,
        undefined,
        undefined,
        [report.projectId],
      );
      const figures = projects[0]!;
      const missing = figures.variances
        .filter((v) => v.needsExplanation && report[EXPLANATION[v.dimension]].trim().length < 5)
        .map((v) => ({
          field: EXPLANATION[v.dimension],
          reason: `the ${v.dimension.toLowerCase()} forecast deviates from the baseline by ${v.rate === null ? 'an amount that is no rate (zero baseline)' : `${new Decimal(v.rate).times(100).toFixed(1)} %`}, more than the programme’s ${new Decimal(programme.varianceThreshold).times(100).toFixed(1)} %: explain the variance (at least 5 characters)`,
        }));
      if (missing.length) throw new InvalidInputError(missing);
      const [risks, issues] = await Promise.all([
        m.find(RiskEntity, { where: { projectId: report.projectId, status: In(['OPEN', 'MITIGATING']) }, order: { createdAt: 'ASC' } }),
        m.find(ProjectIssueEntity, { where: { projectId: report.projectId, status: Not('RESOLVED') }, order: { createdAt: 'ASC' } }),
      ]);
      return {
        submittedAt: new Date(),
        outlook: {
          baselineCost: figures.baselineCost ?? figures.budget,
          forecastCost: figures.forecastCost,
          actualCost: figures.actualCost,
          baselineEnd: figures.baselineEnd,
          forecastEnd: figures.forecastEnd,
          actualEnd: figures.actualEnd,
          baselineBenefit: figures.baselineBenefit,
          forecastBenefit: figures.forecastBenefit,
          actualBenefit: figures.actualBenefit,
        },
        riskSnapshot: risks.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status,
          score: riskScore(r.probability, r.impact),
          residualScore: r.residualProbability && r.residualImpact ? riskScore(r.residualProbability, r.residualImpact) : null,
          owner: r.owner,
        })),
        issueSnapshot: issues.map((i) => ({ id: i.id, title: i.title, severity: i.severity, status: i.status, owner: i.owner })),
      };
    });
  }

  /** Approval needs the programme office's independent rating beside the project's own. */
  approve(id: string, version: number): Promise<StatusReportEntity> {
    return this.move(id, version, 'APPROVED', (_m, report) => {
      if (!report.officeConfidence)
        throw invalidField('officeConfidence', 'the programme office rates the report (rateStatusReport) before approving it');
      return { decidedAt: new Date() };
    });
  }

  /** The programme office's independent delivery-confidence rating of a submitted report. */
  rate(id: string, version: number, confidence: DeliveryConfidence, comment: string): Promise<StatusReportEntity> {
    return this.dataSource.transaction(async (m) => {
      const current = await findOrFail(m, StatusReportEntity, 'StatusReport', id);
      if (current.state !== 'SUBMITTED')
        throw new InvalidTransitionError(`Only a SUBMITTED report can be rated; this one is ${current.state}`);
      return updateVersioned(m, StatusReportEntity, 'StatusReport', id, version, {
        officeConfidence: confidence,
        officeConfidenceComment: comment.trim(),
        officeRatedById: currentUser()?.id ?? null,
        officeRatedAt: new Date(),
      });
    });
  }

  returnToAuthor(id: string, version: number, reason: string): Promise<StatusReportEntity> {
    return this.move(id, version, 'RETURNED', () => ({ decidedAt: new Date(), returnReason: reason.trim() }));
  }

  private move(
    id: string,
    version: number,
    to: StatusReportState,
    stamps: (m: EntityManager, current: StatusReportEntity) => Partial<StatusReportEntity> | Promise<Partial<StatusReportEntity>>,
  ): Promise<StatusReportEntity> {
    return this.dataSource.transaction(async (m: EntityManager) => {
      const current = await findOrFail(m, StatusReportEntity, 'StatusReport', id);
      if (current.version !== version) throw new ConflictError('StatusReport', id, version, current.version);
      if (!canMoveStatusReport(current.state as StatusReportState, to)) {
        throw new InvalidTransitionError(`A status report cannot go from ${current.state} to ${to}`);
      }
      return updateVersioned(m, StatusReportEntity, 'StatusReport', id, version, { state: to, ...(await stamps(m, current)) });
    });
  }
}
