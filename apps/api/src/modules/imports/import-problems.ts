/** One reason an import file cannot be imported, pointing at the sheet, row and column as the user sees them. */
export interface ImportProblem {
  sheet: string;
  /** The spreadsheet row number (the header is row 1); null for a problem with the whole sheet or file. */
  row: number | null;
  /** The column header as written in the file. */
  column: string | null;
  /** The cell address, e.g. "E7". */
  cell: string | null;
  reason: string;
}

/** Where a value came from, so that later checks can point at the same cell. */
export interface CellPlace {
  sheet: string;
  row: number;
  column: string;
  cell: string;
}

export class ImportProblems {
  readonly list: ImportProblem[] = [];

  add(problem: ImportProblem): void {
    this.list.push(problem);
  }

  at(place: CellPlace, reason: string): void {
    this.list.push({ ...place, reason });
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}
