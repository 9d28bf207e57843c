import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, SIGNED_IN } from '../../auth/allow.decorator.js';
import { invalidField } from '../../common/errors/domain-errors.js';
import { requestLanguage } from '../../common/errors/localised-errors.js';
import { languageParam } from '../../http/query-params.js';
import { briefingFilterOf } from './briefing-filter.js';
import { dialectOf } from './dialect.js';
import { AuditPackageService } from './audit-package.service.js';
import { BriefingExportService } from './briefing-export.service.js';
import { CsvExportsService } from './csv-exports.service.js';
import { IatiExportService } from './iati-export.service.js';
import { XlsxExportsService } from './xlsx-exports.service.js';

function groupByOf(value: string | undefined): 'SECTOR' | 'ORGANISATION' | undefined {
  if (value === undefined || value === 'SECTOR' || value === 'ORGANISATION') return value;
  throw invalidField('groupBy', 'must be "SECTOR" or "ORGANISATION"');
}

/** Downloads under /exports (docs/domain.md). Every route carries @Allow like the GraphQL operations. */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly csv: CsvExportsService,
    private readonly xlsx: XlsxExportsService,
    private readonly iatiXml: IatiExportService,
    private readonly briefings: BriefingExportService,
    private readonly auditPackage: AuditPackageService,
  ) {}

  @Allow(SIGNED_IN)
  @Get('programmes/:id/:table.csv')
  async programmeTable(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('table') table: string,
    @Query('dialect') dialect: string | undefined,
    @Query('groupBy') groupBy: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    // CSV is the machine format (English snake_case headers, codes) unless ?lang= asks for people's words.
    const language = lang === undefined ? undefined : languageParam(lang);
    if (table === 'settlement') await this.csv.settlementCsv(res, id, groupByOf(groupBy), dialectOf(dialect), language);
    else await this.csv.programmeTableCsv(res, id, table, dialectOf(dialect), language);
  }

  @Allow(SIGNED_IN)
  @Get('programmes/:id/portfolio.xlsx')
  async portfolioXlsx(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('lang') lang: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // A report for people, in ?lang= or else the language the request asks for (Danish by default).
    const language = lang === undefined ? requestLanguage(req.headers['accept-language']) : languageParam(lang);
    await this.xlsx.portfolioXlsx(res, id, language);
  }

  @Allow(SIGNED_IN)
  @Get('programmes/:id/portfolio.pdf')
  async briefing(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('lang') lang: string | undefined,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    // ?lang=, else the reader's own language (their choice, else what the request asks for).
    const language = lang === undefined ? undefined : languageParam(lang);
    await this.briefings.briefingPdf(res, id, language, requestLanguage(req.headers['accept-language']), briefingFilterOf(query));
  }

  @Allow(SIGNED_IN)
  @Get('programmes/:id/iati.xml')
  async iati(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    await this.iatiXml.iatiXml(res, id);
  }

  @Allow(['ADMIN', 'AUDITOR'])
  @Get('audit.xlsx')
  async auditWorkbook(@Res() res: Response): Promise<void> {
    await this.xlsx.auditXlsx(res);
  }

  @Allow(['ADMIN', 'AUDITOR'])
  @Get('audit.csv')
  async auditTrail(@Query('dialect') dialect: string | undefined, @Res() res: Response): Promise<void> {
    await this.csv.auditCsv(res, dialectOf(dialect));
  }

  @Allow(['ADMIN', 'AUDITOR'])
  @Get('audit.zip')
  async auditZip(@Res() res: Response): Promise<void> {
    const { stream, written } = await this.auditPackage.auditZip();
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', 'attachment; filename="audit.zip"');
    res.setHeader('Cache-Control', 'no-store');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    // A failure after the first byte cannot become an error answer: the download ends unfinished.
    await written.catch(() => res.destroy());
  }
}
