import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidField } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { MilestoneEntity } from './milestone.entity.js';
import type { AddMilestoneInput, UpdateMilestoneInput } from './milestone.inputs.js';

@Injectable()
export class MilestonesService {
  constructor(private readonly dataSource: DataSource) {}

  add(input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProjectEntity, 'Project', input.projectId);
      return insertAndReload(manager, MilestoneEntity, 'Milestone', input);
    });
  }

  update({ id, version, ...patch }: UpdateMilestoneInput): Promise<MilestoneEntity> {
    if (patch.baselineDate === null) throw invalidField('input.baselineDate', 'cannot be removed; a milestone always has a baseline date');
    return updateVersioned(this.dataSource.manager, MilestoneEntity, 'Milestone', id, version, patch);
  }

  delete(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, MilestoneEntity, 'Milestone', id, version);
  }
}
