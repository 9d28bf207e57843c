import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentContext, currentUser } from '../../auth/request-context.js';
import { assertProgrammeOpen, assertProgrammeRole } from '../../auth/write-scope.js';
import type { ImportProblem } from './import-problems.js';
import { type ImportPlan, planImport, projectCodesIn } from './import-plan.js';
import { IMPORT_SHEETS, type SheetKey } from './import-sheets.js';
import { loadImportState } from './import-state.js';
import { readImportWorkbook } from './import-workbook.js';
import { writeImportPlan } from './import-writer.js';

export type ImportProgress =
  { stage: 'reading'; bytes: number } | { stage: 'checking'; rows: number } | { stage: 'writing'; done: number; total: number };

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  file: { sha256: string; bytes: number };
  rows: number;
  counts: Record<SheetKey, ImportCounts>;
  /** At most MAX_LISTED_PROBLEMS, in sheet and row order; `problemCount` says how many there were. */
  problems: ImportProblem[];
  problemCount: number;
}

export const MAX_LISTED_PROBLEMS = 1000;

function countsOf(plan: ImportPlan | undefined): Record<SheetKey, ImportCounts> {
  return Object.fromEntries(
    IMPORT_SHEETS.map(({ key }) => [
      key,
      plan
        ? { created: plan[key].inserts.length, updated: plan[key].updates.length, unchanged: plan[key].unchanged }
        : { created: 0, updated: 0, unchanged: 0 },
    ]),
  ) as Record<SheetKey, ImportCounts>;
}

/** Problems in the order the user meets them: whole-file first, then by sheet tab, then by row. */
function sorted(problems: ImportProblem[], sheetOrder: string[]): ImportProblem[] {
  const position = (sheet: string) => (sheet ? sheetOrder.indexOf(sheet) : -1);
  return [...problems].sort((a, b) => position(a.sheet) - position(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}

@Injectable()
export class ImportsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Imports a workbook into a programme: reads every sheet, checks every row against the rules and the
   * database, and only when nothing is wrong writes all of it in one transaction. A dry run stops
   * after the checks. The audit events of the import name the file by its SHA-256.
   */
  async importWorkbook(
    programmeId: string,
    file: Buffer,
    options: { dryRun: boolean },
    progress: (event: ImportProgress) => void = () => undefined,
  ): Promise<ImportResult> {
    assertProgrammeRole(programmeId, ['PROGRAMME_OFFICE']);
    await assertProgrammeOpen(this.dataSource.manager, programmeId);
    const sha256 = createHash('sha256').update(file).digest('hex');
    progress({ stage: 'reading', bytes: file.length });
    const workbook = await readImportWorkbook(file);
    progress({ stage: 'checking', rows: workbook.rowCount });
    const result = (plan: ImportPlan | undefined, problems: ImportProblem[]): ImportResult => ({
      ok: problems.length === 0,
      dryRun: options.dryRun,
      file: { sha256, bytes: file.length },
      rows: workbook.rowCount,
      counts: countsOf(problems.length === 0 ? plan : undefined),
      problems: sorted(problems, workbook.sheetOrder).slice(0, MAX_LISTED_PROBLEMS),
      problemCount: problems.length,
    });
    if (workbook.rowCount === 0 && workbook.problems.any) return result(undefined, workbook.problems.list);

    const context = currentContext();
    if (context) context.operation = `import ${options.dryRun ? '(dry run) ' : ''}sha256:${sha256}`;
    return this.dataSource.transaction(async (manager) => {
      const state = await loadImportState(manager, programmeId, projectCodesIn(workbook));
      const { plan, problems } = planImport(workbook, state, currentUser()?.id ?? null);
      const all = [...workbook.problems.list, ...problems.list];
      if (all.length > 0 || options.dryRun) return result(plan, all);
      await writeImportPlan(manager, plan, (done, total) => progress({ stage: 'writing', done, total }));
      return result(plan, []);
    });
  }
}
