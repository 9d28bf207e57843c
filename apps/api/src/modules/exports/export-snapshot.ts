import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { QueryRunner } from 'typeorm';
import { currentUser } from '../../auth/request-context.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { ReadDatabase } from '../../database/read-database.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import type { Column, CsvDialect } from './csv.js';
import { crlfLineEnds, csvCopySql } from './csv-copy.js';
import { type DownloadTarget, ExportStream } from './export-metadata.js';

// What every export format reads through: one read-only snapshot per download, cursors and COPY in
// it, the programme, the data's age and who asked.

const PAGE_SIZE = 5000;

/** Pages through `sql` with a server-side cursor on `runner`, which must be in a transaction. */
export async function cursorIn(
  runner: QueryRunner,
  sql: string,
  parameters: unknown[],
  onPage: (rows: Record<string, string | number | null>[]) => Promise<void>,
): Promise<void> {
  await runner.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${sql}`, parameters);
  for (;;) {
    const page = (await runner.query(`FETCH ${PAGE_SIZE} FROM export_cursor`)) as Record<string, string | number | null>[];
    if (page.length === 0) break;
    await onPage(page);
    if (page.length < PAGE_SIZE) break;
  }
}

/**
 * COPY (`select`) TO STDOUT as CSV on `client`, line ends made CRLF, into `onChunk`, which waits while
 * the client reads slower than we produce (the COPY then waits in PostgreSQL). `parameters` replace
 * $1, $2 … as quoted literals: COPY takes no bind parameters. Returns the number of rows.
 */
export async function copyCsvIn(
  client: pg.PoolClient,
  select: string,
  parameters: string[],
  columns: readonly Column[],
  dialect: CsvDialect,
  onChunk: (chunk: Buffer) => Promise<void>,
): Promise<number> {
  const literal = select.replace(/\$(\d+)/g, (_, n: string) => client.escapeLiteral(parameters[Number(n) - 1] ?? ''));
  const { fields } = await client.query(`SELECT * FROM (${literal}) AS described LIMIT 0`);
  const lineEnds = crlfLineEnds();
  const copy = client.query(
    copyTo(
      csvCopySql(
        literal,
        fields.map((field) => field.name),
        columns,
        dialect,
      ),
    ),
  );
  for await (const chunk of copy as AsyncIterable<Buffer>) await onChunk(lineEnds(chunk));
  return Number(copy.rowCount);
}

@Injectable()
export class ExportSnapshot {
  constructor(readonly read: ReadDatabase) {}

  /** The programme, or NOT_FOUND. */
  programme(programmeId: string): Promise<ProgrammeEntity> {
    return findOrFail(this.read.source.manager, ProgrammeEntity, 'Programme', programmeId);
  }

  /** When the data read was last written (on a replica: how far it has caught up). */
  dataAsOf(): Promise<Date> {
    return this.read.dataAsOfOrNow();
  }

  /**
   * Runs `work` on one connection in a read-only REPEATABLE READ transaction: every statement of an
   * export sees the same snapshot. A failure ends the connection rather than return it to the pool in
   * the middle of a cursor or a COPY (released with the error, pg-pool closes it; TypeORM documents the
   * method but types it private).
   */
  async inSnapshot<T>(work: (runner: QueryRunner, client: pg.PoolClient) => Promise<T>): Promise<T> {
    const runner = this.read.source.createQueryRunner();
    const client = (await runner.connect()) as pg.PoolClient;
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const result = await work(runner, client);
      await runner.commitTransaction();
      await runner.release();
      return result;
    } catch (error) {
      await (runner as unknown as { releasePostgresConnection(error: Error): Promise<void> }).releasePostgresConnection(error as Error);
      throw error;
    }
  }

  /**
   * Runs `sql` through a server-side cursor in the snapshot and hands over the rows page by page: one
   * sort in PostgreSQL and constant memory here.
   */
  withCursor(sql: string, parameters: unknown[], onPage: (rows: Record<string, string | number | null>[]) => Promise<void>): Promise<void> {
    return this.inSnapshot((runner) => cursorIn(runner, sql, parameters, onPage));
  }

  /**
   * Streams `select` as CSV written by PostgreSQL (COPY … TO STDOUT) in the snapshot, with the line ends
   * made CRLF, into `onChunk`. Returns the number of rows.
   */
  copyCsv(
    select: string,
    parameters: string[],
    columns: readonly Column[],
    dialect: CsvDialect,
    onChunk: (chunk: Buffer) => Promise<void>,
  ): Promise<number> {
    return this.inSnapshot((_runner, client) => copyCsvIn(client, select, parameters, columns, dialect, onChunk));
  }

  /**
   * A download of this export, saying who made it and how fresh its data is (`dataAsOf`: read now unless
   * the caller read it before its snapshot began).
   */
  async download(
    res: DownloadTarget,
    meta: { fileName: string; contentType: string; programme?: string; dataAsOf?: Date },
  ): Promise<ExportStream> {
    return new ExportStream(res, { ...meta, generatedBy: this.by(), dataAsOf: meta.dataAsOf ?? (await this.dataAsOf()) });
  }

  by(): string {
    const user = currentUser();
    return user ? `${user.name} <${user.email}> (${user.role})` : 'unknown';
  }
}
