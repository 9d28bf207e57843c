import { loadConfig } from '../app-config.js';

// The shutdown settings (SIGTERM: readiness 503 for the drain, then requests in flight get the timeout).

const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/tvaers', TOKEN_SECRET: 'x'.repeat(32) };

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
});
