import { Readable, Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { workbookParts } from '../import-zip.js';

// patches/exceljs+4.4.0.patch: ExcelJS's streaming reader (the import's) decoded each chunk of a part
// on its own, so a character whose UTF-8 bytes a chunk boundary split became U+FFFD. Where the
// boundaries fall depends on how the bytes arrive, so an import of the same file now and then read
// "Reduceret CO₂-udledning" as "Reduceret CO���-udledning" and took it for a new benefit. Handing the
// reader the parts the import hands it (import-zip.ts: shared strings first, so sheets stream) one
// byte at a time splits every such character.

const TEXTS = ['Reduceret CO₂-udledning', 'Færre manuelle skridt på tværs', 'Økt brukertilfredshet', '😀'.repeat(300), 'ab\u00a0€'];

function oneByteAtATime(file: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < file.length; i++) yield file.subarray(i, i + 1);
    })(),
  );
}

async function cellsReadBack(file: Buffer): Promise<string[]> {
  const parts = await buffer(await workbookParts(file));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(oneByteAtATime(parts), { sharedStrings: 'cache', worksheets: 'emit' });
  const texts: string[] = [];
  for await (const sheet of reader)
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) texts.push(String((row.values as unknown[])[1]));
  return texts;
}

describe('the streaming XLSX reader decodes characters split between chunks', () => {
  it('reads shared strings back as written', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Benefits');
    for (const text of TEXTS) sheet.addRow([text]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await cellsReadBack(file)).toEqual(TEXTS);
  });

  it('reads strings written in the sheet itself back as written', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Benefits');
    for (const text of TEXTS) sheet.addRow([text]).commit();
    sheet.commit();
    await workbook.commit();
    expect(await cellsReadBack(Buffer.concat(chunks))).toEqual(TEXTS);
  });
});
