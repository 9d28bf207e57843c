import type { DataSource } from 'typeorm';
import { type RelatedRow, rowsById } from '../../graphql/loaders.js';
import { ORGANISATION_ROW, OrganisationEntity, type OrganisationRow } from './organisation.entity.js';

/** Organisations by id, with the columns every answer that names one reads (ORGANISATION_ROW). */
export function organisationLoaders(ds: DataSource) {
  return { organisation: rowsById<OrganisationRow>(ds, OrganisationEntity, ORGANISATION_ROW) };
}

export type OrganisationLoader = ReturnType<typeof organisationLoaders>['organisation'];

/** A child list's organisation (funder, payer, receiver …), read with the list and primed into `into`. */
export function withOrganisation<T>(foreignKey: keyof T & string, into: OrganisationLoader): RelatedRow<T> {
  return { foreignKey, entity: OrganisationEntity, properties: ORGANISATION_ROW, into };
}
