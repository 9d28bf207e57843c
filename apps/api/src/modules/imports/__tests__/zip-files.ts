import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import yazl from 'yazl';

// Hand-made .xlsx files for the zip-bomb tests: the few parts a spreadsheet needs, written directly,
// so a 250,000-row sheet or a 400 MB picture takes a moment to make instead of minutes.

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = (sheet: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const cell = (ref: string, value: string | number) =>
  typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

/** Sheet XML streamed row by row: the header, then `rows` data rows from `row(i)`. */
function sheetXml(header: string[], rows: number, row: (i: number) => (string | number)[]): Readable {
  const letters = 'ABCDEFGHIJ';
  const line = (r: number, values: (string | number)[]) =>
    `<row r="${r}">${values.map((v, c) => cell(`${letters[c]}${r}`, v)).join('')}</row>`;
  return Readable.from(
    (function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${line(1, header)}`;
      for (let i = 0; i < rows; i += 1000) {
        let chunk = '';
        for (let j = i; j < Math.min(rows, i + 1000); j++) chunk += line(j + 2, row(j));
        yield chunk;
      }
      yield '</sheetData></worksheet>';
    })(),
  );
}

/** An .xlsx with one sheet and any extra parts (a picture, say), zipped by yazl, without the parts named in `omit`. */
export async function handMadeXlsx(
  sheet: { name: string; header: string[]; rows: number; row: (i: number) => (string | number)[] },
  extra: { name: string; data: Readable | Buffer }[] = [],
  omit: readonly string[] = [],
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const parts: [string, string][] = [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['xl/workbook.xml', WORKBOOK(sheet.name)],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
  ];
  for (const [name, text] of parts) if (!omit.includes(name)) zip.addBuffer(Buffer.from(text), name);
  zip.addReadStream(sheetXml(sheet.header, sheet.rows, sheet.row), 'xl/worksheets/sheet1.xml');
  for (const part of extra) {
    if (Buffer.isBuffer(part.data)) zip.addBuffer(part.data, part.name);
    else zip.addReadStream(part.data, part.name);
  }
  zip.end();
  return buffer(zip.outputStream);
}

/** `megabytes` MB of zeros, as a stream (a picture that packs into almost nothing). */
export function zeros(megabytes: number): Readable {
  const block = Buffer.alloc(1024 * 1024);
  return Readable.from(
    (function* () {
      for (let i = 0; i < megabytes; i++) yield block;
    })(),
  );
}

/**
 * The same file with the central directory lying about one part: it declares `declared` bytes
 * unpacked where the part really unpacks to far more (a bomb that passes a directory check).
 */
export function lieAboutSize(file: Buffer, partName: string, declared: number): Buffer {
  const out = Buffer.from(file);
  for (
    let at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = at === 0 ? -1 : out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)
  ) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === partName) {
      out.writeUInt32LE(declared, at + 24);
      const local = out.readUInt32LE(at + 42);
      if (out.readUInt32LE(local + 22) !== 0) out.writeUInt32LE(declared, local + 22);
      return out;
    }
  }
  throw new Error(`no part ${partName}`);
}
