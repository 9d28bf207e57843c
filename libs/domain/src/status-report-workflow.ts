import type { StatusReportState } from './enums.js';

// Status reports move DRAFT → SUBMITTED → APPROVED, or back to the author as RETURNED, who edits and
// submits again. An approved report is final: it is the record the steering group decided on.

const TRANSITIONS: Record<StatusReportState, readonly StatusReportState[]> = {
  DRAFT: ['SUBMITTED'],
  SUBMITTED: ['APPROVED', 'RETURNED'],
  RETURNED: ['SUBMITTED'],
  APPROVED: [],
};

export function canMoveStatusReport(from: StatusReportState, to: StatusReportState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only the author's states can be edited. */
export function isStatusReportEditable(state: StatusReportState): boolean {
  return state === 'DRAFT' || state === 'RETURNED';
}

const PERIOD = /^(\d{4})-H([12])$/;

/** "2026-H1" → first and last day of the half-year. */
export function periodBounds(period: string): { start: string; end: string } | undefined {
  const match = PERIOD.exec(period);
  if (!match) return undefined;
  const year = match[1]!;
  return match[2] === '1' ? { start: `${year}-01-01`, end: `${year}-06-30` } : { start: `${year}-07-01`, end: `${year}-12-31` };
}
