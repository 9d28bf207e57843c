// The bytes a checkpoint signs (docs/audit-trail.md, "Signed checkpoints"): four lines joined by "\n",
// no newline at the end, UTF-8. The verifiers in tools/audit-verifier build the same text.

export interface CheckpointFields {
  sequence: string;
  hash: string;
  /** ISO 8601 in UTC with milliseconds, e.g. 2026-12-02T21:04:05.123Z */
  signedAt: string;
}

export const CHECKPOINT_MESSAGE_VERSION = 'tvaers-audit-checkpoint-v1';

export function checkpointMessage({ sequence, hash, signedAt }: CheckpointFields): Buffer {
  return Buffer.from([CHECKPOINT_MESSAGE_VERSION, sequence, hash, signedAt].join('\n'), 'utf8');
}
