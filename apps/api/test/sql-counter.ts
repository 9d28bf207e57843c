import type { Logger } from 'typeorm';

const ignore = (): void => undefined;

/** A TypeORM logger that counts the SQL statements sent while counting is on. */
export class SqlCounter implements Logger {
  private counting = false;
  readonly statements: string[] = [];

  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements.length = 0;
    this.counting = true;
    try {
      const result = await work();
      return { result, statements: [...this.statements] };
    } finally {
      this.counting = false;
    }
  }

  logQuery(query: string): void {
    if (this.counting) this.statements.push(query);
  }
  // Everything else is deliberately silent: tests assert on refusals, which would otherwise be logged.
  logQueryError = ignore;
  logQuerySlow = ignore;
  logSchemaBuild = ignore;
  logMigration = ignore;
  log = ignore;
}
