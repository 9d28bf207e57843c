import type { IncomingMessage } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, ServiceUnavailableError } from '../common/errors/domain-errors.js';
import { graphqlErrorBody } from '../common/errors/format-graphql-error.js';
import { isDatabaseUnreachable } from '../common/errors/postgres-errors.js';
import { CONTEXT_ON_REQUEST, type RequestContext, runWithContext } from './request-context.js';
import { SignedInUserLookup } from './signed-in-user-lookup.js';

/** The answer to a request whose user cannot be looked up because the database is away. */
export function databaseAwayAnswer(graphql: boolean): { status: 503; headers: Record<string, string>; body: unknown } {
  const unavailable = new ServiceUnavailableError();
  const body = { code: unavailable.code, message: unavailable.message };
  // GraphQL clients read errors[].extensions.code; REST clients the JSON body's code.
  return {
    status: 503,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
    body: graphql ? graphqlErrorBody(body.message, body.code) : body,
  };
}

/**
 * Resolves the bearer token to a user (looked up each request, so a deactivated user or a changed
 * role takes effect at once) and runs the rest of the request inside that context.
 */
@Injectable()
export class AuthContextMiddleware implements NestMiddleware {
  constructor(private readonly users: SignedInUserLookup) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const context = await this.contextOf(req, req.ip);
    if (!context) {
      const answer = databaseAwayAnswer(req.originalUrl.split('?')[0] === '/graphql');
      res.status(answer.status).set(answer.headers).json(answer.body);
      return;
    }
    runWithContext(context, next);
  }

  /**
   * The request's context: its user, if the bearer token names an active one, and the client's address.
   * Undefined when the database cannot be reached to look the user up (the request answers 503).
   */
  async contextOf(req: IncomingMessage, ip: string | undefined): Promise<RequestContext | undefined> {
    const context: RequestContext = { ip };
    // The request's log line (written when it ends) names the user and the operation.
    (req as IncomingMessage & { [CONTEXT_ON_REQUEST]?: RequestContext })[CONTEXT_ON_REQUEST] = context;
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) return context;
    try {
      // The lookup runs before anyone is known, through a function that reads as the owner, so it
      // leaves the connection's session settings as they are (see the SignedInUserLookup migration).
      context.user = await runWithContext({ anySession: true }, () => this.users.fromToken(header.slice(7).trim()));
      return context;
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      return undefined;
    }
  }
}
