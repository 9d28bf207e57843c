import type { OpenDataFeed } from '@tvaers/domain';
import type { Column } from '../exports/csv.js';

export type { OpenDataFeed, PublishedLights } from '@tvaers/domain';

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
