import type { RiskStatus } from './enums.js';

// Risks are scored on two 1–5 scales (probability, impact); the score is their product, 1–25, as in
// the 5×5 matrix of HM Treasury's Orange Book and the Danish state IT council's risk template.

export const RISK_SCALE_MIN = 1;
export const RISK_SCALE_MAX = 5;

export function riskScore(probability: number, impact: number): number {
  return probability * impact;
}

/** Why a value is not a point on the 1–5 scale, or undefined when it is one. */
export function riskScaleProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < RISK_SCALE_MIN || value > RISK_SCALE_MAX) {
    return `must be a whole number from ${RISK_SCALE_MIN} to ${RISK_SCALE_MAX}`;
  }
  return undefined;
}

/** A risk still in play: not closed and not yet happened (then it is an issue). */
export function isRiskActive(status: RiskStatus): boolean {
  return status === 'OPEN' || status === 'MITIGATING';
}

/** An active risk whose review date lies before today needs the owner's attention. */
export function isRiskReviewOverdue(status: RiskStatus, reviewDate: string | null, today: string): boolean {
  return isRiskActive(status) && reviewDate !== null && reviewDate < today;
}
