import type { AuditCheckpoint } from './audit-checkpoint.service.js';

// The checkpoints as the verifiers read them (audit.zip, the public feed): RFC 4180 with a header, no
// BOM, no quoting needed (digits, hex, ISO times and base64 only).

export const CHECKPOINT_COLUMNS = ['sequence', 'hash', 'signed_at', 'key_id', 'signature'] as const;

export function checkpointsCsv(checkpoints: readonly AuditCheckpoint[]): string {
  const lines = checkpoints.map((c) => [c.sequence, c.hash, c.signedAt, c.keyId, c.signature].join(','));
  return [CHECKPOINT_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
