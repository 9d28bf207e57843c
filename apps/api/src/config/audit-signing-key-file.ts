import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newAuditSigningKeyPem } from '../modules/audit/audit-signing-key.js';

/**
 * Development only: an audit signing key generated next to the embedded database on the first start,
 * so checkpoints stay verifiable across restarts. Production must set AUDIT_SIGNING_KEY (app-config.ts).
 */
export function developmentAuditSigningKey(dataDir: string): string {
  const file = path.join(dataDir, 'audit-signing-key.pem');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const pem = newAuditSigningKeyPem();
  writeFileSync(file, pem, { mode: 0o600 });
  return pem;
}
