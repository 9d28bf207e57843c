import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders.js';
import { type WithOrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { ParticipationEntity } from './participation.entity.js';
import { ProjectEntity } from './project.entity.js';

export const projectLoaders = {
  project: (ds) => rowsById(ds, ProjectEntity),
  participationsByProject: (ds, { organisation }: WithOrganisationLoader) =>
    rowsGroupedBy(
      ds,
      ParticipationEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('organisationId', organisation) },
    ),
} satisfies LoaderFactories;
