import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import getRawBody from 'raw-body';
import { AuthContextMiddleware, databaseAwayAnswer } from '../auth/auth-context.middleware.js';
import { runWithContext } from '../auth/request-context.js';
import { graphqlErrorBody } from '../common/errors/format-graphql-error.js';

// POST /graphql with a JSON body is nearly every request the API gets, and before it reached Apollo it
// passed Express's router, Nest's middleware chain, two body parsers and the Apollo integration's
// url.parse: about 0.3 ms of a request's CPU, more than the rest of a one-project read outside the
// database (bench/peer.mjs). Those requests are served here, on Node's HTTP server ahead of Express,
// by the same Apollo server with the same plugins, the same middlewares (request id and log line,
// metrics, security headers, the draining flag, the signed-in user) and the same context. Anything
// else, and a body Express's JSON parser would treat specially (another charset, a compressed body),
// goes to Express as before. With CORS configured everything does: Express adds its headers.

export const GRAPHQL_HTTP_OPTIONS = Symbol('GRAPHQL_HTTP_OPTIONS');

/** A middleware of the Express path that calls `next` before it returns (checked on every call). */
export interface SynchronousMiddleware {
  use(req: never, res: never, next: () => void): void;
}

export interface GraphqlHttpOptions {
  /** Serve POST /graphql here (default); false: through Express (CORS configured, or a test comparing). */
  direct: boolean;
  /** The Express path's middlewares before the signed-in user's, in its order (app.module.ts). */
  middlewares: SynchronousMiddleware[];
  /** The GraphQL context of a request (graphqlRequestContext). */
  context: (request: { res?: ServerResponse }) => object;
}

/** The largest GraphQL request body: body-parser's default, which the Express path applies. */
export const GRAPHQL_BODY_LIMIT = 100 * 1024;

type Answer = { status: number; headers?: Record<string, string>; body: unknown };

const protocolError = (status: number, code: string, message: string): Answer => ({ status, body: graphqlErrorBody(message, code) });

/** Whether a request is one this server answers: POST /graphql with a UTF-8 JSON body. */
export function servedDirectly(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql' || req.headers['content-encoding'] !== undefined) return false;
  const type = req.headers['content-type']?.toLowerCase().replace(/\s+/g, '');
  return type === 'application/json' || type === 'application/json;charset=utf-8';
}

/** The request's JSON body, or the answer that refuses it (too large, not JSON, not an object). */
async function readJsonBody(req: IncomingMessage): Promise<{ body: object } | { refused: Answer }> {
  let text: string;
  try {
    text = await getRawBody(req, { length: req.headers['content-length'], limit: GRAPHQL_BODY_LIMIT, encoding: 'utf8' });
  } catch (error) {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large')
      return { refused: protocolError(413, 'PAYLOAD_TOO_LARGE', `The request is larger than ${GRAPHQL_BODY_LIMIT / 1024} KB`) };
    return { refused: protocolError(400, 'BAD_REQUEST', 'The request body could not be read') };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { refused: protocolError(400, 'BAD_REQUEST', `The request body is not valid JSON: ${(error as Error).message}`) };
  }
  // As body-parser's strict mode: an object (or a batch, which Apollo refuses with its own message).
  if (typeof body !== 'object' || body === null)
    return { refused: protocolError(400, 'BAD_REQUEST', 'The request body must be a JSON object with a query') };
  return { body };
}

function send(res: ServerResponse, answer: Answer): void {
  res.statusCode = answer.status;
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(answer.body));
}

function runSynchronously(middleware: SynchronousMiddleware, req: IncomingMessage, res: ServerResponse): void {
  let called = false;
  (middleware.use as (req: IncomingMessage, res: ServerResponse, next: () => void) => void)(req, res, () => (called = true));
  if (!called) throw new Error(`${middleware.constructor.name} did not call next() at once`);
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

@Injectable()
export class GraphqlHttpServer implements OnApplicationBootstrap {
  private readonly logger = new Logger('GraphQL');

  constructor(
    @Inject(GRAPHQL_HTTP_OPTIONS) private readonly options: GraphqlHttpOptions,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthContextMiddleware,
  ) {}

  /** Puts this server in front of Express on the HTTP server (created with the app, listening later). */
  onApplicationBootstrap(): void {
    if (!this.options.direct) return;
    const adapter = this.adapterHost.httpAdapter;
    const server = adapter?.getHttpServer() as Server | undefined;
    const express = adapter?.getInstance<RequestListener>();
    const listeners = (server?.listeners('request') ?? []) as RequestListener[];
    if (!server || !listeners.includes(express)) return; // not an HTTP app (the schema generator)
    const apollo = (this.moduleRef.get(GraphQLModule, { strict: false }).graphQlAdapter as ApolloDriver).instance;
    const dispatch: RequestListener = (req, res) => {
      if (servedDirectly(req)) void this.serve(apollo, req, res);
      else express(req, res);
    };
    // In Express's place, so Nest's own listener (it counts requests per socket) still runs after it.
    server.removeAllListeners('request');
    for (const listener of listeners) server.on('request', listener === express ? dispatch : listener);
  }

  /** One GraphQL request, as the Express path would answer it. */
  async serve(apollo: ApolloServer<BaseContext>, req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      // Express parses the body before its middlewares run (the draining flag is read after the upload).
      const read = await readJsonBody(req);
      for (const middleware of this.options.middlewares) runSynchronously(middleware, req, res);
      if ('refused' in read) return send(res, read.refused);
      const context = await this.auth.contextOf(req, req.socket.remoteAddress);
      if (!context) return send(res, databaseAwayAnswer(true));
      await runWithContext(context, async () => {
        const answer = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers: headerMap(req), search: '', body: read.body },
          context: async () => ({ ...this.options.context({ res }), req }),
        });
        for (const [name, value] of answer.headers) res.setHeader(name, value);
        res.statusCode = answer.status ?? 200;
        if (answer.body.kind === 'complete') return void res.end(answer.body.string);
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      });
    } catch (error) {
      // Apollo answers every GraphQL error itself; this is a fault in the steps around it.
      this.logger.error(`POST /graphql failed outside GraphQL: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else send(res, protocolError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
    }
  }
}
