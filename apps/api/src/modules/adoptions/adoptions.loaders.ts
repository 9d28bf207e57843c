import type { DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { type OrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { AdoptionEntity } from './adoption.entity.js';

export function adoptionLoaders(ds: DataSource, organisation: OrganisationLoader) {
  return {
    adoptionsByProject: rowsGroupedBy(
      ds,
      AdoptionEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('organisationId', organisation) },
    ),
  };
}
