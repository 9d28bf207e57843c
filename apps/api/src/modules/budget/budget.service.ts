import { Injectable } from '@nestjs/common';
import { Decimal } from '@tvaers/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidField } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { ParticipationEntity } from '../projects/participation.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { BudgetLineEntity } from './budget-line.entity.js';
import { CostActualEntity } from './cost-actual.entity.js';
import type { AddBudgetLineInput, RecordCostInput, UpdateBudgetLineInput, UpdateCostActualInput } from './budget.inputs.js';

/** Money may only come from organisations that take part in the project. */
async function assertParticipant(manager: EntityManager, projectId: string, organisationId: string, field: string): Promise<void> {
  if (!(await manager.exists(ParticipationEntity, { where: { projectId, organisationId } }))) {
    throw invalidField(field, 'must be an organisation that takes part in the project (add it as a partner first)');
  }
}

function assertNonZero(amount: string | undefined): void {
  if (amount !== undefined && new Decimal(amount).isZero()) throw invalidField('input.amount', 'must not be zero');
}

@Injectable()
export class BudgetService {
  constructor(private readonly dataSource: DataSource) {}

  addBudgetLine(input: AddBudgetLineInput): Promise<BudgetLineEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProjectEntity, 'Project', input.projectId);
      await assertParticipant(manager, input.projectId, input.funderId, 'input.funderId');
      const clash = await manager.exists(BudgetLineEntity, {
        where: { projectId: input.projectId, fiscalYear: input.fiscalYear, funderId: input.funderId, category: input.category },
      });
      if (clash) throw invalidField('input.fiscalYear', 'this funder already has a budget line in that year and category; update it instead');
      return insertAndReload(manager, BudgetLineEntity, 'BudgetLine', input);
    });
  }

  updateBudgetLine({ id, version, ...patch }: UpdateBudgetLineInput): Promise<BudgetLineEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BudgetLineEntity, 'BudgetLine', id);
      if (patch.funderId) await assertParticipant(manager, current.projectId, patch.funderId, 'input.funderId');
      return updateVersioned(manager, BudgetLineEntity, 'BudgetLine', id, version, patch);
    });
  }

  deleteBudgetLine(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, BudgetLineEntity, 'BudgetLine', id, version);
  }

  recordCost(input: RecordCostInput): Promise<CostActualEntity> {
    assertNonZero(input.amount);
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProjectEntity, 'Project', input.projectId);
      await assertParticipant(manager, input.projectId, input.payerId, 'input.payerId');
      return insertAndReload(manager, CostActualEntity, 'CostActual', input);
    });
  }

  updateCostActual({ id, version, ...patch }: UpdateCostActualInput): Promise<CostActualEntity> {
    assertNonZero(patch.amount);
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, CostActualEntity, 'CostActual', id);
      if (patch.payerId) await assertParticipant(manager, current.projectId, patch.payerId, 'input.payerId');
      return updateVersioned(manager, CostActualEntity, 'CostActual', id, version, patch);
    });
  }

  deleteCostActual(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, CostActualEntity, 'CostActual', id, version);
  }
}
