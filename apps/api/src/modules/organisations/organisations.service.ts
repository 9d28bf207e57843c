import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from './organisation.entity.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';

@Injectable()
export class OrganisationsService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: { country?: string; sector?: string } = {}): Promise<OrganisationEntity[]> {
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    return this.dataSource.manager.find(OrganisationEntity, { where, order: { country: 'ASC', sector: 'ASC', name: 'ASC' } });
  }

  get(id: string): Promise<OrganisationEntity> {
    return findOrFail(this.dataSource.manager, OrganisationEntity, 'Organisation', id);
  }

  create(input: CreateOrganisationInput): Promise<OrganisationEntity> {
    return insertAndReload(this.dataSource.manager, OrganisationEntity, 'Organisation', input);
  }

  update({ id, version, ...patch }: UpdateOrganisationInput): Promise<OrganisationEntity> {
    return updateVersioned(this.dataSource.manager, OrganisationEntity, 'Organisation', id, version, patch);
  }

  delete(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, OrganisationEntity, 'Organisation', id, version);
  }
}
