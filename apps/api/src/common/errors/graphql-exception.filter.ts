import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DomainError, RETRY_AFTER_SECONDS } from './domain-errors.js';
import { localisedFields, localisedMessage, requestLanguage } from './localised-errors.js';
import { translateDatabaseError } from './postgres-errors.js';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  INVALID_TRANSITION: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  SERVICE_UNAVAILABLE: 503,
};
const logger = new Logger('HTTP');
/** What a download (modules/exports ExportStream) sets before its first byte. */
const DOWNLOAD_HEADERS = [
  'Trailer',
  'Content-Disposition',
  'Cache-Control',
  'X-Generated-At',
  'X-Generated-By',
  'X-Data-As-Of',
  'X-Programme',
];

/**
 * GraphQL: hands every resolver exception to GraphQL unchanged, where formatGraphqlError turns it into
 * a client error (and logs only the unexpected ones). HTTP routes (health, exports): domain errors
 * become their status code with a JSON body; anything else a bare 500, never a stack trace. An error
 * after a download has started cuts the connection, so the client sees an incomplete file, not a
 * truncated one that looks whole.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    // GraphQL takes the error as the field's value. A database error becomes its domain error here
    // already (formatGraphqlError would do the same): an error that is not this realm's Error (a
    // socket error from Node's core under Jest's VM modules) would otherwise pass as a value.
    if (host.getType() !== 'http') return (exception instanceof DomainError ? undefined : translateDatabaseError(exception)) ?? exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      logger.error(`export failed after it started: ${exception instanceof Error ? exception.message : String(exception)}`);
      res.destroy();
      return undefined;
    }
    // A download that failed before its first byte answers with an error, not as the file it announced
    // (a JSON body cannot carry the hash trailer either: Node refuses the response).
    for (const header of DOWNLOAD_HEADERS) res.removeHeader(header);
    const domain = exception instanceof DomainError ? exception : translateDatabaseError(exception);
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json(exception.getResponse());
    } else if (domain) {
      if (domain.code === 'SERVICE_UNAVAILABLE') res.set('Retry-After', String(RETRY_AFTER_SECONDS));
      const language = requestLanguage(host.switchToHttp().getRequest<Request>().headers['accept-language']);
      const fields = localisedFields(domain.fields, language);
      res
        .status(HTTP_STATUS[domain.code] ?? 400)
        .json({ code: domain.code, message: localisedMessage(domain.message, fields, language), fields });
    } else {
      logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on the server' });
    }
    return undefined;
  }
}
