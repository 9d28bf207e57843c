import type { DataSource } from 'typeorm';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders.js';
import { type OrganisationLoader, withOrganisation } from '../organisations/organisations.loaders.js';
import { BenefitForecastEntity } from './benefit-forecast.entity.js';
import { BenefitMeasurementEntity } from './benefit-measurement.entity.js';
import { BenefitTargetEntity } from './benefit-target.entity.js';
import { BenefitEntity } from './benefit.entity.js';

export function benefitLoaders(ds: DataSource, organisation: OrganisationLoader) {
  return {
    benefit: rowsById(ds, BenefitEntity),
    benefitsByProject: rowsGroupedBy(
      ds,
      BenefitEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withRelated: withOrganisation('receiverId', organisation), byId: ['targets', 'forecasts', 'measurements', 'overlaps'] },
    ),
    targetsByBenefit: rowsGroupedBy(ds, BenefitTargetEntity, 'benefitId', { fiscalYear: 'ASC' }),
    forecastsByBenefit: rowsGroupedBy(ds, BenefitForecastEntity, 'benefitId', { fiscalYear: 'ASC' }),
    measurementsByBenefit: rowsGroupedBy(ds, BenefitMeasurementEntity, 'benefitId', { fiscalYear: 'ASC' }, { byId: ['attachments'] }),
  };
}
