import { register } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAddHookMessageChannel } from 'import-in-the-middle';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Span } from '@opentelemetry/api';
import { CONTEXT_ON_REQUEST, type RequestContext } from '../../auth/request-context.js';
import type { TracingConfig } from './tracing-config.js';

/** Query parameters that carry secrets (the OpenID Connect callback's code and state, tokens). */
const SECRET_QUERY_PARAMS = [
  'code',
  'state',
  'session_state',
  'token',
  'id_token',
  'access_token',
  'sig',
  'Signature',
  'AWSAccessKeyId',
  'X-Goog-Signature',
];

/** Probes and scrapes come every few seconds; as traces they would drown the requests worth reading. */
const UNTRACED_PATHS = /^\/(health|metrics)\b/;

/**
 * The request's user and GraphQL operation (left on the request by the auth middleware, as for the
 * log line) and its X-Request-Id, so that a trace and a log line can be found from each other.
 */
function annotateRequestSpan(span: Span, request: IncomingMessage | unknown, response: ServerResponse | unknown): void {
  const context = (request as { [CONTEXT_ON_REQUEST]?: RequestContext })[CONTEXT_ON_REQUEST];
  if (context?.operation) {
    // As in the log line and the permission matrix: "query project", "mutation createBenefit".
    span.setAttribute('tvaers.operation', context.operation);
    span.updateName(`POST /graphql ${context.operation}`);
  }
  if (context?.user) span.setAttribute('enduser.id', context.user.id);
  const requestId = (response as ServerResponse).getHeader?.('x-request-id');
  if (typeof requestId === 'string') span.setAttribute('tvaers.request_id', requestId);
}

/**
 * Starts tracing: incoming HTTP requests, Express routing and every PostgreSQL statement (its text with
 * placeholders, never the values bound to it). Must run before the app's modules are imported, so the
 * hooks see express and pg load (the app is ESM: import-in-the-middle's loader hook does this).
 * Resolves with a function that flushes the spans still buffered, for shutdown.
 */
export async function startTracing(config: TracingConfig): Promise<{ shutdown: () => Promise<void> }> {
  const { registerOptions, waitForAllMessagesAcknowledged } = createAddHookMessageChannel();
  register('import-in-the-middle/hook.mjs', import.meta.url, registerOptions);

  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
        redactedQueryParamsServer: SECRET_QUERY_PARAMS,
        redactedQueryParams: SECRET_QUERY_PARAMS,
        applyCustomAttributesOnSpan: annotateRequestSpan,
      }),
      // Nest's own middleware layers (body parsers, security headers) add a span each and say nothing.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  await waitForAllMessagesAcknowledged();
  return { shutdown: () => provider.shutdown() };
}
