import type { Request } from 'express';
import { DomainError } from '../../common/errors/domain-errors.js';

/** Largest workbook accepted: a 200,000-row import file is about 8 MB. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}

/** Reads the raw request body, refusing it as soon as it passes the limit. */
export async function readUpload(req: Request, limit = MAX_UPLOAD_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLargeError(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
