import { loaderSet, type LoaderSet } from './graphql/loader-set.js';
import { nestedReaderLoaders, type RequestGraphqlContext } from './graphql/loaders.js';
import { adoptionLoaders } from './modules/adoptions/adoptions.loaders.js';
import { attachmentLoaders } from './modules/attachments/attachments.loaders.js';
import { baselineLoaders } from './modules/baselines/baselines.loaders.js';
import { benefitLoaders } from './modules/benefits/benefits.loaders.js';
import { budgetLoaders } from './modules/budget/budget.loaders.js';
import { gateLoaders } from './modules/gates/gates.loaders.js';
import { milestoneLoaders } from './modules/milestones/milestones.loaders.js';
import { organisationLoaders } from './modules/organisations/organisations.loaders.js';
import { programmeLoaders } from './modules/programmes/programmes.loaders.js';
import { projectLoaders } from './modules/projects/projects.loaders.js';
import { riskLoaders } from './modules/risks/risks.loaders.js';
import { statusReportLoaders } from './modules/status-reports/status-reports.loaders.js';
import { userLoaders } from './modules/users/users.loaders.js';

/**
 * Every request's loaders: each module's own (modules/<name>/<name>.loaders.ts), put together here as
 * app.module.ts puts the modules together, each made on first use (loaderSet). The lists that name an
 * organisation prime the one organisation loader, so an organisation read with a budget line is not
 * read again for a benefit.
 */
export const LOADER_FACTORIES = {
  ...nestedReaderLoaders,
  ...organisationLoaders,
  ...programmeLoaders,
  ...projectLoaders,
  ...userLoaders,
  ...benefitLoaders,
  ...budgetLoaders,
  ...riskLoaders,
  ...gateLoaders,
  ...attachmentLoaders,
  ...milestoneLoaders,
  ...baselineLoaders,
  ...statusReportLoaders,
  ...adoptionLoaders,
};

export const createLoaders = loaderSet(LOADER_FACTORIES);

export type Loaders = LoaderSet<typeof LOADER_FACTORIES>;

/** The context every resolver gets: the request's loaders and response. */
export type GraphqlContext = RequestGraphqlContext<Loaders>;
