import { generateKeyPairSync } from 'node:crypto';
import { auditSigningKeyFrom, newAuditSigningKeyPem } from '../../modules/audit/audit-signing-key.js';
import { loadConfig } from '../app-config.js';

// The shutdown settings (SIGTERM: readiness 503 for the drain, then requests in flight get the timeout).

const signingKey = newAuditSigningKeyPem();
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://db/tvaers',
  TOKEN_SECRET: 'x'.repeat(32),
  AUDIT_SIGNING_KEY: signingKey,
};

describe('loadConfig: shutdown settings', () => {
  it('drains for 5 s behind a balancer (production), not at all by hand, and gives requests 20 s', () => {
    expect(loadConfig(production, '/repo').shutdown).toEqual({ drainMs: 5000, timeoutMs: 20000 });
    expect(loadConfig({}, '/repo').shutdown).toEqual({ drainMs: 0, timeoutMs: 20000 });
    expect(loadConfig({ ...production, SHUTDOWN_DRAIN_SECONDS: '0.5', SHUTDOWN_TIMEOUT_SECONDS: ' 45 ' }, '/repo').shutdown).toEqual({
      drainMs: 500,
      timeoutMs: 45000,
    });
  });

  it.each(['-1', '601', 'soon', 'NaN', 'Infinity', '1e9'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: value }, '/repo')).toThrow(
      /SHUTDOWN_DRAIN_SECONDS must be a number of seconds between 0 and 600/,
    );
    expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: value }, '/repo')).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
  });
});

describe('loadConfig: METRICS_TOKEN', () => {
  it('takes a token of 16 characters or more, and refuses a shorter one naming the variable', () => {
    expect(loadConfig({}, '/repo').metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: ' 0123456789abcdef ' }, '/repo').metricsToken).toBe('0123456789abcdef');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' }, '/repo')).toThrow(/METRICS_TOKEN must be at least 16 characters/);
  });
});

describe('loadConfig: a read replica', () => {
  it('reads DATABASE_READ_URL beside DATABASE_URL; unset means the primary', () => {
    expect(loadConfig({ ...production, DATABASE_READ_URL: ' postgres://replica/tvaers ' }, '/repo').readDatabaseUrl).toBe(
      'postgres://replica/tvaers',
    );
    expect(loadConfig(production, '/repo').readDatabaseUrl).toBeUndefined();
  });

  it('refuses a replica without a primary URL, and a URL that is not PostgreSQL, naming the variable', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/tvaers' }, '/repo')).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => loadConfig({ ...production, DATABASE_READ_URL: 'mysql://replica/tvaers' }, '/repo')).toThrow(
      /DATABASE_READ_URL must be a postgres:\/\/ URL/,
    );
  });
});

describe('loadConfig: log format', () => {
  it('writes JSON in production and text by hand, unless LOG_FORMAT says otherwise', () => {
    expect(loadConfig(production, '/repo').logFormat).toBe('json');
    expect(loadConfig({}, '/repo').logFormat).toBe('text');
    expect(loadConfig({ LOG_FORMAT: 'json' }, '/repo').logFormat).toBe('json');
    expect(loadConfig({ ...production, LOG_FORMAT: 'text' }, '/repo').logFormat).toBe('text');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' }, '/repo')).toThrow(/LOG_FORMAT must be json or text/);
  });

  it('requires an Ed25519 audit signing key in production, and checks it and the checkpoint intervals at start', () => {
    expect(() => loadConfig({ ...production, AUDIT_SIGNING_KEY: undefined }, '/repo')).toThrow(/AUDIT_SIGNING_KEY/);
    expect(() => loadConfig({ ...production, AUDIT_SIGNING_KEY: 'not a key' }, '/repo')).toThrow(/Ed25519 private key in PEM/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadConfig({ ...production, AUDIT_SIGNING_KEY: rsa }, '/repo')).toThrow(/must be an Ed25519 key, got rsa/);
    // A secret store that keeps the PEM on one line with literal \n works too.
    const oneLine = signingKey.trim().replaceAll('\n', '\\n');
    expect(auditSigningKeyFrom(loadConfig({ ...production, AUDIT_SIGNING_KEY: oneLine }, '/repo').audit.signingKey!).keyId).toBe(
      auditSigningKeyFrom(signingKey).keyId,
    );
    expect(loadConfig(production, '/repo').audit).toMatchObject({ checkpointEveryEvents: 1000, checkpointMaxHours: 24 });
    expect(loadConfig({ ...production, AUDIT_CHECKPOINT_EVENTS: '50', AUDIT_CHECKPOINT_HOURS: '6' }, '/repo').audit).toMatchObject({
      checkpointEveryEvents: 50,
      checkpointMaxHours: 6,
    });
    expect(() => loadConfig({ ...production, AUDIT_CHECKPOINT_EVENTS: '0' }, '/repo')).toThrow(
      /AUDIT_CHECKPOINT_EVENTS must be a whole number from 1/,
    );
    expect(() => loadConfig({ ...production, AUDIT_CHECKPOINT_HOURS: '1.5' }, '/repo')).toThrow(/AUDIT_CHECKPOINT_HOURS/);
    // Outside production no key is needed (the server keeps one in the data folder).
    expect(loadConfig({}, '/repo').audit.signingKey).toBeUndefined();
  });
});
