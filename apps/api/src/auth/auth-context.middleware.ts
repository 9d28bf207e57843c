import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, ServiceUnavailableError } from '../common/errors/domain-errors.js';
import { isDatabaseUnreachable } from '../common/errors/postgres-errors.js';
import { CONTEXT_ON_REQUEST, type RequestContext, runWithContext } from './request-context.js';
import { SignedInUserLookup } from './signed-in-user-lookup.js';

/**
 * Resolves the bearer token to a user (looked up each request, so a deactivated user or a changed
 * role takes effect at once) and runs the rest of the request inside that context.
 */
@Injectable()
export class AuthContextMiddleware implements NestMiddleware {
  constructor(private readonly users: SignedInUserLookup) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const context: RequestContext = { ip: req.ip };
    // The request's log line (written when it ends) names the user and the operation.
    (req as Request & { [CONTEXT_ON_REQUEST]?: RequestContext })[CONTEXT_ON_REQUEST] = context;
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      try {
        // The lookup runs before anyone is known, through a function that reads as the owner, so it
        // leaves the connection's session settings as they are (see the SignedInUserLookup migration).
        context.user = await runWithContext({ anySession: true }, () => this.users.fromToken(header.slice(7).trim()));
      } catch (error) {
        if (!isDatabaseUnreachable(error)) throw error;
        const unavailable = new ServiceUnavailableError();
        const body = { code: unavailable.code, message: unavailable.message };
        // GraphQL clients read errors[].extensions.code; REST clients the JSON body's code.
        res
          .status(503)
          .set('Retry-After', String(RETRY_AFTER_SECONDS))
          .json(
            req.originalUrl.split('?')[0] === '/graphql' ? { errors: [{ message: body.message, extensions: { code: body.code } }] } : body,
          );
        return;
      }
    }
    runWithContext(context, next);
  }
}
