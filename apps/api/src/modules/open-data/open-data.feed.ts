import type { Column } from '../exports/csv.js';

/** A project's published lights: from its newest approved status report (null before any). */
export interface PublishedLights {
  period: string;
  cost: string;
  schedule: string;
  benefit: string;
}

/** The open-data feed (format tvaers-open-data/1): only what a programme publishes anyway. */
export interface OpenDataFeed {
  format: 'tvaers-open-data/1';
  generatedAt: string;
  /** The reporting period of a snapshot (figures as approved when its round closed); null when live. */
  period: string | null;
  /** The periods with a snapshot, newest first. */
  periods: string[];
  programme: { id: string; name: string; currency: string; periodStartYear: number; periodEndYear: number; fundingEnvelope: string };
  asOfYear: number;
  totals: {
    budget: string;
    actualCost: string;
    plannedBenefit: string;
    realisedBenefit: string;
    harvestedBenefit: string;
    realisationRate: string | null;
  };
  years: {
    fiscalYear: number;
    plannedCost: string;
    actualCost: string;
    plannedBenefit: string;
    realisedBenefit: string;
    harvestedBenefit: string;
  }[];
  projects: {
    code: string;
    title: string;
    phase: string;
    budget: string;
    actualCost: string;
    npv: string;
    paybackYear: number | null;
    realisationRate: string | null;
    lights: PublishedLights | null;
  }[];
}

/** The feed's projects as CSV (one row per project), for spreadsheets. */
export const OPEN_DATA_COLUMNS: Column[] = [
  { header: 'code', type: 'text' },
  { header: 'title', type: 'text' },
  { header: 'phase', type: 'text' },
  { header: 'budget', type: 'decimal' },
  { header: 'actual_cost', type: 'decimal' },
  { header: 'npv', type: 'decimal' },
  { header: 'payback_year', type: 'int' },
  { header: 'realisation_rate', type: 'decimal' },
  { header: 'lights_period', type: 'text' },
  { header: 'cost_light', type: 'text' },
  { header: 'schedule_light', type: 'text' },
  { header: 'benefit_light', type: 'text' },
];

export function openDataRow(p: OpenDataFeed['projects'][number]): (string | number | null)[] {
  return [
    p.code,
    p.title,
    p.phase,
    p.budget,
    p.actualCost,
    p.npv,
    p.paybackYear,
    p.realisationRate,
    p.lights?.period ?? null,
    p.lights?.cost ?? null,
    p.lights?.schedule ?? null,
    p.lights?.benefit ?? null,
  ];
}
