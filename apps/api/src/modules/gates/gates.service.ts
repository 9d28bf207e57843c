import { Injectable } from '@nestjs/common';
import {
  benefitReportDueDate,
  DEFAULT_GATE_CHECKLISTS,
  Decimal,
  gateTargets,
  isAutomaticGateCheck,
  type ProjectPhase,
} from '@tvaers/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { currentUser } from '../../auth/request-context.js';
import { invalidField, InvalidTransitionError, NotFoundError } from '../../common/errors/domain-errors.js';
import { moneyOutput } from '../../common/graphql/decimal-output.js';
import { findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { BusinessCaseService } from '../business-case/business-case.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { BenefitReportEntity } from './benefit-report.entity.js';
import type { DecideGateInput, SubmitBenefitReportInput } from './gate.inputs.js';
import { GateDecisionEntity, type GateChecklistItem } from './gate-decision.entity.js';
import type { GateChecklistItemModel, GateOptionModel } from './gate.model.js';
import { AUTOMATIC_CHECK_SQL } from './gates.queries.js';

@Injectable()
export class GatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly businessCase: BusinessCaseService,
  ) {}

  /** The programme's checklist for moving to `phase` (its own, else the defaults; none for CANCELLED). */
  private checklistItems(programme: ProgrammeEntity, phase: ProjectPhase): string[] {
    if (phase === 'CANCELLED') return [];
    return programme.gateChecklists?.[phase] ?? DEFAULT_GATE_CHECKLISTS[phase] ?? [];
  }

  private async automaticMet(manager: EntityManager, item: string, projectId: string): Promise<boolean | null> {
    if (!isAutomaticGateCheck(item)) return null;
    const [row] = (await manager.query(AUTOMATIC_CHECK_SQL[item], [projectId])) as { met: boolean }[];
    return row!.met;
  }

  /** The gates open to a project now, each with its checklist as Tværs can judge it. */
  async options(project: Pick<ProjectEntity, 'id' | 'programmeId' | 'phase'>): Promise<GateOptionModel[]> {
    const programme = await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', project.programmeId);
    return Promise.all(
      gateTargets(project.phase as ProjectPhase).map(async (toPhase) => ({
        toPhase,
        checklist: await Promise.all(
          this.checklistItems(programme, toPhase).map(async (item): Promise<GateChecklistItemModel> => ({
            item,
            met: await this.automaticMet(this.dataSource.manager, item, project.id),
            automatic: isAutomaticGateCheck(item),
          })),
        ),
      })),
    );
  }

  /**
   * Records a gate decision; an APPROVED one moves the project to the phase, in the same transaction.
   * Approval needs every checklist item met: automatic items by the project's records, the others as
   * the gate ticked them. The project row is locked, so of two decisions at once only one moves it.
   */
  decide(input: DecideGateInput): Promise<GateDecisionEntity> {
    return this.dataSource.transaction(async (m) => {
      // Locked for the decision, so two gates cannot move the project at once.
      const project = await m.findOne(ProjectEntity, { where: { id: input.projectId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw new NotFoundError('Project', input.projectId);
      const from = project.phase as ProjectPhase;
      const targets = gateTargets(from);
      if (!targets.includes(input.toPhase)) {
        throw new InvalidTransitionError(
          targets.length
            ? `A project in ${from} moves to ${targets.join(' or ')}, not ${input.toPhase}`
            : `A project in ${from} has no further gate`,
        );
      }
      const programme = await findOrFail(m, ProgrammeEntity, 'Programme', project.programmeId);
      const items = this.checklistItems(programme, input.toPhase);
      input.checklist.forEach((given, index) => {
        if (!items.includes(given.item))
          throw invalidField(
            `input.checklist.${index}.item`,
            `"${given.item}" is not on the checklist for ${input.toPhase} (${items.join(', ') || 'none'})`,
          );
      });
      const checklist: GateChecklistItem[] = [];
      for (const item of items) {
        const automatic = await this.automaticMet(m, item, project.id);
        checklist.push({ item, automatic: automatic !== null, met: automatic ?? input.checklist.some((c) => c.item === item && c.met) });
      }
      if (input.decision === 'APPROVED') {
        const unmet = checklist.filter((c) => !c.met).map((c) => c.item);
        if (unmet.length)
          throw invalidField('input.checklist', `not met: ${unmet.join(', ')}; the gate cannot approve ${input.toPhase} yet`);
        if (input.toPhase === 'CLOSED' && !project.actualEnd)
          throw invalidField(
            'input.toPhase',
            'record the project’s actual end date before closing it (the benefit report is due 12 months after it)',
          );
      }
      const decision = await insertAndReload(m, GateDecisionEntity, 'GateDecision', {
        projectId: project.id,
        fromPhase: from,
        toPhase: input.toPhase,
        decision: input.decision,
        minutes: input.minutes.trim(),
        checklist,
        decidedById: currentUser()?.id ?? null,
        decidedAt: new Date(),
      });
      if (input.decision === 'APPROVED')
        await updateVersioned(m, ProjectEntity, 'Project', project.id, project.version, { phase: input.toPhase });
      return decision;
    });
  }

  /** When a project's benefit report is due: 12 months after its actual end, once it is closed. */
  dueDateOf(project: Pick<ProjectEntity, 'phase' | 'actualEnd'>): string | null {
    return project.phase === 'CLOSED' && project.actualEnd ? (benefitReportDueDate(project.actualEnd) ?? null) : null;
  }

  /** Submits the benefit report of a closed project, freezing its business-case figures as they stand. */
  async submitBenefitReport(input: SubmitBenefitReportInput): Promise<BenefitReportEntity> {
    const project = await findOrFail(this.dataSource.manager, ProjectEntity, 'Project', input.projectId);
    const dueDate = this.dueDateOf(project);
    if (!dueDate)
      throw new InvalidTransitionError(
        `A benefit report follows the close of a project; this one is ${project.phase}${project.actualEnd ? '' : ' without an actual end date'}`,
      );
    const [programme, businessCase] = await Promise.all([
      findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', project.programmeId),
      this.businessCase.forProject(project.id),
    ]);
    const total = (pick: (y: (typeof businessCase.years)[number]) => string) =>
      businessCase.years.reduce((s, y) => s.plus(pick(y)), new Decimal(0));
    return this.dataSource.transaction(async (m) => {
      if (await m.exists(BenefitReportEntity, { where: { projectId: project.id } }))
        throw new InvalidTransitionError('The project’s benefit report has already been submitted');
      return insertAndReload(m, BenefitReportEntity, 'BenefitReport', {
        projectId: project.id,
        dueDate,
        narrative: input.narrative.trim(),
        figures: {
          currency: programme.currency,
          asOfYear: businessCase.asOfYear,
          plannedBenefit: moneyOutput(total((y) => y.plannedBenefit)),
          realisedBenefit: moneyOutput(total((y) => y.realisedBenefit)),
          realisationRate: businessCase.realisationRate,
          years: businessCase.years.map((y) => ({
            fiscalYear: y.fiscalYear,
            plannedBenefit: y.plannedBenefit,
            realisedBenefit: y.realisedBenefit,
          })),
        },
        submittedById: currentUser()?.id ?? null,
        submittedAt: new Date(),
      });
    });
  }
}
