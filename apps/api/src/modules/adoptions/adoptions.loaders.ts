import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsGroupedBy } from '../../graphql/loaders.js';
import { type WithOrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { AdoptionEntity } from './adoption.entity.js';

export const adoptionLoaders = {
  adoptionsByProject: (ds, { organisation }: WithOrganisationLoader) =>
    rowsGroupedBy(
      ds,
      AdoptionEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('organisationId', organisation) },
    ),
} satisfies LoaderFactories;
