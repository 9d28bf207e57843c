import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@tvaers/domain';
import type { Request, Response } from 'express';
import { Allow, PROJECT_EDITORS, SIGNED_IN } from '../../auth/allow.decorator.js';
import { invalidField } from '../../common/errors/domain-errors.js';
import { readRawBody, requestMediaType, UnsupportedMediaTypeError } from '../../http/read-body.js';
import { AttachmentModel } from './attachment.model.js';
import { AttachmentsService, MAX_ATTACHMENT_BYTES } from './attachments.service.js';
import { evidenceFileName } from './evidence-type.js';

/** Types the body parsers would consume before the file could be read. */
const PARSED_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'];

function kindOf(value: string | undefined): AttachmentKind {
  const kind = value?.toUpperCase().replace(/-/g, '_');
  if (!kind || !(ATTACHMENT_KINDS as readonly string[]).includes(kind))
    throw invalidField('on', `must be one of ${ATTACHMENT_KINDS.join(', ')}`);
  return kind as AttachmentKind;
}

function uuidOf(value: string | undefined, field: string): string {
  if (!value || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw invalidField(field, 'must be a UUID');
  return value.toLowerCase();
}

/**
 * Evidence files: POST the raw file (any Content-Type but the form and JSON types, which the body
 * parsers would eat; application/octet-stream is always right) with its name in X-File-Name.
 */
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Allow(PROJECT_EDITORS)
  @Post('attachments')
  async upload(
    @Query('on') on: string | undefined,
    @Query('id') id: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const kind = kindOf(on);
    const recordId = uuidOf(id, 'id');
    const fileName = evidenceFileName(req.headers['x-file-name']);
    if (PARSED_TYPES.includes(requestMediaType(req))) {
      throw new UnsupportedMediaTypeError(
        `Send the file itself as the request body with Content-Type application/octet-stream (got ${requestMediaType(req)})`,
      );
    }
    const content = await readRawBody(req, MAX_ATTACHMENT_BYTES, 'the evidence file');
    const attachment = await this.attachments.upload(kind, recordId, fileName, content);
    res.status(201).json(AttachmentModel.from(attachment));
  }

  @Allow(SIGNED_IN)
  @Get('attachments/:id')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { attachment, content } = await this.attachments.download(id);
    res.setHeader('Content-Type', attachment.mediaType);
    res.setHeader('Content-Length', String(content.length));
    res.setHeader('Content-Disposition', `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
    res.setHeader('X-Content-SHA256', attachment.sha256);
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(content);
  }

  @Allow(['ADMIN', 'PROGRAMME_OFFICE', 'AUDITOR'])
  @Get('exports/programmes/:id/evidence.zip')
  async evidenceZip(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { programme, stream } = await this.attachments.evidenceZip(id);
    const name = `tvaers-evidence-${programme.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.zip`;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="evidence.zip"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
