import type { DataSource } from 'typeorm';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders.js';
import { type OrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { ParticipationEntity } from './participation.entity.js';
import { ProjectEntity } from './project.entity.js';

export function projectLoaders(ds: DataSource, organisation: OrganisationLoader) {
  return {
    project: rowsById(ds, ProjectEntity),
    participationsByProject: rowsGroupedBy(
      ds,
      ParticipationEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('organisationId', organisation) },
    ),
  };
}
