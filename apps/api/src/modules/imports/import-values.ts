import { LABEL_LANGUAGES, labelsOf } from '@tvaers/domain';
import type { ImportColumn, ImportLanguage } from './import-sheets.js';

// Enum cells as people write them: the label in any of the three languages or the code, in any case.
// The template offers the chosen language's labels; a filled template writes labels too.

const normalised = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/** The label of `code` in `language` for an enum column (the code itself for a column without labels). */
export function valueLabel(column: ImportColumn, code: string, language: ImportLanguage): string {
  return column.valueLabels ? (labelsOf(column.valueLabels, language)[code] ?? code) : code;
}

/** The values of an enum column as the chosen language's labels, in the column's order. */
export function valueLabelList(column: ImportColumn, language: ImportLanguage): string[] {
  return (column.values ?? []).map((code) => valueLabel(column, code, language));
}

const lookups = new WeakMap<ImportColumn, Map<string, string>>();

function lookupOf(column: ImportColumn): Map<string, string> {
  let lookup = lookups.get(column);
  if (!lookup) {
    lookup = new Map();
    for (const code of column.values ?? []) {
      lookup.set(normalised(code), code);
      lookup.set(normalised(code.replace(/_/g, ' ')), code);
      if (column.valueLabels)
        for (const language of LABEL_LANGUAGES) lookup.set(normalised(labelsOf(column.valueLabels, language)[code] ?? code), code);
    }
    lookups.set(column, lookup);
  }
  return lookup;
}

/** The code an enum cell names, by its code (spaces or dashes for underscores) or its label in any language. */
export function codeOfValue(column: ImportColumn, text: string): string | undefined {
  return lookupOf(column).get(normalised(text)) ?? lookupOf(column).get(normalised(text.replace(/-/g, ' ')));
}

/** A row of codes as the template writes it: enum cells as labels, lists joined with ", ". */
export function labelledRow(columns: ImportColumn[], row: Record<string, unknown>, language: ImportLanguage): Record<string, unknown> {
  const labelled = { ...row };
  for (const column of columns) {
    const value = row[column.key];
    if (column.type === 'enum' && typeof value === 'string') labelled[column.key] = valueLabel(column, value, language);
    if (column.type === 'enumList' && (typeof value === 'string' || Array.isArray(value))) {
      const codes = Array.isArray(value) ? (value as string[]) : value.split(/[,;]/).map((v) => v.trim());
      labelled[column.key] = codes
        .filter(Boolean)
        .map((code) => valueLabel(column, code, language))
        .join(', ');
    }
  }
  return labelled;
}
