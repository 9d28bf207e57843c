/**
 * OpenTelemetry traces are on when OTEL_EXPORTER_OTLP_ENDPOINT (or the traces-only
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: spans go there over OTLP/HTTP. The exporter reads the
 * standard variables itself (endpoint, OTEL_EXPORTER_OTLP_HEADERS for an API key, timeouts); this only
 * decides whether tracing starts, and refuses an endpoint that is not an http(s) URL at start-up
 * rather than dropping every span later.
 */
export interface TracingConfig {
  endpoint: string;
  serviceName: string;
}

export function tracingConfig(env: NodeJS.ProcessEnv): TracingConfig | undefined {
  const name = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() ? 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT' : 'OTEL_EXPORTER_OTLP_ENDPOINT';
  const endpoint = env[name]?.trim();
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return undefined;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`${name} must be an http(s) URL, got "${endpoint}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${name} must be an http(s) URL (OTLP over HTTP), got "${endpoint}"`);
  return { endpoint, serviceName: env.OTEL_SERVICE_NAME?.trim() || 'tvaers-api' };
}
