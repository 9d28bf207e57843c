import { Injectable } from '@nestjs/common';
import { benefitTargetProblem, type BenefitUnit, benefitUnitProblem, canMoveMeasurement, type MeasurementStatus } from '@tvaers/domain';
import { currentUser } from '../../auth/request-context.js';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidField, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { assertBenefitValue, assertEntryFiscalYear, boundsOfBenefit, boundsOfProject, type ProgrammeBounds } from '../programmes/programme-bounds.js';
import { BenefitMeasurementEntity } from './benefit-measurement.entity.js';
import { BenefitForecastEntity } from './benefit-forecast.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';
import type { AddBenefitInput, BenefitTargetInput, RecordMeasurementInput, UpdateBenefitInput, UpdateMeasurementInput } from './benefit.inputs.js';

function assertKindFitsUnit(kind: string, unit: string): void {
  const problem = benefitUnitProblem(kind, unit);
  if (problem) throw invalidField('input.unit', problem);
}

type YearValues = 'targets' | 'forecasts';

/** Targets and forecasts alike: one value per fiscal year, each a plausible amount. */
function assertYearValues(values: BenefitTargetInput[], field: YearValues): void {
  const seen = new Set<number>();
  values.forEach((value, index) => {
    if (seen.has(value.fiscalYear)) throw invalidField(`input.${field}.${index}.fiscalYear`, `${value.fiscalYear} appears twice`);
    seen.add(value.fiscalYear);
    const problem = benefitTargetProblem(value.value);
    if (problem) throw invalidField(`input.${field}.${index}.value`, problem);
  });
}

function assertYearValueBounds(bounds: ProgrammeBounds, unit: BenefitUnit, values: BenefitTargetInput[], field: YearValues): void {
  values.forEach((value, index) => {
    assertEntryFiscalYear(bounds, value.fiscalYear, `input.${field}.${index}.fiscalYear`);
    assertBenefitValue(bounds, unit, value.value, `input.${field}.${index}.value`);
  });
}

const YEAR_VALUE_ENTITIES = { targets: BenefitTargetEntity, forecasts: BenefitForecastEntity } as const;

@Injectable()
export class BenefitsService {
  constructor(private readonly dataSource: DataSource) {}

  addBenefit({ targets, forecasts = [], ...input }: AddBenefitInput): Promise<BenefitEntity> {
    assertKindFitsUnit(input.kind, input.unit);
    assertYearValues(targets, 'targets');
    assertYearValues(forecasts, 'forecasts');
    return this.dataSource.transaction(async (manager) => {
      const bounds = await boundsOfProject(manager, input.projectId);
      assertYearValueBounds(bounds, input.unit, targets, 'targets');
      assertYearValueBounds(bounds, input.unit, forecasts, 'forecasts');
      await this.assertOrganisation(manager, input.receiverId);
      const benefit = await insertAndReload(manager, BenefitEntity, 'Benefit', input);
      await this.insertYearValues(manager, 'targets', benefit.id, targets);
      await this.insertYearValues(manager, 'forecasts', benefit.id, forecasts);
      return benefit;
    });
  }

  updateBenefit({ id, version, targets, forecasts, ...patch }: UpdateBenefitInput): Promise<BenefitEntity> {
    if (targets) assertYearValues(targets, 'targets');
    if (forecasts) assertYearValues(forecasts, 'forecasts');
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitEntity, 'Benefit', id);
      assertKindFitsUnit(patch.kind ?? current.kind, patch.unit ?? current.unit);
      const unit = (patch.unit ?? current.unit) as BenefitUnit;
      if (targets || forecasts) {
        const bounds = await boundsOfProject(manager, current.projectId);
        if (targets) assertYearValueBounds(bounds, unit, targets, 'targets');
        if (forecasts) assertYearValueBounds(bounds, unit, forecasts, 'forecasts');
      }
      if (patch.receiverId) await this.assertOrganisation(manager, patch.receiverId);
      const updated = await updateVersioned(manager, BenefitEntity, 'Benefit', id, version, patch);
      for (const [field, values] of [['targets', targets], ['forecasts', forecasts]] as const) {
        if (!values) continue;
        await manager.delete(YEAR_VALUE_ENTITIES[field], { benefitId: id });
        await this.insertYearValues(manager, field, id, values);
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

  private async insertYearValues(manager: EntityManager, field: YearValues, benefitId: string, values: BenefitTargetInput[]): Promise<void> {
    if (values.length === 0) return;
    await manager.insert(
      YEAR_VALUE_ENTITIES[field],
      values.map((v) => ({ benefitId, fiscalYear: v.fiscalYear, value: v.value })),
    );
  }

  private async assertOrganisation(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.exists(OrganisationEntity, { where: { id } }))) throw invalidField('input.receiverId', 'is not a known organisation');
  }
}
