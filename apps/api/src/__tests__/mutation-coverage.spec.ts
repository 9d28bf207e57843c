import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { adoptionCases } from '../modules/adoptions/__tests__/adoption.cases.js';
import { baselineCases } from '../modules/baselines/__tests__/baselines.cases.js';
import { benefitCases } from '../modules/benefits/__tests__/benefits.cases.js';
import { budgetCases } from '../modules/budget/__tests__/budget.cases.js';
import { milestoneCases } from '../modules/milestones/__tests__/milestones.cases.js';
import { organisationCases } from '../modules/organisations/__tests__/organisations.cases.js';
import { programmeCases } from '../modules/programmes/__tests__/programmes.cases.js';
import { projectCases } from '../modules/projects/__tests__/projects.cases.js';
import { statusReportCases } from '../modules/status-reports/__tests__/status-reports.cases.js';
import { userCases } from '../modules/users/__tests__/users.cases.js';
import { membershipCases } from '../modules/memberships/__tests__/memberships.cases.js';
import { signInCases } from '../modules/sign-in/__tests__/sign-in.cases.js';
import { riskCases } from '../modules/risks/__tests__/risks.cases.js';
import { gateCases } from '../modules/gates/__tests__/gates.cases.js';
import { reportingCases } from '../modules/reporting/__tests__/reporting.cases.js';
import { openDataCases } from '../modules/open-data/__tests__/open-data.cases.js';

// Every mutation in the schema must have a success case and an invalid-input case. A new mutation
// without them fails here, so coverage cannot silently erode.
describe('mutation test coverage', () => {
  it('has a success and an invalid-input case for every mutation in schema.gql', async () => {
    const schema = buildSchema(await readFile(path.join(process.cwd(), 'schema.gql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    const covered = Object.keys({
      ...programmeCases,
      ...organisationCases,
      ...projectCases,
      ...budgetCases,
      ...benefitCases,
      ...milestoneCases,
      ...adoptionCases,
      ...baselineCases,
      ...statusReportCases,
      ...userCases,
      ...membershipCases,
      ...signInCases,
      ...riskCases,
      ...gateCases,
      ...reportingCases,
      ...openDataCases,
    }).sort();
    expect(mutations.length).toBeGreaterThan(30);
    expect(covered).toEqual(mutations);
  });
});
