import type { Request } from 'express';
import { DomainError, invalidField } from '../../common/errors/domain-errors.js';

/** Largest workbook accepted: a 200,000-row import file is about 8 MB. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

const ACCEPTED_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

/**
 * Reads the raw request body, refusing it as soon as it passes the limit. Only the .xlsx and octet-stream
 * types are accepted: with any other type the body parsers would already have consumed (and mangled)
 * the file, and the user would be told the workbook is empty.
 */
export async function readUpload(req: Request, limit = MAX_UPLOAD_BYTES): Promise<Buffer> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_TYPES.includes(type)) {
    throw new UnsupportedMediaTypeError(`Send the .xlsx file itself as the request body with Content-Type ${ACCEPTED_TYPES[0]} (got ${type || 'none'})`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB`);
    chunks.push(chunk);
  }
  if (size === 0) throw invalidField('body', 'is empty; send the .xlsx file as the request body');
  return Buffer.concat(chunks);
}
