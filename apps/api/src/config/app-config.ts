import path from 'node:path';

/** Everything the API reads from the environment, parsed once at start-up. */
export interface AppConfig {
  port: number;
  /** Unset: start the embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
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
}

export function loadConfig(env: NodeJS.ProcessEnv, repoRoot: string): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (production && !databaseUrl) throw new Error('NODE_ENV=production requires DATABASE_URL (the embedded database is for development only)');
  const tokenSecret = env.TOKEN_SECRET?.trim() || undefined;
  if (production && (!tokenSecret || tokenSecret.length < 32)) throw new Error('NODE_ENV=production requires TOKEN_SECRET (at least 32 characters) to sign sign-in tokens');
  const ttlHours = Number(env.TOKEN_TTL_HOURS ?? 8);
  if (!(ttlHours > 0 && ttlHours <= 24 * 30)) throw new Error(`TOKEN_TTL_HOURS must be between 0 and 720, got "${env.TOKEN_TTL_HOURS}"`);
  const demoDefault = databaseUrl ? 'false' : 'true';
  return {
    port,
    databaseUrl,
    dataDir: path.resolve(repoRoot, env.TVAERS_DATA_DIR ?? '.data'),
    production,
    demoData: !production && (env.TVAERS_DEMO_DATA ?? demoDefault) === 'true',
    webDist: path.resolve(repoRoot, env.TVAERS_WEB_DIST ?? 'dist/web'),
    tokenSecret,
    sessionSeconds: Math.round(ttlHours * 3600),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  };
}
