import { Injectable } from '@nestjs/common';
import { Decimal, diffBaselines, formatMoney } from '@tvaers/domain';
import { DataSource, In } from 'typeorm';
import { invalidField, NotFoundError } from '../../common/errors/domain-errors.js';
import { findOrFail, insertAndReload } from '../../common/persistence/versioned-writes.js';
import { BenefitTargetEntity } from '../benefits/benefit-target.entity.js';
import { BenefitEntity } from '../benefits/benefit.entity.js';
import { BudgetLineEntity } from '../budget/budget-line.entity.js';
import { MilestoneEntity } from '../milestones/milestone.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { BaselineEntity, type BaselineSnapshot } from './baseline.entity.js';
import type { BaselineDiffModel } from './baseline.model.js';

@Injectable()
export class BaselinesService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Freezes the project's current budget lines, benefit targets, milestones and planned end date as the
   * next baseline version, in one transaction with the project row locked so two approvals cannot get
   * the same number.
   */
  approve(projectId: string, reason: string): Promise<BaselineEntity> {
    return this.dataSource.transaction(async (m) => {
      const project = await m.findOne(ProjectEntity, { where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw new NotFoundError('Project', projectId);
      const [lines, benefits, milestones, last] = await Promise.all([
        m.find(BudgetLineEntity, { where: { projectId }, order: { fiscalYear: 'ASC', category: 'ASC' } }),
        m.find(BenefitEntity, { where: { projectId } }),
        m.find(MilestoneEntity, { where: { projectId }, order: { baselineDate: 'ASC' } }),
        m.findOne(BaselineEntity, { where: { projectId }, order: { baselineNumber: 'DESC' } }),
      ]);
      const targets = benefits.length
        ? await m.find(BenefitTargetEntity, { where: { benefitId: In(benefits.map((b) => b.id)) }, order: { fiscalYear: 'ASC' } })
        : [];
      const snapshot: BaselineSnapshot = {
        budgetLines: lines.map((l) => ({ fiscalYear: l.fiscalYear, funderId: l.funderId, category: l.category, amount: l.amount })),
        benefitTargets: targets.map((t) => ({ benefitId: t.benefitId, fiscalYear: t.fiscalYear, value: t.value })),
        milestones: milestones.map((x) => ({ milestoneId: x.id, title: x.title, baselineDate: x.baselineDate })),
        endDate: project.plannedEnd,
      };
      return insertAndReload(m, BaselineEntity, 'Baseline', {
        projectId,
        baselineNumber: (last?.baselineNumber ?? 0) + 1,
        approvedAt: new Date(),
        approvedById: null,
        reason: reason.trim(),
        endDate: project.plannedEnd,
        totalCost: formatMoney(lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0))),
        snapshot,
      });
    });
  }

  async diff(projectId: string, fromNumber: number, toNumber: number): Promise<BaselineDiffModel> {
    await findOrFail(this.dataSource.manager, ProjectEntity, 'Project', projectId);
    const load = async (baselineNumber: number, field: string) => {
      const baseline = await this.dataSource.manager.findOne(BaselineEntity, { where: { projectId, baselineNumber } });
      if (!baseline) throw invalidField(field, `the project has no baseline ${baselineNumber}`);
      return { ...baseline.snapshot, totalCost: baseline.totalCost, endDate: baseline.endDate };
    };
    const diff = diffBaselines(await load(fromNumber, 'fromNumber'), await load(toNumber, 'toNumber'));
    return {
      fromNumber,
      toNumber,
      totalCost: diff.totalCost,
      endDate: diff.endDate,
      budgetLines: diff.budgetLines.map((c) => ({ ...c.key, category: c.key.category as never, from: c.from, to: c.to, change: c.change })),
      benefitTargets: diff.benefitTargets.map((c) => ({ ...c.key, from: c.from, to: c.to, change: c.change })),
      milestones: diff.milestones,
    };
  }
}
