import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { invalidField } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { assertEntryDate, boundsOfProject } from '../programmes/programme-bounds.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { AdoptionEntity } from './adoption.entity.js';
import type { AddAdoptionInput, UpdateAdoptionInput } from './adoption.inputs.js';

/** LIVE needs the date it went live; the other states have none (a roll-back clears it). */
function liveDateFor(state: string, liveDate: string | null | undefined): string | null {
  if (state === 'LIVE') {
    if (!liveDate) throw invalidField('input.liveDate', 'is required when the state is LIVE');
    return liveDate;
  }
  if (liveDate) throw invalidField('input.liveDate', 'can only be set when the state is LIVE');
  return null;
}

@Injectable()
export class AdoptionService {
  constructor(private readonly dataSource: DataSource) {}

  add(input: AddAdoptionInput): Promise<AdoptionEntity> {
    const liveDate = liveDateFor(input.state, input.liveDate);
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProjectEntity, 'Project', input.projectId);
      await findOrFail(manager, OrganisationEntity, 'Organisation', input.organisationId);
      const bounds = await boundsOfProject(manager, input.projectId);
      assertEntryDate(bounds, input.plannedLiveDate ?? undefined, 'input.plannedLiveDate');
      assertEntryDate(bounds, liveDate ?? undefined, 'input.liveDate');
      if (await manager.exists(AdoptionEntity, { where: { projectId: input.projectId, organisationId: input.organisationId } })) {
        throw invalidField('input.organisationId', 'is already targeted by this project; update its adoption instead');
      }
      return insertAndReload(manager, AdoptionEntity, 'Adoption', { ...input, liveDate });
    });
  }

  update({ id, version, state, liveDate, plannedLiveDate }: UpdateAdoptionInput): Promise<AdoptionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, AdoptionEntity, 'Adoption', id);
      const nextState = state ?? current.state;
      const nextDate = liveDateFor(nextState, liveDate === undefined ? (nextState === 'LIVE' ? current.liveDate : null) : liveDate);
      const bounds = await boundsOfProject(manager, current.projectId);
      assertEntryDate(bounds, plannedLiveDate ?? undefined, 'input.plannedLiveDate');
      assertEntryDate(bounds, nextDate ?? undefined, 'input.liveDate');
      const plan = plannedLiveDate === undefined ? {} : { plannedLiveDate };
      return updateVersioned(manager, AdoptionEntity, 'Adoption', id, version, { state: nextState, liveDate: nextDate, ...plan });
    });
  }

  delete(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, AdoptionEntity, 'Adoption', id, version);
  }
}
