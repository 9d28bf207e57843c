import path from 'node:path';
import type { OidcConfig } from '../auth/auth-config.js';
import type { JobsConfig } from '../modules/reporting/jobs-config.js';
import { auditSigningKeyFrom } from '../modules/audit/audit-signing-key.js';
import type { AuditConfig } from '../modules/audit/audit-config.js';

/** Everything the API reads from the environment, parsed once at start-up. */
export interface AppConfig {
  port: number;
  /** Unset: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  /** A read replica for dashboards, exports and the public feed (DATABASE_READ_URL); unset: the primary. */
  readDatabaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Load the demo portfolio (once) into an empty database. */
  demoData: boolean;
  /** Folder with the built web app, served at `/`. */
  webDist: string;
  /** Signs session tokens; unset outside production: a random secret kept in dataDir. */
  tokenSecret: string | undefined;
  /** Session lifetime in seconds (TOKEN_TTL_HOURS, default 8). */
  sessionSeconds: number;
  /** Origins allowed to call the API from another site (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** E-mail and password sign-in (PASSWORD_LOGIN=false turns it off when single sign-on is configured). */
  passwordLogin: boolean;
  /** OpenID Connect sign-in, when OIDC_ISSUER_URL is set. */
  oidc: OidcConfig | undefined;
  /** The job queue (TVAERS_JOBS=false turns it off in this process) and mail (SMTP_URL, MAIL_FROM). */
  jobs: JobsConfig;
  /** Bearer token that GET /metrics asks for (METRICS_TOKEN); unset: open outside production, off in production. */
  metricsToken: string | undefined;
  /** LOG_FORMAT: json (pino, one line per request and message; the default in production) or text. */
  logFormat: 'json' | 'text';
  /** Audit checkpoints: the signing key (AUDIT_SIGNING_KEY; unset outside production: a key kept in dataDir) and intervals. */
  audit: AuditConfig;
  /** On SIGTERM: readiness 503 for drainMs, then requests in flight get up to timeoutMs (see graceful-shutdown.ts). */
  shutdown: { drainMs: number; timeoutMs: number };
}

function logFormat(env: NodeJS.ProcessEnv, production: boolean): 'json' | 'text' {
  const format = env.LOG_FORMAT?.trim() || (production ? 'json' : 'text');
  if (format !== 'json' && format !== 'text') throw new Error(`LOG_FORMAT must be json or text, got "${env.LOG_FORMAT}"`);
  return format;
}

function metricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.METRICS_TOKEN?.trim() || undefined;
  if (token && token.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters (it guards GET /metrics)');
  return token;
}

/** A number of seconds from the environment, 0–600, as milliseconds. */
function secondsSetting(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  const seconds = raw ? Number(raw) : fallback;
  if (!(Number.isFinite(seconds) && seconds >= 0 && seconds <= 600))
    throw new Error(`${name} must be a number of seconds between 0 and 600, got "${env[name]}"`);
  return Math.round(seconds * 1000);
}

function auditConfig(env: NodeJS.ProcessEnv, production: boolean): AuditConfig {
  const signingKey = env.AUDIT_SIGNING_KEY?.trim() || undefined;
  if (production && !signingKey)
    throw new Error('NODE_ENV=production requires AUDIT_SIGNING_KEY (an Ed25519 private key in PEM) to sign audit checkpoints');
  if (signingKey) auditSigningKeyFrom(signingKey); // a wrong key stops the start, not the first checkpoint
  const whole = (name: string, fallback: number, max: number) => {
    const raw = env[name]?.trim();
    const value = raw ? Number(raw) : fallback;
    if (!(Number.isInteger(value) && value >= 1 && value <= max))
      throw new Error(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
    return value;
  };
  return {
    signingKey,
    checkpointEveryEvents: whole('AUDIT_CHECKPOINT_EVENTS', 1000, 1_000_000),
    checkpointMaxHours: whole('AUDIT_CHECKPOINT_HOURS', 24, 24 * 7),
  };
}

function oidcConfig(env: NodeJS.ProcessEnv, port: number): OidcConfig | undefined {
  const issuerUrl = env.OIDC_ISSUER_URL?.trim();
  if (!issuerUrl) return undefined;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!clientId || !clientSecret) throw new Error('OIDC_ISSUER_URL needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  for (const [name, value] of [
    ['OIDC_ISSUER_URL', issuerUrl],
    ['PUBLIC_URL', publicUrl],
  ]) {
    if (!URL.canParse(value!)) throw new Error(`${name} must be a URL, got "${value}"`);
  }
  return {
    issuerUrl,
    clientId,
    clientSecret,
    publicUrl,
    displayName: env.OIDC_DISPLAY_NAME?.trim() || 'single sign-on',
    autoProvision: env.OIDC_AUTO_PROVISION === 'true',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const readDatabaseUrl = env.DATABASE_READ_URL?.trim() || undefined;
  if (readDatabaseUrl && !databaseUrl)
    throw new Error('DATABASE_READ_URL needs DATABASE_URL (a replica of the embedded database does not exist)');
  if (readDatabaseUrl && !/^postgres(ql)?:\/\//.test(readDatabaseUrl)) throw new Error('DATABASE_READ_URL must be a postgres:// URL');
  if (production && !databaseUrl)
    throw new Error('NODE_ENV=production requires DATABASE_URL (the embedded database is for development only)');
  const tokenSecret = env.TOKEN_SECRET?.trim() || undefined;
  if (production && (!tokenSecret || tokenSecret.length < 32))
    throw new Error('NODE_ENV=production requires TOKEN_SECRET (at least 32 characters) to sign sign-in tokens');
  const ttlHours = Number(env.TOKEN_TTL_HOURS ?? 8);
  if (!(ttlHours > 0 && ttlHours <= 24 * 30)) throw new Error(`TOKEN_TTL_HOURS must be between 0 and 720, got "${env.TOKEN_TTL_HOURS}"`);
  const demoDefault = databaseUrl ? 'false' : 'true';
  const oidc = oidcConfig(env, port);
  const passwordLogin = env.PASSWORD_LOGIN !== 'false';
  if (!passwordLogin && !oidc) throw new Error('PASSWORD_LOGIN=false needs single sign-on (OIDC_ISSUER_URL), or nobody could sign in');
  return {
    port,
    databaseUrl,
    readDatabaseUrl,
    dataDir: path.resolve(repoRoot, env.TVAERS_DATA_DIR ?? '.data'),
    production,
    demoData: !production && (env.TVAERS_DEMO_DATA ?? demoDefault) === 'true',
    webDist: path.resolve(repoRoot, env.TVAERS_WEB_DIST ?? 'dist/web'),
    tokenSecret,
    sessionSeconds: Math.round(ttlHours * 3600),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    passwordLogin,
    oidc,
    jobs: jobsConfig(env, port),
    metricsToken: metricsToken(env),
    logFormat: logFormat(env, production),
    audit: auditConfig(env, production),
    // Behind a load balancer (production) the drain gives it time to see readiness fail; by hand
    // (development) Ctrl-C should stop at once.
    shutdown: {
      drainMs: secondsSetting(env, 'SHUTDOWN_DRAIN_SECONDS', production ? 5 : 0),
      timeoutMs: secondsSetting(env, 'SHUTDOWN_TIMEOUT_SECONDS', 20),
    },
  };
}

function jobsConfig(env: NodeJS.ProcessEnv, port: number): JobsConfig {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new Error(`SMTP_URL must start with smtp:// or smtps://, got "${smtpUrl}"`);
  return {
    enabled: env.TVAERS_JOBS !== 'false',
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Tværs <noreply@localhost>',
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
  };
}
