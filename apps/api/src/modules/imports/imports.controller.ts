import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, PROGRAMME_EDITORS } from '../../auth/allow.decorator.js';
import { DomainError } from '../../common/errors/domain-errors.js';
import { localisedReasons, requestLanguage } from '../../common/errors/localised-errors.js';
import { booleanParam, languageParam } from '../../http/query-params.js';
import { ImportTemplateService } from './import-template.service.js';
import { type ImportProgress, type ImportResult, ImportsService } from './imports.service.js';
import { readUpload } from './read-upload.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NDJSON = 'application/x-ndjson';

/**
 * Spreadsheet import for the programme office. The upload is the raw .xlsx body. With
 * `Accept: application/x-ndjson` the answer streams progress lines and ends with the result line;
 * otherwise it is one JSON result: 200 when imported (or checked, with dryRun=true), 422 with the
 * list of problems when nothing was written.
 */
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly templates: ImportTemplateService,
  ) {}

  @Allow(PROGRAMME_EDITORS)
  @Get('programmes/:id/template.xlsx')
  async template(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('lang') lang: string | undefined,
    @Query('filled') filled: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { file, programmeName } = await this.templates.template(id, languageParam(lang), booleanParam('filled', filled));
    const filename = `tvaers-import-${programmeName.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.xlsx`;
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`);
    res.end(file);
  }

  @Allow(PROGRAMME_EDITORS)
  @Post('programmes/:id/portfolio.xlsx')
  async importWorkbook(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const options = { dryRun: booleanParam('dryRun', dryRun) };
    const file = await readUpload(req);
    // Problems in the reader's language (Accept-Language), each with its stable reason code.
    const language = requestLanguage(req.headers['accept-language']);
    const said = (result: ImportResult) => ({ ...result, problems: localisedReasons(result.problems, language) });
    if (!req.headers.accept?.includes(NDJSON)) {
      const result = await this.imports.importWorkbook(id, file, options);
      res.status(result.ok ? 200 : 422).json(said(result));
      return;
    }
    res.status(200).setHeader('Content-Type', NDJSON);
    res.setHeader('Cache-Control', 'no-store');
    const line = (value: object) => res.write(`${JSON.stringify(value)}\n`);
    try {
      const result = await this.imports.importWorkbook(id, file, options, (event: ImportProgress) => line({ type: 'progress', ...event }));
      line({ type: 'result', ...said(result) });
    } catch (error) {
      // The status line is already sent; the failure travels as the last line instead.
      line({
        type: 'error',
        code: error instanceof DomainError ? error.code : 'INTERNAL_SERVER_ERROR',
        message: error instanceof DomainError ? error.message : 'The import failed; nothing was written.',
      });
    }
    res.end();
  }
}
