import { Injectable } from '@nestjs/common';
import {
  benefitTargetProblem,
  threePointProblem,
  type BenefitUnit,
  benefitUnitProblem,
  canMoveMeasurement,
  type MeasurementStatus,
  overlappingYears,
  processCodeProblem,
  type YearAmount,
} from '@tvaers/domain';
import { currentMembershipIn, currentUser } from '../../auth/request-context.js';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ForbiddenError, invalidField, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import {
  deleteVersioned,
  findByIdsInOrder,
  findOrFail,
  insertAndReload,
  updateVersioned,
} from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { BENEFIT_OVERLAP_CANDIDATES_SQL, MEASUREMENTS_TO_CONFIRM_SQL } from './benefits.queries.js';
import {
  assertBenefitValue,
  assertEntryFiscalYear,
  boundsOfBenefit,
  boundsOfProject,
  type ProgrammeBounds,
} from '../programmes/programme-bounds.js';
import { BenefitMeasurementEntity } from './benefit-measurement.entity.js';
import { BenefitForecastEntity } from './benefit-forecast.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';
import type {
  AddBenefitInput,
  BenefitTargetInput,
  RecordMeasurementInput,
  UpdateBenefitInput,
  UpdateMeasurementInput,
} from './benefit.inputs.js';

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
    for (const side of ['low', 'high'] as const) {
      if (value[side] === null || value[side] === undefined) continue;
      if (field === 'forecasts')
        throw invalidField(`input.${field}.${index}.${side}`, 'a forecast is one value; give the range on the target');
      const sideProblem = benefitTargetProblem(value[side]);
      if (sideProblem) throw invalidField(`input.${field}.${index}.${side}`, sideProblem);
    }
    const range = threePointProblem(value.low, value.value, value.high);
    if (range) throw invalidField(`input.${field}.${index}.${range.field}`, range.problem);
  });
}

function assertYearValueBounds(bounds: ProgrammeBounds, unit: BenefitUnit, values: BenefitTargetInput[], field: YearValues): void {
  values.forEach((value, index) => {
    assertEntryFiscalYear(bounds, value.fiscalYear, `input.${field}.${index}.fiscalYear`);
    assertBenefitValue(bounds, unit, value.value, `input.${field}.${index}.value`);
    assertBenefitValue(bounds, unit, value.low ?? undefined, `input.${field}.${index}.low`);
    assertBenefitValue(bounds, unit, value.high ?? undefined, `input.${field}.${index}.high`);
  });
}

/** A value per adopter is a plain non-negative amount in the benefit's unit (a dis-benefit counts negative by its kind). */
function assertPerAdopter(value: string | null | undefined): void {
  const problem = value === null || value === undefined ? undefined : benefitTargetProblem(value);
  if (problem) throw invalidField('input.perAdopter', problem);
}

const YEAR_VALUE_ENTITIES = { targets: BenefitTargetEntity, forecasts: BenefitForecastEntity } as const;

/** The work-process code trimmed, or null for none; a malformed one is refused naming the field. */
function processCode(code: string | null | undefined): string | null | undefined {
  if (code === undefined) return undefined;
  const trimmed = code?.trim() ?? '';
  if (!trimmed) return null;
  const problem = processCodeProblem(trimmed);
  if (problem) throw invalidField('input.process', problem);
  return trimmed;
}

@Injectable()
export class BenefitsService {
  constructor(private readonly dataSource: DataSource) {}

  addBenefit({ targets, forecasts = [], process, ...input }: AddBenefitInput): Promise<BenefitEntity> {
    assertKindFitsUnit(input.kind, input.unit);
    assertPerAdopter(input.perAdopter);
    const code = processCode(process);
    assertYearValues(targets, 'targets');
    assertYearValues(forecasts, 'forecasts');
    return this.dataSource.transaction(async (manager) => {
      const bounds = await boundsOfProject(manager, input.projectId);
      assertYearValueBounds(bounds, input.unit, targets, 'targets');
      assertYearValueBounds(bounds, input.unit, forecasts, 'forecasts');
      assertBenefitValue(bounds, input.unit, input.perAdopter ?? undefined, 'input.perAdopter');
      await this.assertOrganisation(manager, input.receiverId);
      const benefit = await insertAndReload(manager, BenefitEntity, 'Benefit', { ...input, process: code ?? null });
      await this.insertYearValues(manager, 'targets', benefit.id, targets);
      await this.insertYearValues(manager, 'forecasts', benefit.id, forecasts);
      return benefit;
    });
  }

