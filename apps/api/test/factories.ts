import { randomInt } from 'node:crypto';
import { isValidCvr } from '@tvaers/domain';
import type { TestApp } from './test-app.js';

// Test data through the public API, so factories exercise the same code paths as users. Every call
// makes new rows with unique codes and identifiers: tests never depend on each other's data.

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomInt(1000)}`.toUpperCase();

export async function createProgramme(app: TestApp, overrides: Record<string, unknown> = {}) {
  const { createProgramme } = await app.ok(
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version name currency discountRate } }`,
    {
      input: {
        name: `Testprogram ${unique()}`,
        currency: 'DKK',
        periodStartYear: 2025,
        periodEndYear: 2027,
        fundingEnvelope: '300000000.00',
        fteAnnualCost: '550000.00',
        hourlyRate: '400.00',
        ...overrides,
      },
    },
  );
  return createProgramme as { id: string; version: number; name: string; currency: string; discountRate: string };
}

export async function createTrack(app: TestApp, programmeId: string) {
  const { createTrack } = await app.ok(`mutation($input: CreateTrackInput!) { createTrack(input: $input) { id version code } }`, {
    input: { programmeId, code: `T${unique().slice(-6)}`, name: 'Sammenhæng på tværs' },
  });
  return createTrack as { id: string; version: number; code: string };
}

// Each worker counts up from its own random start: CVR numbers that pass the check digit and do not
// collide between workers sharing one database.
let cvrBase = 1_000_000 + randomInt(8_000_000);

/** A CVR number with a valid modulus-11 check digit (libs/domain's rule), new on every call. */
export function uniqueCvr(): string {
  for (;;) {
    const body = String(cvrBase++);
    const cvr = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => `${body}${digit}`).find(isValidCvr);
    if (cvr) return cvr;
  }
}

export async function createOrganisation(app: TestApp, sector = 'MUNICIPALITY', name = 'Testkommune') {
  const { createOrganisation } = await app.ok(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version name sector } }`,
    { input: { name: `${name} ${unique()}`, sector, country: 'DK', identifier: uniqueCvr() } },
  );
  return createOrganisation as { id: string; version: number; name: string; sector: string };
}

export async function createProject(app: TestApp, programmeId: string, overrides: Record<string, unknown> = {}) {
  const { createProject } = await app.ok(
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version code title phase } }`,
    { input: { programmeId, code: `P-${unique().slice(-8)}`, title: 'Sammenhængende flytning', ...overrides } },
  );
  return createProject as { id: string; version: number; code: string; title: string; phase: string };
}

export async function addParticipation(app: TestApp, projectId: string, organisationId: string, roles: string[]) {
  const { addParticipation } = await app.ok(
    `mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id version roles } }`,
    { input: { projectId, organisationId, roles } },
  );
  return addParticipation as { id: string; version: number; roles: string[] };
}

export async function addBudgetLine(
  app: TestApp,
  projectId: string,
  funderId: string,
  fiscalYear: number,
  amount: string,
  category = 'DEVELOPMENT',
) {
  const { addBudgetLine } = await app.ok(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id version amount } }`, {
    input: { projectId, fiscalYear, funderId, category, amount },
  });
  return addBudgetLine as { id: string; version: number; amount: string };
}

export async function addBenefit(app: TestApp, projectId: string, receiverId: string, overrides: Record<string, unknown> = {}) {
  const { addBenefit } = await app.ok(
    `mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id version kind unit targets { fiscalYear value } } }`,
    {
      input: {
        projectId,
        receiverId,
        title: 'Færre manuelle skridt',
        kind: 'CASH_RELEASING',
        unit: 'CURRENCY',
        targets: [
          { fiscalYear: 2026, value: '500000.00' },
          { fiscalYear: 2027, value: '1500000.00' },
        ],
        ...overrides,
      },
    },
  );
  return addBenefit as { id: string; version: number; kind: string; unit: string; targets: { fiscalYear: number; value: string }[] };
}

export async function recordMeasurement(app: TestApp, benefitId: string, fiscalYear = 2026, value = '450000.00') {
  const { recordMeasurement } = await app.ok(
    `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id version status value } }`,
    { input: { benefitId, fiscalYear, value, evidence: 'Regnskab 2026' } },
  );
  return recordMeasurement as { id: string; version: number; status: string; value: string };
}

/** A programme with a track, a project, a lead (state) and a municipality taking part. */
export async function createWorld(app: TestApp) {
  const programme = await createProgramme(app);
  const track = await createTrack(app, programme.id);
  const lead = await createOrganisation(app, 'STATE', 'Styrelse');
  const municipality = await createOrganisation(app, 'MUNICIPALITY');
  const outsider = await createOrganisation(app, 'REGION', 'Region');
  const project = await createProject(app, programme.id, { trackId: track.id });
  const leadParticipation = await addParticipation(app, project.id, lead.id, ['LEAD', 'CO_FUNDER']);
  const municipalityParticipation = await addParticipation(app, project.id, municipality.id, ['BENEFIT_RECEIVER']);
  return { programme, track, lead, municipality, outsider, project, leadParticipation, municipalityParticipation };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
