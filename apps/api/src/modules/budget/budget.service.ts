import { Injectable } from '@nestjs/common';
import { Decimal, threePointProblem } from '@tvaers/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ConflictError, invalidField } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import {
  assertEntryDate,
  assertEntryFiscalYear,
  assertLineAmount,
  boundsOfProject,
  type ProgrammeBounds,
} from '../programmes/programme-bounds.js';
import { ParticipationEntity } from '../projects/participation.entity.js';
import { BudgetLineEntity } from './budget-line.entity.js';
import { CostActualEntity } from './cost-actual.entity.js';
import type {
  AddBudgetLineInput,
  BudgetGridCellInput,
  RecordCostInput,
  SaveBudgetGridInput,
  UpdateBudgetLineInput,
  UpdateCostActualInput,
} from './budget.inputs.js';

/**
 * Money may only come from organisations that take part in the project. The participation is locked
 * (FOR SHARE) until the transaction ends, so a concurrent removeParticipation waits and then sees the line.
 */
async function assertParticipant(manager: EntityManager, projectId: string, organisationId: string, field: string): Promise<void> {
  if (!(await manager.findOne(ParticipationEntity, { where: { projectId, organisationId }, lock: { mode: 'pessimistic_read' } }))) {
    throw invalidField(field, 'must be an organisation that takes part in the project (add it as a partner first)');
  }
}

function assertNonZero(amount: string | undefined): void {
  if (amount !== undefined && new Decimal(amount).isZero()) throw invalidField('input.amount', 'must not be zero');
}

/** A three-point range around the (new or kept) most likely amount; the fields are named as sent. */
function assertRange(bounds: ProgrammeBounds, line: { low?: string | null; amount: string; high?: string | null }, prefix: string): void {
  assertLineAmount(bounds, line.low ?? undefined, `${prefix}.low`);
  assertLineAmount(bounds, line.high ?? undefined, `${prefix}.high`);
  const problem = threePointProblem(line.low, line.amount, line.high);
  if (problem) throw invalidField(`${prefix}.${problem.field}`, problem.problem);
}

const sameAmount = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Decimal(a).equals(b));

/**
 * One existing line of a grid save: absent low/high keep the line's range (the grid edits amounts), and
 * that range must still hold around the new amount. Unchanged lines are not written.
 */
async function updateGridLine(
  manager: EntityManager,
  bounds: ProgrammeBounds,
  line: BudgetLineEntity,
  cell: BudgetGridCellInput,
  index: number,
): Promise<void> {
  const low = cell.low === undefined ? line.low : cell.low;
  const high = cell.high === undefined ? line.high : cell.high;
  const range = threePointProblem(low, cell.amount, high);
  if (range && cell.low === undefined && cell.high === undefined) {
    throw invalidField(
      `input.cells.${index}.amount`,
      `is outside the line's range ${line.low ?? '–'} to ${line.high ?? '–'}; change the range first`,
    );
  }
  assertRange(bounds, { low, amount: cell.amount, high }, `input.cells.${index}`);
  if (sameAmount(line.amount, cell.amount) && sameAmount(line.low, low) && sameAmount(line.high, high)) return;
  await updateVersioned(manager, BudgetLineEntity, 'BudgetLine', line.id, line.version, { amount: cell.amount, low, high });
}

@Injectable()
export class BudgetService {
  constructor(private readonly dataSource: DataSource) {}

  addBudgetLine(input: AddBudgetLineInput): Promise<BudgetLineEntity> {
    return this.dataSource.transaction(async (manager) => {
      const bounds = await boundsOfProject(manager, input.projectId);
      assertEntryFiscalYear(bounds, input.fiscalYear, 'input.fiscalYear');
      assertLineAmount(bounds, input.amount, 'input.amount');
      assertRange(bounds, input, 'input');
      await assertParticipant(manager, input.projectId, input.funderId, 'input.funderId');
      const clash = await manager.exists(BudgetLineEntity, {
        where: { projectId: input.projectId, fiscalYear: input.fiscalYear, funderId: input.funderId, category: input.category },
      });
      if (clash)
        throw invalidField('input.fiscalYear', 'this funder already has a budget line in that year and category; update it instead');
      return insertAndReload(manager, BudgetLineEntity, 'BudgetLine', input);
    });
  }

