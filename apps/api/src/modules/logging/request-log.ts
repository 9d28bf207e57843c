import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import { CONTEXT_ON_REQUEST, type RequestContext } from '../../auth/request-context.js';
import { exposeHeaders } from '../../http/expose-headers.js';

/** A client's or load balancer's request id is kept when it is a plain token; otherwise a new one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type RequestWithContext = IncomingMessage & { [CONTEXT_ON_REQUEST]?: RequestContext; originalUrl?: string };

export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  exposeHeaders(res, 'X-Request-Id');
  return id;
}

/**
 * One JSON line per request: its id, method, path (never the query string, which can carry an
 * invitation token), status, time, the user's id and the GraphQL operation. Headers and bodies are
 * never logged, so no password, token, cookie or e-mail text reaches the log.
 */
export function requestLogOptions(): Options {
  return {
    genReqId: requestId,
    customProps: (req) => {
      const context = (req as RequestWithContext)[CONTEXT_ON_REQUEST];
      return { userId: context?.user?.id, operation: context?.operation };
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error) => ({ type: err.name, message: err.message }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // Probes and scrapes come every few seconds; they would drown the requests worth reading.
    autoLogging: { ignore: (req) => /^\/(health|metrics)\b/.test((req as RequestWithContext).originalUrl ?? req.url ?? '') },
  };
}
