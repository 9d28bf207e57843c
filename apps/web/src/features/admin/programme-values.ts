import type { AdminProgrammesQuery } from '../../generated/graphql';
import { GraphqlError } from '../../lib/graphql';
import { parseDecimal, parseMoney, type FieldErrors } from '../../lib/use-form';
import type { Messages } from '../../i18n/da';

export type ProgrammeSettings = AdminProgrammesQuery['programmes'][number];

// The programme settings form's values (text as typed, in the page's number style) and their checks.

export type ProgrammeValues = {
  name: string;
  currency: string;
  periodStartYear: string;
  periodEndYear: string;
  fundingEnvelope: string;
  discountRate: string;
  fiscalYearStartMonth: string;
  fteAnnualCost: string;
  hourlyRate: string;
  fundOrganisationId: string;
  costAmberOverrunRate: string;
  costRedOverrunRate: string;
  costRedOverrunAmount: string;
  scheduleAmberDays: string;
  scheduleRedDays: string;
  benefitGreenRate: string;
  benefitAmberRate: string;
  varianceThreshold: string;
  /** The gate checklists, one item per line (edited on an existing programme; a new one starts from the defaults). */
  gateAPPROVED: string;
  gateEXECUTION: string;
  gateROLLOUT: string;
  gateCLOSED: string;
};

export const GATE_PHASES = ['APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED'] as const;
type GateField = `gate${(typeof GATE_PHASES)[number]}`;
const gateField = (phase: (typeof GATE_PHASES)[number]): GateField => `gate${phase}`;

export const TOLERANCE_FIELDS = [
  'costAmberOverrunRate',
  'costRedOverrunRate',
  'costRedOverrunAmount',
  'scheduleAmberDays',
  'scheduleRedDays',
  'benefitGreenRate',
  'benefitAmberRate',
  'varianceThreshold',
] as const;
const DAY_FIELDS = new Set(['scheduleAmberDays', 'scheduleRedDays']);
const MONEY_FIELDS = ['fundingEnvelope', 'fteAnnualCost', 'hourlyRate', 'costRedOverrunAmount'] as const;
const RATE_FIELDS = [
  'discountRate',
  'costAmberOverrunRate',
  'costRedOverrunRate',
  'benefitGreenRate',
  'benefitAmberRate',
  'varianceThreshold',
] as const;

const thisYear = new Date().getFullYear();

/** A new programme's starting values: the API's defaults, in the page's number style. */
export function newProgrammeValues(number: (value: string, decimals: number) => string): ProgrammeValues {
  return {
    name: '',
    currency: 'DKK',
    periodStartYear: String(thisYear + 1),
    periodEndYear: String(thisYear + 3),
    fundingEnvelope: '',
    discountRate: number('0.04', 4),
    fiscalYearStartMonth: '1',
    fteAnnualCost: '',
    hourlyRate: '',
    fundOrganisationId: '',
    costAmberOverrunRate: number('0.05', 4),
    costRedOverrunRate: number('0.1', 4),
    costRedOverrunAmount: number('6000000', 2),
    scheduleAmberDays: '31',
    scheduleRedDays: '92',
    benefitGreenRate: number('0.95', 4),
    benefitAmberRate: number('0.8', 4),
    varianceThreshold: number('0.05', 4),
    gateAPPROVED: '',
    gateEXECUTION: '',
    gateROLLOUT: '',
    gateCLOSED: '',
  };
}

/** The server names tolerance fields "input.tolerances.x"; the form's field is "x". */
export function flattenToleranceFields(error: unknown): unknown {
  if (!(error instanceof GraphqlError)) return error;
  return new GraphqlError(
    error.message,
    error.code,
    error.fields.map((f) => ({ ...f, field: f.field.replace(/^(input\.)?tolerances\./, 'input.') })),
  );
}

