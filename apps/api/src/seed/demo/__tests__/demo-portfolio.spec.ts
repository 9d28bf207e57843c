import {
  ADOPTION_STATES,
  BENEFIT_KINDS,
  BENEFIT_UNITS,
  COMMON_COMPONENTS,
  COST_CATEGORIES,
  LIFE_EVENTS,
  MEASUREMENT_STATUSES,
  PARTICIPATION_ROLES,
  PROJECT_PHASES,
  RAG_VALUES,
  SECTORS,
  STATUS_REPORT_STATES,
  USER_ROLES,
  identifierProblem,
  type Country,
  type Sector,
} from '@tvaers/domain';
import { buildDemoPortfolio } from '../demo-portfolio.js';
import { splitExact } from '../demo-random.js';

describe('demo portfolio (pure generator)', () => {
  const demo = buildDemoPortfolio();
  const dk = demo.programmes.find((p) => p['currency'] === 'DKK')!;
  const dkProjects = demo.projects.filter((p) => p['programmeId'] === dk.id);
  const dkProjectIds = new Set(dkProjects.map((p) => p.id));
  const values = (rows: Record<string, unknown>[], key: string) => new Set(rows.flatMap((r) => r[key] as unknown));

  it('is identical every time it is built', () => {
    expect(JSON.stringify(buildDemoPortfolio())).toBe(JSON.stringify(demo));
  });

  it('has the Danish strategy of about 35 projects and 300 mio. kr, and a Norwegian NOK programme', () => {
    expect(dk).toMatchObject({ name: 'Fælles digitaliseringsstrategi 2025–2027', fundingEnvelope: '300000000.00', discountRate: '0.04' });
    expect(dkProjects).toHaveLength(35);
    const budgetOre = demo.budgetLines
      .filter((b) => dkProjectIds.has(b['projectId'] as string))
      .reduce((sum, b) => sum + Math.round(Number(b['amount']) * 100), 0);
    expect(budgetOre / 100).toBeGreaterThan(290_000_000);
    expect(budgetOre / 100).toBeLessThanOrEqual(300_000_000);
    expect(demo.programmes.map((p) => p['currency'])).toEqual(['DKK', 'NOK']);
  });

  it('names the state agency, KL, Danske Regioner, KOMBIT, the 5 regions and municipalities', () => {
    const names = demo.organisations.map((o) => o['name']);
    expect(names).toEqual(
      expect.arrayContaining([
        'Digitaliseringsstyrelsen',
        'KL – Kommunernes Landsforening',
        'Danske Regioner',
        'KOMBIT A/S',
        'Aarhus Kommune',
        'Oslo kommune',
      ]),
    );
    expect(demo.organisations.filter((o) => o['sector'] === 'REGION')).toHaveLength(5);
    expect(demo.organisations.filter((o) => o['sector'] === 'MUNICIPALITY' && o['country'] === 'DK').length).toBeGreaterThanOrEqual(20);
  });

  it('gives every demo organisation an identifier that passes its check digit or reference list and agrees with its sector', () => {
    const problems = demo.organisations
      .map((o) => ({
        identifier: String(o['identifier']),
        problem: identifierProblem(o['country'] as Country, o['sector'] as Sector, String(o['identifier'] ?? '')),
      }))
      .filter(({ problem }) => problem !== null);
    expect(demo.organisations.filter((o) => /^[0-9]{8,9}$/.test(String(o['identifier']))).length).toBeGreaterThanOrEqual(10);
    expect(problems).toEqual([]);
  });

  it('represents every value of every enum', () => {
    expect(values(demo.organisations, 'sector')).toEqual(new Set(SECTORS));
    expect(values(demo.projects, 'phase')).toEqual(new Set(PROJECT_PHASES));
    expect(values(demo.participations, 'roles')).toEqual(new Set(PARTICIPATION_ROLES));
    expect(values(demo.budgetLines, 'category')).toEqual(new Set(COST_CATEGORIES));
    expect(values(demo.costActuals, 'category')).toEqual(new Set(COST_CATEGORIES));
    expect(values(demo.benefits, 'kind')).toEqual(new Set(BENEFIT_KINDS));
    expect(values(demo.benefits, 'unit')).toEqual(new Set(BENEFIT_UNITS));
    expect(values(demo.measurements, 'status')).toEqual(new Set(MEASUREMENT_STATUSES));
    expect(values(demo.statusReports, 'state')).toEqual(new Set(STATUS_REPORT_STATES));
    expect(values(demo.adoptions, 'state')).toEqual(new Set(ADOPTION_STATES));
    expect(values(demo.projects, 'lifeEvents')).toEqual(new Set(LIFE_EVENTS));
    expect(values(demo.projects, 'commonComponents')).toEqual(new Set(COMMON_COMPONENTS));
    expect(values(demo.users, 'role')).toEqual(new Set(USER_ROLES));
    const lights = new Set(demo.statusReports.flatMap((r) => [r['computedCostRag'], r['computedScheduleRag'], r['computedBenefitRag']]));
    expect(lights).toEqual(new Set(RAG_VALUES));
  });

  it('gives the demo partner a municipality that takes part in several projects', () => {
    const partner = demo.users.find((u) => u['email'] === 'partner@tvaers.demo')!;
    const projects = demo.participations.filter((p) => p['organisationId'] === partner['organisationId']);
    expect(projects.length).toBeGreaterThanOrEqual(5);
  });

  it('splits amounts exactly', () => {
    expect(splitExact(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitExact(1_000_000_01, [2, 1]).reduce((a, b) => a + b)).toBe(1_000_000_01);
  });
});
