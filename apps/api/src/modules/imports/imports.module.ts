import { Module } from '@nestjs/common';
import { ImportTemplateService } from './import-template.service.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

@Module({ controllers: [ImportsController], providers: [ImportsService, ImportTemplateService] })
export class ImportsModule {}
