import type { ProjectPhase } from '@tvaers/domain';
import {
  DK_JOINT,
  DK_MUNICIPALITIES,
  DK_PRIVATE,
  DK_PROJECTS,
  DK_REGIONS,
  DK_STATE,
  DK_TRACKS,
  NO_ORGANISATIONS,
  NO_PROJECTS,
  NO_TRACKS,
} from './demo-catalogue.js';
import { buildDemoGovernance } from './demo-governance.js';
import { buildProject, type DemoPortfolio, type ProgrammeBuild, type ProgrammeSpec } from './demo-project.js';
import { DemoRandom, demoId, oreToMoney, splitExact } from './demo-random.js';

export type { DemoPortfolio } from './demo-project.js';

// Builds the demo portfolio as plain rows, deterministically. Money is computed in whole øre (exact
// integers) and formatted as decimal strings; nothing here depends on the current date.

const DK_PHASES: ProjectPhase[] = [
  ...Array<ProjectPhase>(3).fill('PROPOSED'),
  ...Array<ProjectPhase>(4).fill('APPROVED'),
  ...Array<ProjectPhase>(13).fill('EXECUTION'),
  ...Array<ProjectPhase>(9).fill('ROLLOUT'),
  ...Array<ProjectPhase>(5).fill('CLOSED'),
  'CANCELLED',
];
const NO_PHASES: ProjectPhase[] = ['PROPOSED', 'APPROVED', 'EXECUTION', 'EXECUTION', 'ROLLOUT', 'ROLLOUT', 'CLOSED', 'PROPOSED'];

export function buildDemoPortfolio(): DemoPortfolio {
  const out: DemoPortfolio = {
    organisations: [],
    programmes: [],
    tracks: [],
    users: [],
    memberships: [],
    projects: [],
    participations: [],
    budgetLines: [],
    costActuals: [],
    benefits: [],
    benefitTargets: [],
    measurements: [],
    milestones: [],
    baselines: [],
    statusReports: [],
    adoptions: [],
    governance: { risks: [], issues: [], gateDecisions: [], benefitForecasts: [], reportingRounds: [] },
  };
  const orgId = (key: string) => demoId(`org:${key}`);
  for (const org of [...DK_STATE, ...DK_JOINT, ...DK_REGIONS, ...DK_MUNICIPALITIES, ...DK_PRIVATE, ...NO_ORGANISATIONS]) {
    out.organisations.push({ id: orgId(org.key), name: org.name, sector: org.sector, country: org.country, identifier: org.identifier });
  }

  const specs: ProgrammeSpec[] = [
    {
      key: 'dk',
      name: 'Fælles digitaliseringsstrategi 2025–2027',
      currency: 'DKK',
      codePrefix: 'FDS',
      envelopeKr: 300_000_000,
      fund: { key: 'digst', share: 0.4 },
      budgetTotalKr: 297_450_000,
      hourlyRateKr: 400,
      fteCostKr: 550_000,
      tracks: DK_TRACKS,
      projects: DK_PROJECTS,
      organisations: [...DK_STATE, ...DK_JOINT, ...DK_REGIONS],
      municipalities: DK_MUNICIPALITIES,
      regions: DK_REGIONS,
      implementers: [DK_JOINT[2]!, ...DK_PRIVATE],
      phases: DK_PHASES,
    },
    {
      key: 'no',
      name: 'Medfinansieringsordningen for digitaliseringsprosjekter 2025–2027',
      currency: 'NOK',
      codePrefix: 'MFO',
      envelopeKr: 150_000_000,
      // The Norwegian co-funding scheme pays up to half of a project.
      fund: { key: 'digdir', share: 0.5 },
      budgetTotalKr: 143_800_000,
      hourlyRateKr: 700,
      fteCostKr: 950_000,
      tracks: NO_TRACKS,
      projects: NO_PROJECTS,
      organisations: NO_ORGANISATIONS.filter((o) => o.sector !== 'MUNICIPALITY'),
      municipalities: NO_ORGANISATIONS.filter((o) => o.sector === 'MUNICIPALITY'),
      regions: [],
      implementers: NO_ORGANISATIONS.filter((o) => o.key === 'ks' || o.key === 'digdir'),
      phases: NO_PHASES,
    },
  ];

  for (const spec of specs) buildProgramme(spec, out, orgId);

  // docs/domain.md: office, partner, viewer and auditor in the Danish programme; viewer and auditor also in
  // the Norwegian one; kontor@ is the Norwegian programme office only.
  const dk = demoId('programme:dk');
  const no = demoId('programme:no');
  const users: [string, string, string, string | null, string[]][] = [
    ['admin@tvaers.demo', 'Astrid Administrator', 'ADMIN', null, []],
    ['office@tvaers.demo', 'Ole Programkontor', 'PROGRAMME_OFFICE', null, [dk]],
    ['partner@tvaers.demo', 'Pernille Partner (Aarhus Kommune)', 'PARTNER', orgId('dk-m-751'), [dk]],
    ['viewer@tvaers.demo', 'Viggo Viewer', 'VIEWER', null, [dk, no]],
    ['auditor@tvaers.demo', 'Aase Auditor', 'AUDITOR', null, [dk, no]],
    ['kontor@tvaers.demo', 'Kari Programkontor', 'PROGRAMME_OFFICE', null, [no]],
  ];
  for (const [email, name, role, organisationId, programmes] of users) {
    const userId = demoId(`user:${email}`);
    out.users.push({ id: userId, email, name, role, organisationId, active: true });
    for (const programmeId of programmes) {
      out.memberships.push({
        id: demoId(`membership:${email}:${programmeId}`),
        userId,
        programmeId,
        role,
        organisationId: role === 'PARTNER' ? organisationId : null,
      });
    }
  }
  out.governance = buildDemoGovernance(out);
  return out;
}

function buildProgramme(spec: ProgrammeSpec, out: DemoPortfolio, orgId: (key: string) => string): void {
  const rng = new DemoRandom(`programme:${spec.key}`);
  const programmeId = demoId(`programme:${spec.key}`);
  out.programmes.push({
    id: programmeId,
    name: spec.name,
    currency: spec.currency,
    periodStartYear: 2025,
    periodEndYear: 2027,
    fundingEnvelope: oreToMoney(spec.envelopeKr * 100),
    discountRate: '0.04',
    fiscalYearStartMonth: 1,
    fteAnnualCost: oreToMoney(spec.fteCostKr * 100),
    hourlyRate: oreToMoney(spec.hourlyRateKr * 100),
    fundOrganisationId: orgId(spec.fund.key),
  });
  const trackIds = new Map(spec.tracks.map((t) => [t.code, demoId(`track:${spec.key}:${t.code}`)]));
  for (const track of spec.tracks) out.tracks.push({ id: trackIds.get(track.code)!, programmeId, code: track.code, name: track.name });

  const phases = rng.shuffle(spec.phases);
  const weights = spec.projects.map(() => Math.exp(rng.between(0, 1.7)));
  const totalsKr = splitExact(spec.budgetTotalKr / 10_000, weights).map((t) => t * 10_000);

  const programme: ProgrammeBuild = { spec, out, orgId, programmeId, trackIds };
  spec.projects.forEach((seed, index) => buildProject(programme, seed, index, phases[index]!, totalsKr[index]!));
}