export function valuesOf(p: ProgrammeSettings, number: (value: string, decimals: number) => string): ProgrammeValues {
  const money = (v: string) => number(v, 2);
  const rate = (v: string) => number(v, 4);
  return {
    name: p.name,
    currency: p.currency,
    periodStartYear: String(p.periodStartYear),
    periodEndYear: String(p.periodEndYear),
    fundingEnvelope: money(p.fundingEnvelope),
    discountRate: rate(p.discountRate),
    fiscalYearStartMonth: String(p.fiscalYearStartMonth),
    fteAnnualCost: money(p.fteAnnualCost),
    hourlyRate: money(p.hourlyRate),
    fundOrganisationId: p.fundOrganisationId ?? '',
    costAmberOverrunRate: rate(p.tolerances.costAmberOverrunRate),
    costRedOverrunRate: rate(p.tolerances.costRedOverrunRate),
    costRedOverrunAmount: money(p.tolerances.costRedOverrunAmount),
    scheduleAmberDays: String(p.tolerances.scheduleAmberDays),
    scheduleRedDays: String(p.tolerances.scheduleRedDays),
    benefitGreenRate: rate(p.tolerances.benefitGreenRate),
    benefitAmberRate: rate(p.tolerances.benefitAmberRate),
    varianceThreshold: rate(p.tolerances.varianceThreshold),
    ...(Object.fromEntries(
      GATE_PHASES.map((phase) => [gateField(phase), (p.gateChecklists.find((g) => g.toPhase === phase)?.items ?? []).join('\n')]),
    ) as Record<GateField, string>),
  };
}

const wholeYear = (v: string) => /^\d{4}$/.test(v.trim()) && Number(v) >= 2000 && Number(v) <= 2100;

export function validateProgramme(v: ProgrammeValues, t: Messages): FieldErrors<ProgrammeValues> {
  const errors: FieldErrors<ProgrammeValues> = {};
  if (v.name.trim().length < 2) errors.name = t.common.required;
  if (!/^[A-Z]{3}$/.test(v.currency.trim())) errors.currency = t.admin.currencyHint;
  if (!wholeYear(v.periodStartYear)) errors.periodStartYear = t.common.required;
  if (!wholeYear(v.periodEndYear) || Number(v.periodEndYear) < Number(v.periodStartYear)) errors.periodEndYear = t.common.required;
  for (const field of MONEY_FIELDS)
    if (parseMoney(v[field], t.locale) === null || v[field].trim().startsWith('-')) errors[field] = t.common.required;
  for (const field of RATE_FIELDS) {
    const rate = parseDecimal(v[field], t.locale);
    if (rate === null || Number(rate) < 0 || Number(rate) >= 1) errors[field] = t.admin.rateHint;
  }
  for (const field of DAY_FIELDS)
    if (!/^\d{1,4}$/.test(v[field as keyof ProgrammeValues].trim())) errors[field as 'scheduleAmberDays'] = t.common.required;
  for (const phase of GATE_PHASES) {
    const items = itemsOf(v[gateField(phase)]);
    if (items.length > 20 || items.some((item) => item.length > 300)) errors[gateField(phase)] = t.admin.checklistLimits;
  }
  return errors;
}

/** The tolerances as the API takes them (only meaningful when validateProgramme found nothing). */
export function tolerancesInput(v: ProgrammeValues, locale: string) {
  return {
    costAmberOverrunRate: parseDecimal(v.costAmberOverrunRate, locale)!,
    costRedOverrunRate: parseDecimal(v.costRedOverrunRate, locale)!,
    costRedOverrunAmount: parseMoney(v.costRedOverrunAmount, locale)!,
    scheduleAmberDays: Number(v.scheduleAmberDays),
    scheduleRedDays: Number(v.scheduleRedDays),
    benefitGreenRate: parseDecimal(v.benefitGreenRate, locale)!,
    benefitAmberRate: parseDecimal(v.benefitAmberRate, locale)!,
    varianceThreshold: parseDecimal(v.varianceThreshold, locale)!,
  };
}

const itemsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Every setting as the API takes it; the gate checklists only of the phases changed since `loaded`. */
export function programmeInput(v: ProgrammeValues, locale: string, loaded?: ProgrammeValues) {
  const gates = loaded ? GATE_PHASES.filter((phase) => v[gateField(phase)] !== loaded[gateField(phase)]) : [];
  return {
    ...(gates.length > 0 && { gateChecklists: gates.map((phase) => ({ toPhase: phase, items: itemsOf(v[gateField(phase)]) })) }),
    name: v.name.trim(),
    currency: v.currency.trim(),
    periodStartYear: Number(v.periodStartYear),
    periodEndYear: Number(v.periodEndYear),
    fundingEnvelope: parseMoney(v.fundingEnvelope, locale)!,
    discountRate: parseDecimal(v.discountRate, locale)!,
    fiscalYearStartMonth: Number(v.fiscalYearStartMonth),
    fteAnnualCost: parseMoney(v.fteAnnualCost, locale)!,
    hourlyRate: parseMoney(v.hourlyRate, locale)!,
    fundOrganisationId: v.fundOrganisationId || undefined,
    tolerances: tolerancesInput(v, locale),
  };
}
