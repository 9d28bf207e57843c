import { Injectable } from '@nestjs/common';
import { benefitTargetProblem, type BenefitUnit, benefitUnitProblem, canMoveMeasurement, type MeasurementStatus } from '@tvaers/domain';
import { currentUser } from '../../auth/request-context.js';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidField, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { assertBenefitValue, assertEntryFiscalYear, boundsOfBenefit, boundsOfProject, type ProgrammeBounds } from '../programmes/programme-bounds.js';
import { BenefitMeasurementEntity } from './benefit-measurement.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';
import type { AddBenefitInput, BenefitTargetInput, RecordMeasurementInput, UpdateBenefitInput, UpdateMeasurementInput } from './benefit.inputs.js';

function assertKindFitsUnit(kind: string, unit: string): void {
  const problem = benefitUnitProblem(kind, unit);
  if (problem) throw invalidField('input.unit', problem);
}

function assertTargets(targets: BenefitTargetInput[]): void {
  const seen = new Set<number>();
  targets.forEach((target, index) => {
    if (seen.has(target.fiscalYear)) throw invalidField(`input.targets.${index}.fiscalYear`, `${target.fiscalYear} appears twice`);
    seen.add(target.fiscalYear);
    const problem = benefitTargetProblem(target.value);
    if (problem) throw invalidField(`input.targets.${index}.value`, problem);
  });
}

function assertTargetBounds(bounds: ProgrammeBounds, unit: BenefitUnit, targets: BenefitTargetInput[]): void {
  targets.forEach((target, index) => {
    assertEntryFiscalYear(bounds, target.fiscalYear, `input.targets.${index}.fiscalYear`);
    assertBenefitValue(bounds, unit, target.value, `input.targets.${index}.value`);
  });
}

@Injectable()
export class BenefitsService {
  constructor(private readonly dataSource: DataSource) {}

  addBenefit({ targets, ...input }: AddBenefitInput): Promise<BenefitEntity> {
    assertKindFitsUnit(input.kind, input.unit);
    assertTargets(targets);
    return this.dataSource.transaction(async (manager) => {
      assertTargetBounds(await boundsOfProject(manager, input.projectId), input.unit, targets);
      await this.assertOrganisation(manager, input.receiverId);
      const benefit = await insertAndReload(manager, BenefitEntity, 'Benefit', input);
      await this.insertTargets(manager, benefit.id, targets);
      return benefit;
    });
  }

  updateBenefit({ id, version, targets, ...patch }: UpdateBenefitInput): Promise<BenefitEntity> {
    if (targets) assertTargets(targets);
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitEntity, 'Benefit', id);
      assertKindFitsUnit(patch.kind ?? current.kind, patch.unit ?? current.unit);
      if (targets) assertTargetBounds(await boundsOfProject(manager, current.projectId), (patch.unit ?? current.unit) as BenefitUnit, targets);
      if (patch.receiverId) await this.assertOrganisation(manager, patch.receiverId);
      const updated = await updateVersioned(manager, BenefitEntity, 'Benefit', id, version, patch);
      if (targets) {
        await manager.delete(BenefitTargetEntity, { benefitId: id });
        await this.insertTargets(manager, id, targets);
      }
      return updated;
    });
  }

  deleteBenefit(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, BenefitEntity, 'Benefit', id, version);
  }

  recordMeasurement(input: RecordMeasurementInput): Promise<BenefitMeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const bounds = await boundsOfBenefit(manager, input.benefitId);
      assertEntryFiscalYear(bounds, input.fiscalYear, 'input.fiscalYear');
      assertBenefitValue(bounds, bounds.unit, input.value, 'input.value');
      if (await manager.exists(BenefitMeasurementEntity, { where: { benefitId: input.benefitId, fiscalYear: input.fiscalYear } })) {
        throw invalidField('input.fiscalYear', `a measurement for ${input.fiscalYear} is already recorded; update it instead`);
      }
      return insertAndReload(manager, BenefitMeasurementEntity, 'BenefitMeasurement', { ...input, status: 'REPORTED', reportedById: currentUser()?.id ?? null });
    });
  }

  updateMeasurement({ id, version, ...patch }: UpdateMeasurementInput): Promise<BenefitMeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id);
      if (current.status !== 'REPORTED') {
        throw new InvalidTransitionError(`A ${current.status} measurement can no longer be changed; record a correction in a later year instead`);
      }
      const bounds = await boundsOfBenefit(manager, current.benefitId);
      assertBenefitValue(bounds, bounds.unit, patch.value, 'input.value');
      return updateVersioned(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id, version, patch);
    });
  }

  validateMeasurement(id: string, version: number): Promise<BenefitMeasurementEntity> {
    return this.moveMeasurement(id, version, 'VALIDATED', { validatedAt: new Date(), validatedById: currentUser()?.id ?? null });
  }

  harvestMeasurement(id: string, version: number): Promise<BenefitMeasurementEntity> {
    return this.moveMeasurement(id, version, 'HARVESTED', { harvestedAt: new Date() });
  }

  deleteMeasurement(id: string, version: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id);
      if (current.status !== 'REPORTED') throw new InvalidTransitionError(`A ${current.status} measurement cannot be deleted`);
      await deleteVersioned(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id, version);
    });
  }

  private moveMeasurement(
    id: string,
    version: number,
    to: MeasurementStatus,
    stamps: Partial<BenefitMeasurementEntity>,
  ): Promise<BenefitMeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id);
      if (!canMoveMeasurement(current.status as MeasurementStatus, to)) {
        throw new InvalidTransitionError(`A measurement moves REPORTED → VALIDATED → HARVESTED; it cannot go from ${current.status} to ${to}`);
      }
      return updateVersioned(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id, version, { status: to, ...stamps });
    });
  }

  private async insertTargets(manager: EntityManager, benefitId: string, targets: BenefitTargetInput[]): Promise<void> {
    if (targets.length === 0) return;
    await manager.insert(
      BenefitTargetEntity,
      targets.map((t) => ({ benefitId, fiscalYear: t.fiscalYear, value: t.value })),
    );
  }

  private async assertOrganisation(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.exists(OrganisationEntity, { where: { id } }))) throw invalidField('input.receiverId', 'is not a known organisation');
  }
}
