import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidField } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { ReportingRoundEntity } from './reporting-round.entity.js';
import type { CreateReportingRoundInput, UpdateReportingRoundInput } from './reporting.inputs.js';

@Injectable()
export class ReportingRoundsService {
  constructor(private readonly dataSource: DataSource) {}

  create(input: CreateReportingRoundInput): Promise<ReportingRoundEntity> {
    return this.dataSource.transaction(async (m) => {
      await findOrFail(m, ProgrammeEntity, 'Programme', input.programmeId);
      if (await m.exists(ReportingRoundEntity, { where: { programmeId: input.programmeId, period: input.period } })) {
        throw invalidField('input.period', `the programme already has a reporting round for ${input.period}; change that one`);
      }
      return insertAndReload(m, ReportingRoundEntity, 'ReportingRound', input);
    });
  }

  update({ id, version, ...patch }: UpdateReportingRoundInput): Promise<ReportingRoundEntity> {
    if (patch.dueDate === null) throw invalidField('input.dueDate', 'cannot be removed; a round always has a due date');
    return updateVersioned(this.dataSource.manager, ReportingRoundEntity, 'ReportingRound', id, version, patch);
  }

  delete(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, ReportingRoundEntity, 'ReportingRound', id, version);
  }

  ofProgramme(programmeId: string): Promise<ReportingRoundEntity[]> {
    return this.dataSource.manager.find(ReportingRoundEntity, { where: { programmeId }, order: { dueDate: 'DESC' } });
  }
}
