import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, PUBLIC } from '../../auth/allow.decorator.js';
import { dialectOf } from '../exports/dialect.js';
import { csvHeader, csvLine } from '../exports/csv.js';
import { CSV_TYPE, ExportStream } from '../exports/export-metadata.js';
import { OPEN_DATA_COLUMNS, openDataRow } from './open-data.feed.js';
import { OpenDataService, periodParam } from './open-data.service.js';

/** The public open data (no sign-in): the feed as JSON and CSV, now or for a closed period, and the programme list. */
@Controller('exports')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Allow(PUBLIC)
  @Get('open-data/programmes.json')
  async programmes(@Res() res: Response): Promise<void> {
    res.json({ programmes: await this.openData.publicProgrammes() });
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
    await out.write(JSON.stringify(feed, null, 1));
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
