import { parseIsoDate } from './calendar-date.js';
import type { ProjectPhase } from './enums.js';

// A project moves one phase forward at a time, each move through an approved gate decision. It may be
// cancelled from any phase before CLOSED, which is also a decision of the gate.

const FORWARD: Record<ProjectPhase, ProjectPhase | undefined> = {
  PROPOSED: 'APPROVED',
  APPROVED: 'EXECUTION',
  EXECUTION: 'ROLLOUT',
  ROLLOUT: 'CLOSED',
  CLOSED: undefined,
  CANCELLED: undefined,
};

/** The phases a gate may move a project to from `phase`. */
export function gateTargets(phase: ProjectPhase): ProjectPhase[] {
  const next = FORWARD[phase];
  return next ? [next, 'CANCELLED'] : [];
}

/**
 * Checks the server verifies itself from the project's records; a gate decision cannot tick them
 * without the evidence. Programme-defined items are confirmed by the gate in its checklist.
 */
export const AUTOMATIC_GATE_CHECKS = ['APPROVED_BUSINESS_CASE', 'APPROVED_BASELINE', 'ADOPTION_PLAN', 'FINAL_STATUS_REPORT'] as const;
export type AutomaticGateCheck = (typeof AUTOMATIC_GATE_CHECKS)[number];

/** The default checklist per target phase (the Danish state IT council's model, simplified). */
export const DEFAULT_GATE_CHECKLISTS: Partial<Record<ProjectPhase, string[]>> = {
  APPROVED: ['APPROVED_BUSINESS_CASE'],
  EXECUTION: ['APPROVED_BASELINE'],
  ROLLOUT: ['ADOPTION_PLAN'],
  CLOSED: ['FINAL_STATUS_REPORT'],
};

export function isAutomaticGateCheck(item: string): item is AutomaticGateCheck {
  return (AUTOMATIC_GATE_CHECKS as readonly string[]).includes(item);
}

/** The months after a project's actual end by which its benefit report is owed (Danish budget guidance). */
export const BENEFIT_REPORT_MONTHS = 12;

/** actualEnd + 12 months; 29 February falls to 28 February in a common year. */
export function benefitReportDueDate(actualEnd: string): string | undefined {
  const end = parseIsoDate(actualEnd);
  if (!end) return undefined;
  const year = end.getUTCFullYear() + Math.floor((end.getUTCMonth() + BENEFIT_REPORT_MONTHS) / 12);
  const month = (end.getUTCMonth() + BENEFIT_REPORT_MONTHS) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(end.getUTCDate(), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
