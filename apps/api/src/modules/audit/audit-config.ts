/** How the audit chain is vouched for from outside the database (issue 21). */
export interface AuditConfig {
  /** Ed25519 private key, PEM (AUDIT_SIGNING_KEY); unset: a key made for this process (tests, benches). */
  signingKey?: string;
  /** Sign a checkpoint once this many events were written since the last one (AUDIT_CHECKPOINT_EVENTS). */
  checkpointEveryEvents: number;
  /** ...and at least this often, in hours, even if nothing was written (AUDIT_CHECKPOINT_HOURS). */
  checkpointMaxHours: number;
}

export const AUDIT_CONFIG = Symbol('AUDIT_CONFIG');

export const DEFAULT_AUDIT_CONFIG: AuditConfig = { checkpointEveryEvents: 1000, checkpointMaxHours: 24 };
