import type { AuditVerificationModel } from '../audit/audit.model.js';
import type { ProjectFiguresModel } from '../portfolio/portfolio.model.js';
import type { SettlementTransferModel } from '../portfolio/settlement.model.js';
import type { SettlementService } from '../portfolio/settlement.service.js';
import type { Column } from './csv.js';

// The columns and rows that the CSV and the XLSX exports share.

export const BUSINESS_CASE_COLUMNS: Column[] = [
  { header: 'code', type: 'text' },
  { header: 'title', type: 'text' },
  { header: 'phase', type: 'text' },
  { header: 'budget', type: 'decimal' },
  { header: 'co_funding', type: 'decimal' },
  { header: 'actual_cost', type: 'decimal' },
  { header: 'forecast_cost', type: 'decimal' },
  { header: 'npv', type: 'decimal' },
  { header: 'realised_npv', type: 'decimal' },
  { header: 'net_benefit', type: 'decimal' },
  { header: 'payback_year', type: 'int' },
  { header: 'realisation_rate', type: 'decimal' },
  { header: 'cost_light', type: 'text' },
  { header: 'schedule_light', type: 'text' },
  { header: 'benefit_light', type: 'text' },
];

export const SETTLEMENT_COLUMNS: Column[] = [
  { header: 'group_by', type: 'text' },
  { header: 'from_id', type: 'text' },
  { header: 'from', type: 'text' },
  { header: 'to_id', type: 'text' },
  { header: 'to', type: 'text' },
  { header: 'amount', type: 'decimal' },
];

export const SETTLEMENT_GROUPINGS = ['SECTOR', 'ORGANISATION'] as const;

export function settlementRow(groupBy: string, t: SettlementTransferModel): (string | number | null)[] {
  return [groupBy, t.from.id, t.from.name, t.to.id, t.to.name, t.amount];
}

/** Every field the hash covers, as hashed (docs/audit-trail.md), the two hashes, and the canonical form. */
export const AUDIT_COLUMNS: Column[] = [
  'sequence',
  'at',
  'actor_id',
  'actor',
  'operation',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'previous_hash',
  'hash',
  'form',
].map((header) => ({
  header,
  type: header === 'sequence' || header === 'form' ? 'int' : 'text',
}));

/** One business-case row in BUSINESS_CASE_COLUMNS order (CSV and XLSX share it). */
export function businessCaseRow(p: ProjectFiguresModel): (string | number | null)[] {
  return [
    p.code,
    p.title,
    p.phase,
    p.budget,
    p.coFunding,
    p.actualCost,
    p.forecastCost,
    p.npv,
    p.realisedNpv,
    p.netBenefit,
    p.paybackYear,
    p.realisationRate,
    p.costRag,
    p.scheduleRag,
    p.benefitRag,
  ];
}

/** The chain verification in one line, for the X-Audit-Chain header and the XLSX metadata sheet. */
export function chainSummary(v: AuditVerificationModel): string {
  return v.ok ? `OK; ${v.checked} events verified` : `BROKEN at sequence ${v.firstBrokenSequence}: ${v.reason}`;
}

/** The settlement rows of the given groupings (sector first), as the CSV and the XLSX sheet carry them. */
export async function settlementRows(
  settlement: SettlementService,
  programmeId: string,
  groupings: readonly ('SECTOR' | 'ORGANISATION')[],
): Promise<(string | number | null)[][]> {
  const rows: (string | number | null)[][] = [];
  for (const groupBy of groupings) for (const t of await settlement.proposal(programmeId, groupBy)) rows.push(settlementRow(groupBy, t));
  return rows;
}
