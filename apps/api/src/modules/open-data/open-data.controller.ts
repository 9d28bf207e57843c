import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, PUBLIC } from '../../auth/allow.decorator.js';
import { checkpointsCsv } from '../audit/audit-checkpoint-csv.js';
import { AuditCheckpointService } from '../audit/audit-checkpoint.service.js';
import { dialectOf } from '../exports/dialect.js';
import { csvHeader, csvLine } from '../exports/csv.js';
import { CSV_TYPE, ExportStream } from '../exports/export-metadata.js';
import { OPEN_DATA_COLUMNS, openDataRow } from './open-data.feed.js';
import { OpenDataService, periodParam } from './open-data.service.js';

/** The public open data (no sign-in): the feed as JSON and CSV, now or for a closed period, and the programme list. */
@Controller('exports')
export class OpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    private readonly auditCheckpoints: AuditCheckpointService,
  ) {}

  @Allow(PUBLIC)
  @Get('open-data/programmes.json')
  async programmes(@Res() res: Response): Promise<void> {
    res.json({ programmes: await this.openData.publicProgrammes() });
  }

  /** Every signed checkpoint of the audit trail (all programmes share one trail), for anyone to keep. */
  @Allow(PUBLIC)
  @Get('open-data/audit-checkpoints.csv')
  async auditCheckpointList(@Res() res: Response): Promise<void> {
    const checkpoints = await this.auditCheckpoints.checkpoints();
    const out = new ExportStream(res, {
      fileName: 'audit-checkpoints.csv',
      contentType: 'text/csv; charset=utf-8',
      generatedBy: 'open data (public)',
      programme: 'all programmes',
      dataAsOf: new Date(),
    });
    await out.write(checkpointsCsv(checkpoints));
    out.end();
  }

  @Allow(PUBLIC)
  @Get('programmes/:id/portfolio.json')
  async feed(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('period') period: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const feed = await this.openData.feed(id, periodParam(period));
    const out = new ExportStream(res, {
      fileName: 'portfolio.json',
      contentType: 'application/json; charset=utf-8',
      generatedBy: 'open data (public)',
      programme: feed.programme.name,
      dataAsOf: new Date(feed.generatedAt),
    });
    // The newest signed checkpoint of the audit trail: published, so a later rewrite cannot hide.
    await out.write(JSON.stringify({ ...feed, auditCheckpoint: await this.auditCheckpoints.latestCheckpoint() }, null, 1));
    out.end();
  }

  @Allow(PUBLIC)
  @Get('programmes/:id/open-data/portfolio.csv')
  async csv(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('period') period: string | undefined,
    @Query('dialect') dialect: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const csvDialect = dialectOf(dialect);
    const feed = await this.openData.feed(id, periodParam(period));
    const out = new ExportStream(res, {
      fileName: `portfolio-${feed.period ?? 'now'}.csv`,
      contentType: CSV_TYPE,
      generatedBy: 'open data (public)',
      programme: feed.programme.name,
      dataAsOf: new Date(feed.generatedAt),
    });
    await out.write(
      csvHeader(OPEN_DATA_COLUMNS, csvDialect) + feed.projects.map((p) => csvLine(openDataRow(p), OPEN_DATA_COLUMNS, csvDialect)).join(''),
    );
    out.end();
  }
}
