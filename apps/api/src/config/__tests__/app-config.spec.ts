import { loadConfig } from '../app-config.js';

// The shutdown settings (SIGTERM: readiness 503 for the drain, then requests in flight get the timeout).

const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/tvaers', TOKEN_SECRET: 'x'.repeat(32) };

describe('loadConfig: shutdown settings', () => {
  it('drains for 5 s behind a balancer (production), not at all by hand, and gives requests 20 s', () => {
    expect(loadConfig(production, '/repo').shutdown).toEqual({ drainMs: 5000, timeoutMs: 20000 });
    expect(loadConfig({}, '/repo').shutdown).toEqual({ drainMs: 0, timeoutMs: 20000 });
    expect(loadConfig({ ...production, SHUTDOWN_DRAIN_SECONDS: '0.5', SHUTDOWN_TIMEOUT_SECONDS: ' 45 ' }, '/repo').shutdown).toEqual({ drainMs: 500, timeoutMs: 45000 });
  });

  it.each(['-1', '601', 'soon', 'NaN', 'Infinity', '1e9'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: value }, '/repo')).toThrow(/SHUTDOWN_DRAIN_SECONDS must be a number of seconds between 0 and 600/);
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