  updateBenefit({ id, version, targets, forecasts, process, ...rest }: UpdateBenefitInput): Promise<BenefitEntity> {
    const patch = { ...rest, process: processCode(process) };
    assertPerAdopter(patch.perAdopter);
    if (targets) assertYearValues(targets, 'targets');
    if (forecasts) assertYearValues(forecasts, 'forecasts');
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitEntity, 'Benefit', id);
      assertKindFitsUnit(patch.kind ?? current.kind, patch.unit ?? current.unit);
      const unit = (patch.unit ?? current.unit) as BenefitUnit;
      if (targets || forecasts || patch.perAdopter) {
        const bounds = await boundsOfProject(manager, current.projectId);
        if (targets) assertYearValueBounds(bounds, unit, targets, 'targets');
        if (forecasts) assertYearValueBounds(bounds, unit, forecasts, 'forecasts');
        assertBenefitValue(bounds, unit, patch.perAdopter ?? undefined, 'input.perAdopter');
      }
      if (patch.receiverId) await this.assertOrganisation(manager, patch.receiverId);
      const updated = await updateVersioned(manager, BenefitEntity, 'Benefit', id, version, patch);
      for (const [field, values] of [
        ['targets', targets],
        ['forecasts', forecasts],
      ] as const) {
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
      return insertAndReload(manager, BenefitMeasurementEntity, 'BenefitMeasurement', {
        ...input,
        status: 'REPORTED',
        reportedById: currentUser()?.id ?? null,
      });
    });
  }

  updateMeasurement({ id, version, ...patch }: UpdateMeasurementInput): Promise<BenefitMeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id);
      if (current.status !== 'REPORTED') {
        throw new InvalidTransitionError(
          `A ${current.status} measurement can no longer be changed; record a correction in a later year instead`,
        );
      }
      const bounds = await boundsOfBenefit(manager, current.benefitId);
      assertBenefitValue(bounds, bounds.unit, patch.value, 'input.value');
      return updateVersioned(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id, version, patch);
    });
  }

  validateMeasurement(id: string, version: number): Promise<BenefitMeasurementEntity> {
    return this.moveMeasurement(id, version, 'VALIDATED', { validatedAt: new Date(), validatedById: currentUser()?.id ?? null });
  }

  /** For each benefit: the other projects' benefits it overlaps with, and in which fiscal years. */
  async overlaps(benefitIds: readonly string[]): Promise<Map<string, { other: BenefitEntity; fiscalYears: number[] }[]>> {
    const rows = (await this.dataSource.query(BENEFIT_OVERLAP_CANDIDATES_SQL, [benefitIds])) as {
      benefit_id: string;
      other_id: string;
      mine: YearAmount[];
      other: YearAmount[];
    }[];
    const real = rows.map((r) => ({ ...r, fiscalYears: overlappingYears(r.mine, r.other) })).filter((r) => r.fiscalYears.length > 0);
    const others = real.length
      ? await this.dataSource.manager.find(BenefitEntity, { where: { id: In([...new Set(real.map((r) => r.other_id))]) } })
      : [];
    const byId = new Map(others.map((o) => [o.id, o]));
    const result = new Map<string, { other: BenefitEntity; fiscalYears: number[] }[]>(benefitIds.map((id) => [id, []]));
    for (const r of real) {
      const other = byId.get(r.other_id);
      if (other) result.get(r.benefit_id)!.push({ other, fiscalYears: r.fiscalYears });
    }
    return result;
  }

  /**
   * The validated savings waiting for their receiver's confirmation: a partner sees those its
   * organisation receives; everyone else in the programme sees all of them.
   */
  async toConfirm(programmeId: string): Promise<BenefitMeasurementEntity[]> {
    await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', programmeId);
    const membership = currentMembershipIn(programmeId);
    const receiver = membership?.role === 'PARTNER' ? membership.organisationId : null;
    const ids = ((await this.dataSource.query(MEASUREMENTS_TO_CONFIRM_SQL, [programmeId, receiver])) as { id: string }[]).map((r) => r.id);
    return findByIdsInOrder(this.dataSource.manager, BenefitMeasurementEntity, ids);
  }

  /** Only a saving its receiver has confirmed may be taken out of a budget. */
  harvestMeasurement(id: string, version: number): Promise<BenefitMeasurementEntity> {
    return this.moveMeasurement(id, version, 'HARVESTED', { harvestedAt: new Date() }, (current) => {
      if (!current.confirmedAt)
        throw new InvalidTransitionError(
          'The receiving organisation has not confirmed this saving yet (confirmMeasurement); it cannot be harvested before',
        );
    });
  }

  /**
   * The receiving organisation confirms a validated saving, citing its own reference (e.g. the budget
   * decision that takes it out). A partner confirms for the organisation it acts for when that is the
   * receiver; the programme office (or ADMIN) may confirm on the receiver's behalf, with a reason.
   */
  confirmMeasurement(id: string, version: number, reference: string, reason: string | undefined): Promise<BenefitMeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id);
      if (current.status !== 'VALIDATED')
        throw new InvalidTransitionError(`Only a VALIDATED measurement can be confirmed; this one is ${current.status}`);
      if (current.confirmedAt) throw new InvalidTransitionError('The receiving organisation has already confirmed this measurement');
      const benefit = await findOrFail(manager, BenefitEntity, 'Benefit', current.benefitId);
      const { programmeId } = await findOrFail(manager, ProjectEntity, 'Project', benefit.projectId);
      const membership = currentMembershipIn(programmeId);
      const byReceiver = membership?.role === 'PARTNER' && membership.organisationId === benefit.receiverId;
      if (membership?.role === 'PARTNER' && !byReceiver) {
        throw new ForbiddenError('Only the receiving organisation, or the programme office on its behalf, may confirm this saving');
      }
      if (!byReceiver && !reason?.trim())
        throw invalidField('reason', 'say why the programme office confirms on the receiving organisation’s behalf');
      return updateVersioned(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id, version, {
        confirmedAt: new Date(),
        confirmedById: currentUser()?.id ?? null,
        confirmationReference: reference.trim(),
        confirmationReason: byReceiver ? '' : reason!.trim(),
      });
    });
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
    precondition?: (current: BenefitMeasurementEntity) => void,
  ): Promise<BenefitMeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id);
      if (!canMoveMeasurement(current.status as MeasurementStatus, to)) {
        throw new InvalidTransitionError(
          `A measurement moves REPORTED → VALIDATED → HARVESTED; it cannot go from ${current.status} to ${to}`,
        );
      }
      precondition?.(current);
      return updateVersioned(manager, BenefitMeasurementEntity, 'BenefitMeasurement', id, version, { status: to, ...stamps });
    });
  }

  private async insertYearValues(
    manager: EntityManager,
    field: YearValues,
    benefitId: string,
    values: BenefitTargetInput[],
  ): Promise<void> {
    if (values.length === 0) return;
    await manager.insert(
      YEAR_VALUE_ENTITIES[field],
      values.map((v) => ({
        benefitId,
        fiscalYear: v.fiscalYear,
        value: v.value,
        ...(field === 'targets' ? { low: v.low ?? null, high: v.high ?? null } : {}),
      })),
    );
  }

  private async assertOrganisation(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.exists(OrganisationEntity, { where: { id } })))
      throw invalidField('input.receiverId', 'is not a known organisation');
  }
}
