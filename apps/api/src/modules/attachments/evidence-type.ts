import { fileTypeFromBuffer } from 'file-type';
import { textProblem } from '@tvaers/domain';
import { invalidField } from '../../common/errors/domain-errors.js';
import { UnsupportedMediaTypeError } from '../../http/read-body.js';

// What an evidence file is, judged by its content (never by the name or the Content-Type the client
// claims): PDF, PNG, JPEG, XLSX and DOCX by their signatures (file-type), CSV and TXT as valid UTF-8
// text without control characters.

const BINARY_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

const ALLOWED = 'PDF, PNG, JPEG, XLSX, DOCX, CSV or TXT';

function isPlainText(content: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  // Tabs and line breaks are text; other control characters mean a binary file.
  return !hasControlCharacter(text, TEXT_WHITESPACE);
}

const TEXT_WHITESPACE = new Set([0x09, 0x0a, 0x0d]);

/** A C0 control character or DEL, other than those `allowed`. */
function hasControlCharacter(text: string, allowed: ReadonlySet<number> = new Set()): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 || code === 0x7f) && !allowed.has(code)) return true;
  }
  return false;
}

/** The media type of an evidence file from its content, or 415 naming what it is. */
export async function evidenceMediaType(content: Buffer, fileName: string): Promise<string> {
  const detected = await fileTypeFromBuffer(content);
  if (detected && BINARY_TYPES.has(detected.mime)) return detected.mime;
  if (!detected && isPlainText(content)) return fileName.toLowerCase().endsWith('.csv') ? 'text/csv' : 'text/plain';
  const what = detected ? `${detected.mime} (.${detected.ext})` : 'not a file type Tværs recognises';
  throw new UnsupportedMediaTypeError(`The file is ${what}; evidence must be ${ALLOWED}`);
}

/** The file name from X-File-Name (percent-encoded UTF-8 allowed): no folders, no control characters, at most 255 characters. */
export function evidenceFileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw?.trim()) throw invalidField('X-File-Name', 'is required: the name of the file, e.g. regnskab-2026.pdf');
  let name: string;
  try {
    name = decodeURIComponent(raw.trim());
  } catch {
    throw invalidField('X-File-Name', 'is not valid percent-encoded UTF-8');
  }
  name = name.split(/[\\/]/).pop()!.trim();
  const problem = textProblem(name);
  if (problem) throw invalidField('X-File-Name', problem);
  if (hasControlCharacter(name)) throw invalidField('X-File-Name', 'must not contain control characters');
  if (!name || name === '.' || name === '..') throw invalidField('X-File-Name', 'must name a file');
  if (name.length > 255) throw invalidField('X-File-Name', 'must be at most 255 characters');
  return name;
}
