import type { Request } from 'express';
import { DomainError, invalidField } from '../common/errors/domain-errors.js';

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

/** The request's media type, lower case, without parameters. */
export function requestMediaType(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Reads a raw file body, refusing it as soon as it passes the limit (before it is all in memory).
 * `what` names the file in the messages ("the .xlsx file", "the evidence file").
 */
export async function readRawBody(req: Request, limit: number, what: string): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    throw new PayloadTooLargeError(`${what} is larger than ${Math.round(limit / 1024 / 1024)} MB`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError(`${what} is larger than ${Math.round(limit / 1024 / 1024)} MB`);
    chunks.push(chunk);
  }
  if (size === 0) throw invalidField('body', `is empty; send ${what} as the request body`);
  return Buffer.concat(chunks);
}
