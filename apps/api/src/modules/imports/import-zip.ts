import { PassThrough, pipeline, type Readable } from 'node:stream';
import yauzl from 'yauzl';
import yazl from 'yazl';

// An .xlsx is a zip, and a zip can be a bomb: a 1 MB file that inflates to gigabytes. Before anything is
// inflated, the central directory is checked (entry count, total and per-part uncompressed size,
// compression ratio); then only the parts the import reads are inflated, by yauzl, which also stops any
// part that inflates to more than its directory entry declared. They are handed to the spreadsheet
// reader as a new zip in the order a streaming reader needs: workbook, shared strings, styles, sheets.

const MB = 1024 * 1024;

export const ZIP_LIMITS = {
  maxEntries: 1000,
  /** Declared uncompressed size of all entries together, whether the import reads them or not. */
  maxTotalBytes: 300 * MB,
  /** Declared uncompressed size of one part the import reads. */
  maxPartBytes: 200 * MB,
  /** Largest compression ratio of an entry over 1 MB; spreadsheet XML compresses 10–40 times. */
  maxRatio: 150,
} as const;

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/** Why the file cannot be read as a workbook, in words for the person who sent it. */
export class UnreadableWorkbookError extends Error {}

/** The parts the import reads, in reading order; everything else (images, printer settings …) is skipped. */
const PARTS = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet(\d+)\.xml$/,
];

function partRank(name: string): number | undefined {
  const index = PARTS.findIndex((pattern) => pattern.test(name));
  if (index < 0) return undefined;
  const sheet = /sheet(\d+)\.xml$/.exec(name);
  return index * 1_000_000 + (sheet ? Number(sheet[1]) : 0);
}

async function directoryOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

function checkDirectory(entries: yauzl.Entry[]): void {
  const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > MB && entry.uncompressedSize / Math.max(entry.compressedSize, 1) > ZIP_LIMITS.maxRatio) {
      throw new UnreadableWorkbookError(
        `The file is refused: its part ${entry.fileName} would unpack ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))} times its size (a spreadsheet unpacks at most ${ZIP_LIMITS.maxRatio} times).`,
      );
    }
    if (partRank(entry.fileName) !== undefined && entry.uncompressedSize > ZIP_LIMITS.maxPartBytes) {
      throw new UnreadableWorkbookError(
        `The file is refused: its part ${entry.fileName} unpacks to ${mb(entry.uncompressedSize)}, more than the ${mb(ZIP_LIMITS.maxPartBytes)} a sheet may have. Split the file.`,
      );
    }
  }
  if (total > ZIP_LIMITS.maxTotalBytes)
    throw new UnreadableWorkbookError(
      `The file is refused: it unpacks to ${mb(total)}, more than ${mb(ZIP_LIMITS.maxTotalBytes)}. Remove pictures and other objects, or split it.`,
    );
}

/**
 * The parts of an uploaded workbook the import reads, as a zip stream, after the directory checks.
 * Throws UnreadableWorkbookError when the file is not a zip or breaks a limit; a part that inflates past
 * its declared size makes the returned stream fail.
 */
export async function workbookParts(file: Buffer): Promise<Readable> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true });
  } catch {
    throw new UnreadableWorkbookError('The file is not an Excel workbook (.xlsx). Save it as "Excel Workbook (.xlsx)" and try again.');
  }
  if (zip.entryCount > ZIP_LIMITS.maxEntries) {
    zip.close();
    throw new UnreadableWorkbookError(
      `The file is refused: it holds ${zip.entryCount} parts, more than the ${ZIP_LIMITS.maxEntries} a spreadsheet has.`,
    );
  }
  const entries = await directoryOf(zip).catch(() => {
    throw new UnreadableWorkbookError('The file is damaged: its table of contents cannot be read. Save it again as .xlsx.');
  });
  checkDirectory(entries);
  const needed = entries.filter((e) => partRank(e.fileName) !== undefined).sort((a, b) => partRank(a.fileName)! - partRank(b.fileName)!);
  const has = (name: string) => needed.some((e) => e.fileName === name);
  if (!has('xl/workbook.xml') || !has('xl/_rels/workbook.xml.rels'))
    throw new UnreadableWorkbookError('The file is not an Excel workbook (.xlsx). Save it as "Excel Workbook (.xlsx)" and try again.');

  const out = new yazl.ZipFile();
  const stream = new PassThrough();
  // Destroying `stream` (the reader stopped at the row limit) tears the whole pipeline down.
  pipeline(out.outputStream, stream, () => undefined);
  let sharedStrings = has('xl/sharedStrings.xml');
  const addSharedStringsOnce = () => {
    if (!sharedStrings) out.addBuffer(Buffer.from(EMPTY_SHARED_STRINGS), 'xl/sharedStrings.xml', { compressionLevel: 1 });
    sharedStrings = true;
  };
  const fail = (error: Error) =>
    stream.destroy(new UnreadableWorkbookError(`The file is damaged (${error.message}). Save it again as .xlsx.`));
  for (const entry of needed) {
    // The spreadsheet reader parks every sheet it meets before the shared strings in a temporary file,
    // which it removes only when it reads the sheet to its end or the process exits: an import stopped
    // early, or a process that runs for weeks, kept them. A workbook without shared strings (numbers
    // only, or strings inline) gets an empty part, so no sheet is ever parked.
    if (entry.fileName.startsWith('xl/styles.xml') || entry.fileName.startsWith('xl/worksheets/')) addSharedStringsOnce();
    const part = await zip.openReadStreamPromise(entry);
    part.on('error', fail);
    // Level 1: the new zip only carries the parts to the reader in this process; speed matters, size not.
    out.addReadStream(part, entry.fileName, { compressionLevel: 1 });
  }
  addSharedStringsOnce();
  out.end();
  return stream;
}
