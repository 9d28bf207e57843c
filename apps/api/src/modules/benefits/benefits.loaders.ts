import { type LoaderFactories } from '../../graphql/loader-set.js';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders.js';
import { type WithOrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { BenefitForecastEntity } from './benefit-forecast.entity.js';
import { BenefitMeasurementEntity } from './benefit-measurement.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';

export const benefitLoaders = {
  benefit: (ds) => rowsById(ds, BenefitEntity),
  benefitsByProject: (ds, { organisation }: WithOrganisationLoader) =>
    rowsGroupedBy(
      ds,
      BenefitEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('receiverId', organisation), byId: ['targets', 'forecasts', 'measurements', 'overlaps'] },
    ),
  targetsByBenefit: (ds) => rowsGroupedBy(ds, BenefitTargetEntity, 'benefitId', { fiscalYear: 'ASC' }),
  forecastsByBenefit: (ds) => rowsGroupedBy(ds, BenefitForecastEntity, 'benefitId', { fiscalYear: 'ASC' }),
  measurementsByBenefit: (ds) => rowsGroupedBy(ds, BenefitMeasurementEntity, 'benefitId', { fiscalYear: 'ASC' }, { byId: ['attachments'] }),
} satisfies LoaderFactories;
