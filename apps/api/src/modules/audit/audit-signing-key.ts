import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

// The key that signs audit checkpoints (Ed25519). Given as a PKCS#8 PEM in AUDIT_SIGNING_KEY, never
// stored in the database: only its public half is, so that checkpoints of earlier keys stay checkable.

export interface AuditSigningKey {
  privateKey: KeyObject;
  /** The raw 32-byte public key, base64: what /.well-known/tvaers-audit-key and the verifiers use. */
  publicKey: string;
  /** The first 16 hex digits of the SHA-256 of the raw public key. */
  keyId: string;
}

/** The signing key from its PEM text (literal "\n" sequences allowed, as some secret stores write them). */
export function auditSigningKeyFrom(pem: string): AuditSigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem.includes('\\n') ? pem.replaceAll('\\n', '\n') : pem);
  } catch {
    throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)');
  }
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error(`AUDIT_SIGNING_KEY must be an Ed25519 key, got ${privateKey.asymmetricKeyType ?? 'an unknown kind'}`);
  const raw = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x!, 'base64url');
  return { privateKey, publicKey: raw.toString('base64'), keyId: createHash('sha256').update(raw).digest('hex').slice(0, 16) };
}

/** A new signing key as PEM (development, tests). */
export function newAuditSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}
