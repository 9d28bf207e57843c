import ExcelJS from 'exceljs';
import { xmlSafeText } from '@tvaers/domain';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { ProgrammeEntity } from '../programmes/programme.entity.js';
import type { TrackEntity } from '../programmes/track.entity.js';
import { type CellType, columnLetter, IMPORT_SHEETS, type ImportLanguage, type SheetKey } from './import-sheets.js';
import { INSTRUCTION_SHEET, TEMPLATE_TEXTS } from './import-template-texts.js';
import { labelledRow, valueLabelList } from './import-values.js';

// The downloadable import template: an instruction sheet, then one sheet per table with the headers in
// the chosen language, number and date formats, drop-down lists for the closed sets, and the known
// organisations filled in so their identifiers are at hand.

/** Text cells with any character XML forbids replaced, so one stored value cannot break the workbook. */
function xmlSafeRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? xmlSafeText(value) : value]));
}

const FORMATS: Partial<Record<CellType, string>> = { money: '#,##0.00', quantity: '#,##0.####', date: 'yyyy-mm-dd', fiscalYear: '0' };
/** Rows that carry formats and drop-downs; a longer file still imports. */
const PREPARED_ROWS = 2000;

// ExcelJS keeps a worksheet's data validations in a field its type declarations leave out.
declare module 'exceljs' {
  interface Worksheet {
    readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
  }
}

/** Rows to fill in, by sheet, each keyed by column key (the filled template: the programme as it is). */
export type TemplateRows = Partial<Record<SheetKey, Record<string, unknown>[]>>;

export async function importTemplate(
  language: ImportLanguage,
  programme: ProgrammeEntity,
  tracks: TrackEntity[],
  organisations: OrganisationEntity[],
  rows: TemplateRows = {},
): Promise<Buffer> {
  const texts = TEMPLATE_TEXTS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tværs';
  workbook.created = new Date();

  const guide = workbook.addWorksheet(INSTRUCTION_SHEET[language]);
  guide.columns = [{ width: 22 }, { width: 26 }, { width: 14 }, { width: 90 }];
  guide.addRow([texts.title]).font = { bold: true, size: 14 };
  guide.addRow([texts.programme, `${programme.name} (${programme.currency})`]);
  guide.addRow([]);
  for (const rule of texts.rules) guide.addRow([`• ${rule}`]);
  guide.addRow([]);
  guide.addRow([texts.sheet, texts.column, texts.required, texts.allowed]).font = { bold: true };
  for (const sheet of IMPORT_SHEETS) {
    for (const column of sheet.columns) {
      guide.addRow([
        sheet.labels[language],
        column.labels[language],
        column.required ? texts.yes : '',
        valueLabelList(column, language).join(', '),
      ]);
    }
  }
  guide.addRow([]);
  guide.addRow([texts.tracks]).font = { bold: true };
  for (const track of tracks) guide.addRow([track.code, track.name]);

  for (const sheet of IMPORT_SHEETS) {
    const worksheet = workbook.addWorksheet(sheet.labels[language], { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.labels[language],
      key: column.key,
      width: Math.max(14, column.labels[language].length + 4, column.type === 'enumList' ? 30 : 0),
      style: FORMATS[column.type]
        ? { numFmt: FORMATS[column.type] }
        : column.type === 'organisation' || column.type === 'text'
          ? { numFmt: '@' }
          : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    const validations = worksheet.dataValidations;
    sheet.columns.forEach((column, index) => {
      if (column.type !== 'enum' || !column.values) return;
      const letter = columnLetter(index + 1);
      // The drop-down offers the chosen language's names; the import also takes codes and the other languages.
      const names = valueLabelList(column, language);
      validations.add(`${letter}2:${letter}${PREPARED_ROWS}`, {
        type: 'list',
        allowBlank: !column.required,
        formulae: [`"${names.join(',')}"`],
        showErrorMessage: true,
        errorTitle: column.labels[language],
        error: names.join(', '),
      });
    });
    if (sheet.key === 'organisations') {
      for (const o of organisations)
        worksheet.addRow(
          labelledRow(sheet.columns, { identifier: o.identifier, country: o.country.trim(), name: o.name, sector: o.sector }, language),
        );
    }
    for (const row of rows[sheet.key] ?? []) worksheet.addRow(xmlSafeRow(labelledRow(sheet.columns, row, language)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
