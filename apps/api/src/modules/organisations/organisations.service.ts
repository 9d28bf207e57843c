import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { identifierProblem, normaliseRegisterNumber, referenceOrganisations, type Country, type Sector } from '@tvaers/domain';
import {
  deleteVersioned,
  findByIdsInOrder,
  findOrFail,
  insertAndReload,
  updateVersioned,
} from '../../common/persistence/versioned-writes.js';
import { invalidField } from '../../common/errors/domain-errors.js';
import { escapeLike } from '../../common/persistence/like-pattern.js';
import { OrganisationEntity, type OrganisationRow } from './organisation.entity.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import { ORGANISATION_SQL } from './organisations.sql.js';

export interface OrganisationFilter {
  country?: Country;
  sector?: Sector;
  /** Part of the name or the start of the identifier, case-insensitive. */
  search?: string;
}

@Injectable()
export class OrganisationsService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: OrganisationFilter = {}): Promise<OrganisationRow[]> {
    const search = filter.search?.trim();
    if (search && search.length > 200) throw invalidField('search', 'must be at most 200 characters');
    return this.dataSource.query(ORGANISATION_SQL.search, [
      filter.country ?? null,
      filter.sector ?? null,
      search ? `%${escapeLike(search)}%` : null,
      search ? `${escapeLike(normaliseRegisterNumber(search))}%` : null,
    ]);
  }

  get(id: string): Promise<OrganisationEntity> {
    return findOrFail(this.dataSource.manager, OrganisationEntity, 'Organisation', id);
  }

  create(input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const identifier = normaliseRegisterNumber(input.identifier);
    assertIdentifierAgrees(input.country, input.sector, identifier);
    return this.dataSource.transaction(async (manager) => {
      await assertIdentifierFree(manager, input.country, identifier);
      return insertAndReload(manager, OrganisationEntity, 'Organisation', { ...input, identifier });
    });
  }

  update({ id, version, ...patch }: UpdateOrganisationInput): Promise<OrganisationEntity> {
    const identifier = patch.identifier === undefined ? undefined : normaliseRegisterNumber(patch.identifier);
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, OrganisationEntity, 'Organisation', id);
      // A rename of a row entered before identifiers were checked stays possible; touching the
      // identifier, sector or country asks for the three to agree.
      if (identifier !== undefined || patch.sector || patch.country) {
        const country = (patch.country ?? current.country) as Country;
        const next = identifier ?? current.identifier;
        assertIdentifierAgrees(country, (patch.sector ?? current.sector) as Sector, next);
        if (next !== current.identifier || country !== current.country) await assertIdentifierFree(manager, country, next, id);
      }
      return updateVersioned(manager, OrganisationEntity, 'Organisation', id, version, { ...patch, identifier });
    });
  }

  delete(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, OrganisationEntity, 'Organisation', id, version);
  }

  /** The country's reference municipalities (and DK regions), each with the register's row if it has one. */
  async reference(country: Country) {
    const registered: { id: string; identifier: string }[] = await this.dataSource.query(ORGANISATION_SQL.identifiersOfCountry, [country]);
    const idOf = new Map(registered.map((r) => [r.identifier, r.id]));
    return referenceOrganisations(country).map((o) => ({ ...o, registeredId: idOf.get(o.identifier) ?? null }));
  }

  /** Adds the named reference organisations the register lacks; those already there are left as they are. */
  async addReference(country: Country, identifiers: string[]): Promise<OrganisationEntity[]> {
    const byIdentifier = new Map(referenceOrganisations(country).map((o) => [o.identifier, o]));
    const unknown = identifiers.filter((i) => !byIdentifier.has(i));
    if (unknown.length) {
      throw invalidField(
        'identifiers',
        `${unknown.slice(0, 5).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in the ${country} reference list`,
      );
    }
    const wanted = [...new Set(identifiers)].map((i) => byIdentifier.get(i)!);
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(ORGANISATION_SQL.insertMissing, [
        country,
        wanted.map((o) => o.identifier),
        wanted.map((o) => o.name),
        wanted.map((o) => o.sector),
      ]);
      return findByIdsInOrder(
        manager,
        OrganisationEntity,
        inserted.map((r) => r.id),
      );
    });
  }
}

function assertIdentifierAgrees(country: Country, sector: Sector, identifier: string): void {
  const problem = identifierProblem(country, sector, identifier);
  if (problem) throw invalidField(`input.${problem.field}`, problem.message);
}

async function assertIdentifierFree(manager: EntityManager, country: string, identifier: string, exceptId?: string): Promise<void> {
  const [taken]: { name: string }[] = await manager.query(ORGANISATION_SQL.holderOfIdentifier, [country, identifier, exceptId ?? null]);
  if (taken) throw invalidField('input.identifier', `is already registered for ${taken.name}`);
}
