import type { Request } from 'express';
import { readRawBody, requestMediaType, UnsupportedMediaTypeError } from '../../http/read-body.js';

export { PayloadTooLargeError, UnsupportedMediaTypeError } from '../../http/read-body.js';

/** Largest workbook accepted: a 200,000-row import file is about 8 MB. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

const ACCEPTED_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

/**
 * Reads the workbook from the raw request body. Only the .xlsx and octet-stream types are accepted:
 * with any other type the body parsers would already have consumed (and mangled) the file, and the
 * user would be told the workbook is empty.
 */
export async function readUpload(req: Request, limit = MAX_UPLOAD_BYTES): Promise<Buffer> {
  const type = requestMediaType(req);
  if (!ACCEPTED_TYPES.includes(type)) {
    throw new UnsupportedMediaTypeError(
      `Send the .xlsx file itself as the request body with Content-Type ${ACCEPTED_TYPES[0]} (got ${type || 'none'})`,
    );
  }
  return readRawBody(req, limit, 'the .xlsx file');
}
