import { Injectable } from '@nestjs/common';
import { canMoveStatusReport, fiscalYearOf, isStatusReportEditable, periodBounds, type StatusReportState } from '@tvaers/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidField, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import { findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { StatusReportEntity } from './status-report.entity.js';
import { type CreateStatusReportInput, LightDimension, type LightOverrideInput, type UpdateStatusReportInput } from './status-report.model.js';

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
    const { projects } = await this.portfolio.projectFigures(programme.id, fiscalYearOf(bounds.end, programme.fiscalYearStartMonth));
    const figures = projects.find((p) => p.projectId === project.id)!;
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

  submit(id: string, version: number): Promise<StatusReportEntity> {
    return this.move(id, version, 'SUBMITTED', () => ({ submittedAt: new Date() }));
  }

  approve(id: string, version: number): Promise<StatusReportEntity> {
    return this.move(id, version, 'APPROVED', () => ({ decidedAt: new Date() }));
  }

  returnToAuthor(id: string, version: number, reason: string): Promise<StatusReportEntity> {
    return this.move(id, version, 'RETURNED', () => ({ decidedAt: new Date(), returnReason: reason.trim() }));
  }

  private move(id: string, version: number, to: StatusReportState, stamps: () => Partial<StatusReportEntity>): Promise<StatusReportEntity> {
    return this.dataSource.transaction(async (m: EntityManager) => {
      const current = await findOrFail(m, StatusReportEntity, 'StatusReport', id);
      if (!canMoveStatusReport(current.state as StatusReportState, to)) {
        throw new InvalidTransitionError(`A status report cannot go from ${current.state} to ${to}`);
      }
      return updateVersioned(m, StatusReportEntity, 'StatusReport', id, version, { state: to, ...stamps() });
    });
  }
}
