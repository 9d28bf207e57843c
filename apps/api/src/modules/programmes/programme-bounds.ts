import {
  benefitValueProblem,
  type BenefitUnit,
  type EntryBounds,
  entryFiscalYearProblem,
  fiscalYearOf,
  lineAmountProblem,
  type MonetisationRates,
} from '@tvaers/domain';
import type { EntityManager } from 'typeorm';
import { invalidField, NotFoundError } from '../../common/errors/domain-errors.js';

/** What a programme accepts as one entry, and the rates and calendar to judge it by. */
export interface ProgrammeBounds extends EntryBounds, MonetisationRates {
  fiscalYearStartMonth: number;
}

const BOUNDS_COLUMNS = `g.period_start_year AS "periodStartYear", g.period_end_year AS "periodEndYear",
  g.fiscal_year_margin AS "fiscalYearMargin", g.max_line_amount::text AS "maxLineAmount",
  g.hourly_rate::text AS "hourlyRate", g.fte_annual_cost::text AS "fteAnnualCost", g.fiscal_year_start_month AS "fiscalYearStartMonth"`;

/** The bounds of the programme a project belongs to; NOT_FOUND when the project is not visible. */
export async function boundsOfProject(manager: EntityManager, projectId: string): Promise<ProgrammeBounds> {
  const [row] = (await manager.query(
    `SELECT ${BOUNDS_COLUMNS} FROM projects p JOIN programmes g ON g.id = p.programme_id WHERE p.id = $1`,
    [projectId],
  )) as ProgrammeBounds[];
  if (!row) throw new NotFoundError('Project', projectId);
  return row;
}

/** The bounds of the programme a benefit belongs to, and the benefit's unit. */
export async function boundsOfBenefit(manager: EntityManager, benefitId: string): Promise<ProgrammeBounds & { unit: BenefitUnit }> {
  const [row] = (await manager.query(
    `SELECT ${BOUNDS_COLUMNS}, b.unit FROM benefits b JOIN projects p ON p.id = b.project_id JOIN programmes g ON g.id = p.programme_id WHERE b.id = $1`,
    [benefitId],
  )) as (ProgrammeBounds & { unit: BenefitUnit })[];
  if (!row) throw new NotFoundError('Benefit', benefitId);
  return row;
}

export function assertEntryFiscalYear(bounds: ProgrammeBounds, fiscalYear: number | undefined, field: string): void {
  const problem = fiscalYear === undefined ? undefined : entryFiscalYearProblem(fiscalYear, bounds);
  if (problem) throw invalidField(field, problem);
}

/** A dated entry (a cost): its date's fiscal year must be one the programme accepts. */
export function assertEntryDate(bounds: ProgrammeBounds, date: string | undefined, field: string): void {
  const problem = date === undefined ? undefined : entryFiscalYearProblem(fiscalYearOf(date, bounds.fiscalYearStartMonth), bounds);
  if (problem) throw invalidField(field, `is in a fiscal year the programme does not accept: it ${problem}`);
}

export function assertLineAmount(bounds: ProgrammeBounds, amount: string | undefined, field: string): void {
  const problem = amount === undefined ? undefined : lineAmountProblem(amount, bounds);
  if (problem) throw invalidField(field, problem);
}

export function assertBenefitValue(bounds: ProgrammeBounds, unit: BenefitUnit, value: string | undefined, field: string): void {
  const problem = value === undefined ? undefined : benefitValueProblem(unit, value, bounds);
  if (problem) throw invalidField(field, problem);
}
