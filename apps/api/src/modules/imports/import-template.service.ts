import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TrackEntity } from '../programmes/track.entity.js';
import type { ImportLanguage } from './import-sheets.js';
import { importTemplate } from './import-template.js';

@Injectable()
export class ImportTemplateService {
  constructor(private readonly dataSource: DataSource) {}

  async template(programmeId: string, language: ImportLanguage): Promise<{ file: Buffer; programmeName: string }> {
    const manager = this.dataSource.manager;
    const programme = await findOrFail(manager, ProgrammeEntity, 'Programme', programmeId);
    const [tracks, organisations] = await Promise.all([
      manager.find(TrackEntity, { where: { programmeId }, order: { code: 'ASC' } }),
      manager.find(OrganisationEntity, { order: { country: 'ASC', name: 'ASC' } }),
    ]);
    return { file: await importTemplate(language, programme, tracks, organisations), programmeName: programme.name };
  }
}