  updateBudgetLine({ id, version, ...patch }: UpdateBudgetLineInput): Promise<BudgetLineEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BudgetLineEntity, 'BudgetLine', id);
      const bounds = await boundsOfProject(manager, current.projectId);
      assertEntryFiscalYear(bounds, patch.fiscalYear, 'input.fiscalYear');
      assertLineAmount(bounds, patch.amount, 'input.amount');
      // A changed amount must stay inside the range the line keeps (or the one sent with it).
      assertRange(
        bounds,
        {
          amount: patch.amount ?? current.amount,
          low: patch.low === undefined ? current.low : patch.low,
          high: patch.high === undefined ? current.high : patch.high,
        },
        'input',
      );
      if (patch.funderId) await assertParticipant(manager, current.projectId, patch.funderId, 'input.funderId');
      return updateVersioned(manager, BudgetLineEntity, 'BudgetLine', id, version, patch);
    });
  }

  /**
   * Saves a budget grid in one transaction: each cell inserts, updates or (at zero) deletes its line.
   * Cells carry the version the client read, so a line someone else changed, added or removed since
   * fails the whole save with CONFLICT and nothing is written.
   */
  saveBudgetGrid({ projectId, cells }: SaveBudgetGridInput): Promise<BudgetLineEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const bounds = await boundsOfProject(manager, projectId);
      cells.forEach((cell, index) => {
        assertEntryFiscalYear(bounds, cell.fiscalYear, `input.cells.${index}.fiscalYear`);
        assertLineAmount(bounds, cell.amount, `input.cells.${index}.amount`);
      });
      const existing = await manager.find(BudgetLineEntity, { where: { projectId }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(existing.map((line) => [line.id, line]));
      const cellKey = (c: { fiscalYear: number; funderId: string; category: string }) => `${c.fiscalYear}|${c.funderId}|${c.category}`;
      const byCell = new Map(existing.map((line) => [cellKey(line), line]));
      const seen = new Set<string>();
      for (const [index, cell] of cells.entries()) {
        if (seen.has(cellKey(cell))) throw invalidField(`input.cells.${index}`, 'the same year, funder and category appear twice');
        seen.add(cellKey(cell));
        const line = cell.id ? byId.get(cell.id) : byCell.get(cellKey(cell));
        if (cell.id && !line) throw new ConflictError('BudgetLine', cell.id, cell.version ?? 0, 0);
        if (line && (!cell.id || line.version !== cell.version))
          throw new ConflictError('BudgetLine', line.id, cell.version ?? 0, line.version);
        const zero = new Decimal(cell.amount).isZero();
        if (line && zero) await deleteVersioned(manager, BudgetLineEntity, 'BudgetLine', line.id, line.version);
        else if (line) await updateGridLine(manager, bounds, line, cell, index);
        else if (!zero) {
          await assertParticipant(manager, projectId, cell.funderId, `input.cells.${index}.funderId`);
          assertRange(bounds, cell, `input.cells.${index}`);
          await insertAndReload(manager, BudgetLineEntity, 'BudgetLine', {
            projectId,
            fiscalYear: cell.fiscalYear,
            funderId: cell.funderId,
            category: cell.category,
            amount: cell.amount,
            low: cell.low ?? null,
            high: cell.high ?? null,
          });
        }
      }
      return manager.find(BudgetLineEntity, { where: { projectId }, order: { fiscalYear: 'ASC', category: 'ASC' } });
    });
  }

  deleteBudgetLine(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, BudgetLineEntity, 'BudgetLine', id, version);
  }

  recordCost(input: RecordCostInput): Promise<CostActualEntity> {
    assertNonZero(input.amount);
    return this.dataSource.transaction(async (manager) => {
      const bounds = await boundsOfProject(manager, input.projectId);
      assertEntryDate(bounds, input.date, 'input.date');
      assertLineAmount(bounds, input.amount, 'input.amount');
      await assertParticipant(manager, input.projectId, input.payerId, 'input.payerId');
      return insertAndReload(manager, CostActualEntity, 'CostActual', input);
    });
  }

  updateCostActual({ id, version, ...patch }: UpdateCostActualInput): Promise<CostActualEntity> {
    assertNonZero(patch.amount);
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, CostActualEntity, 'CostActual', id);
      const bounds = await boundsOfProject(manager, current.projectId);
      assertEntryDate(bounds, patch.date ?? undefined, 'input.date');
      assertLineAmount(bounds, patch.amount, 'input.amount');
      if (patch.payerId) await assertParticipant(manager, current.projectId, patch.payerId, 'input.payerId');
      return updateVersioned(manager, CostActualEntity, 'CostActual', id, version, patch);
    });
  }

  deleteCostActual(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, CostActualEntity, 'CostActual', id, version);
  }
}
