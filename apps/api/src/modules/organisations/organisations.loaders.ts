import type { LoaderFactories } from '../../graphql/loader-set.js';
import { type RelatedRow, rowsById } from '../../graphql/loaders.js';
import { ORGANISATION_ROW, OrganisationEntity, type OrganisationRow } from './organisation.entity.js';

/** Organisations by id, with the columns every answer that names one reads (ORGANISATION_ROW). */
export const organisationLoaders = {
  organisation: (ds) => rowsById<OrganisationRow>(ds, OrganisationEntity, ORGANISATION_ROW),
} satisfies LoaderFactories;

export type OrganisationLoader = ReturnType<typeof organisationLoaders.organisation>;

/** What a list that names organisations needs of the request's loaders: the one it primes. */
export interface WithOrganisationLoader {
  organisation: OrganisationLoader;
}

/** A child list's organisation (funder, payer, receiver …), read with the list and primed into `into`. */
export function withOrganisation<T>(foreignKey: keyof T & string, into: OrganisationLoader): RelatedRow<T> {
  return { foreignKey, entity: OrganisationEntity, properties: ORGANISATION_ROW, into };
}
