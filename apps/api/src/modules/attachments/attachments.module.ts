import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller.js';
import { ATTACHMENT_FIELD_RESOLVERS, AttachmentResolver } from './attachments.resolver.js';
import { AttachmentsService } from './attachments.service.js';

@Module({ controllers: [AttachmentsController], providers: [AttachmentsService, AttachmentResolver, ...ATTACHMENT_FIELD_RESOLVERS] })
export class AttachmentsModule {}
