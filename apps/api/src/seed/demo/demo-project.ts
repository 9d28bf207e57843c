import {
  addDays,
  addMonths,
  benefitLight,
  costLight,
  DEFAULT_TOLERANCES,
  type ProjectPhase,
  type Rag,
  scheduleLight,
} from '@tvaers/domain';
import type { DemoOrganisation, DemoProjectSeed } from './demo-catalogue.js';
import type { DemoGovernance } from './demo-governance.js';
import { DemoRandom, demoId, oreToMoney, splitExact } from './demo-random.js';

// One demo project and everything that hangs on it, built as plain rows from its own random stream.
// The parts are drawn in a fixed order (dates, partners, budget, costs, benefits, milestones, baselines,
// status reports, adoption): each part's draws come after the previous part's, so the demo stays the
// same row for row (demo-portfolio.spec.ts builds it twice and compares).

/** The demo data describes the world as of this day, whatever day it is loaded. */
export const DEMO_AS_OF = '2026-10-31';

type Row = Record<string, unknown> & { id: string };

export interface DemoPortfolio {
  organisations: Row[];
  programmes: Row[];
  tracks: Row[];
  users: Row[];
  /** Each demo user's roles per programme (ADMIN needs none). */
  memberships: Row[];
  projects: Row[];
  participations: Row[];
  budgetLines: Row[];
  costActuals: Row[];
  benefits: Row[];
  benefitTargets: Row[];
  measurements: Row[];
  milestones: Row[];
  baselines: Row[];
  statusReports: Row[];
  adoptions: Row[];
  governance: DemoGovernance;
}

export interface ProgrammeSpec {
  key: string;
  name: string;
  currency: string;
  codePrefix: string;
  envelopeKr: number;
  /** The organisation holding the pooled money, and the share of each project's budget it funds. */
  fund: { key: string; share: number };
  budgetTotalKr: number;
  hourlyRateKr: number;
  fteCostKr: number;
  tracks: { code: string; name: string }[];
  projects: DemoProjectSeed[];
  organisations: DemoOrganisation[];
  municipalities: DemoOrganisation[];
  regions: DemoOrganisation[];
  implementers: DemoOrganisation[];
  phases: ProjectPhase[];
}

/** A programme as its projects are built into it. */
export interface ProgrammeBuild {
  spec: ProgrammeSpec;
  out: DemoPortfolio;
  orgId: (key: string) => string;
  programmeId: string;
  trackIds: Map<string, string>;
}

/** The project being built: its random stream, identity, phase and dates. */
interface ProjectBuild extends ProgrammeBuild {
  r: DemoRandom;
  id: string;
  index: number;
  seed: DemoProjectSeed;
  phase: ProjectPhase;
  started: boolean;
  totalKr: number;
  dates: ProjectDates;
}

interface ProjectDates {
  plannedStart: string;
  plannedEnd: string;
  slipDays: number;
  forecastEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
}

interface Partners {
  lead: string;
  coFunders: string[];
  fund: string;
  receivers: string[];
}

interface PlannedLine {
  fiscalYear: number;
  funderId: string;
  category: string;
  ore: number;
}

/** The monetised benefit planned and realised up to the demo date (for the benefit light). */
interface BenefitsToDate {
  plannedMonetisedToDate: number;
  realisedMonetisedToDate: number;
}

const STARTED = new Set<ProjectPhase>(['EXECUTION', 'ROLLOUT', 'CLOSED', 'CANCELLED']);
const YEARS = [2025, 2026, 2027];
const BENEFIT_YEARS = [2025, 2026, 2027, 2028, 2029];
const CATEGORIES = [
  ['DEVELOPMENT', 0.62],
  ['OPERATIONS', 0.18],
  ['INTERNAL_STAFF', 0.2],
] as const;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Months of [start, end] that fall in each calendar year, as weights for spreading a budget. */
function monthsPerYear(start: string, end: string, years: number[]): number[] {
  return years.map((year) => {
    const from = Math.max(Date.parse(start), Date.parse(`${year}-01-01`));
    const to = Math.min(Date.parse(end), Date.parse(`${year}-12-31`));
    return Math.max(0, (to - from) / (30.4 * 86_400_000));
  });
}

function worst(lights: Rag[]): Rag {
  for (const light of ['RED', 'AMBER', 'GREEN'] as const) if (lights.includes(light)) return light;
  return 'GREY';
}

/** The project `seed` of the programme, the index-th, with the given phase and budget. */
export function buildProject(programme: ProgrammeBuild, seed: DemoProjectSeed, index: number, phase: ProjectPhase, totalKr: number): void {
  const { spec, out, programmeId, trackIds } = programme;
  const code = `${spec.codePrefix}-${String(index + 1).padStart(2, '0')}`;
  const r = new DemoRandom(`project:${spec.key}:${code}`);
  const id = demoId(`project:${spec.key}:${code}`);
  const started = STARTED.has(phase);
  const dates = projectDates(r, phase, started);
  const { plannedStart, plannedEnd, forecastEnd, actualStart, actualEnd } = dates;

  out.projects.push({
    id,
    programmeId,
    code,
    title: seed.title,
    description: seed.description,
    trackId: trackIds.get(seed.track)!,
    phase,
    plannedStart,
    plannedEnd,
    forecastStart: actualStart ?? plannedStart,
    forecastEnd,
    actualStart,
    actualEnd,
    lifeEvents: seed.lifeEvents,
    commonComponents: seed.components,
  });

  const project: ProjectBuild = { ...programme, r, id, index, seed, phase, started, totalKr, dates };
  const partners = addPartners(project);
  const { lines, budgetOre, benefitRange } = addBudget(project, partners);
  const costFactor = addCostActuals(project, partners, lines, budgetOre);
  const toDate = addBenefits(project, partners, benefitRange);
  addMilestones(project);
  addBaselines(project, lines);
  addStatusReports(project, budgetOre, costFactor, toDate);
  addAdoptions(project, partners);
}

function projectDates(r: DemoRandom, phase: ProjectPhase, started: boolean): ProjectDates {
  // Dates: closed projects started early and finished; proposed ones start next year.
  const plannedStart =
    phase === 'PROPOSED'
      ? `2027-0${r.int(1, 6)}-01`
      : phase === 'CLOSED'
        ? `2025-0${r.int(1, 3)}-01`
        : phase === 'APPROVED'
          ? `2026-${r.pick(['11', '12'])}-01`
          : `2025-${String(r.int(1, 12)).padStart(2, '0')}-01`;
  const duration = phase === 'CLOSED' ? r.int(12, 18) : phase === 'PROPOSED' ? r.int(10, 12) : r.int(16, 30);
  const plannedEnd = addDays(addMonths(plannedStart, duration), -1);
  const slipDays = phase === 'CLOSED' ? r.int(0, 40) : r.pick([0, 0, 10, 25, 45, 70, 110, 160]);
  const forecastEnd = phase === 'CANCELLED' ? plannedEnd : addDays(plannedEnd, slipDays);
  const actualStart = started ? addDays(plannedStart, r.int(0, 25)) : null;
  const actualEnd = phase === 'CLOSED' ? forecastEnd : phase === 'CANCELLED' ? '2026-03-31' : null;
  return { plannedStart, plannedEnd, slipDays, forecastEnd, actualStart, actualEnd };
}

function addPartners({ r, spec, out, orgId, seed, index, id }: ProjectBuild): Partners {
  // Partners: lead, one or two co-funders, an implementer and benefit-receiving municipalities.
  const lead = orgId(seed.lead);
  const coFunders = r
    .sample(
      spec.organisations.filter((o) => o.key !== seed.lead && o.sector !== 'PRIVATE'),
      r.int(1, 2),
    )
    .map((o) => orgId(o.key));
  const implementer = orgId(r.pick(spec.implementers.filter((o) => o.key !== seed.lead)).key);
  const receivers = r.sample(spec.municipalities, r.int(2, 4)).map((o) => orgId(o.key));
  const aarhus = orgId('dk-m-751');
  if (spec.key === 'dk' && index % 3 === 0 && !receivers.includes(aarhus)) receivers.push(aarhus);
  if (spec.regions.length && seed.track === 'TEL') receivers.push(orgId(r.pick(spec.regions).key));
  const roles = new Map<string, Set<string>>();
  const give = (org: string, role: string) => roles.set(org, (roles.get(org) ?? new Set()).add(role));
  give(lead, 'LEAD');
  give(lead, 'CO_FUNDER');
  coFunders.forEach((o) => give(o, 'CO_FUNDER'));
  const fund = orgId(spec.fund.key);
  give(fund, 'CO_FUNDER');
  give(implementer, 'IMPLEMENTER');
  receivers.forEach((o) => give(o, 'BENEFIT_RECEIVER'));
  for (const [organisationId, set] of roles) {
    out.participations.push({
      id: demoId(`participation:${id}:${organisationId}`),
      projectId: id,
      organisationId,
      roles: [...set].sort(),
    });
  }
  return { lead, coFunders, fund, receivers };
}

function addBudget({ r, spec, out, id, totalKr, dates: { plannedStart, plannedEnd } }: ProjectBuild, { lead, coFunders, fund }: Partners) {
  // Budget: the project's total over funders (the programme fund its share, of the rest the lead
  // most), years (by months active) and categories.
  const partners = [lead, ...coFunders.filter((o) => o !== lead)].filter((o) => o !== fund);
  const partnerWeights = partners.map((_, i) => (i === 0 ? r.between(2, 3.5) : 1));
  const partnerTotal = partnerWeights.reduce((a, b) => a + b, 0);
  const funders = [...partners, fund];
  const funderShares = splitExact(totalKr * 100, [
    ...partnerWeights,
    partners.length ? (partnerTotal * spec.fund.share) / (1 - spec.fund.share) : 1,
  ]);
  const budgetYears = YEARS;
  const yearWeights = monthsPerYear(plannedStart, plannedEnd, budgetYears).map((m) => (m > 0 ? m : 0));
  const hasYear = yearWeights.some((w) => w > 0);
  const lines: { fiscalYear: number; funderId: string; category: string; ore: number }[] = [];
  funders.forEach((funderId, f) => {
    const perYear = splitExact(funderShares[f]!, hasYear ? yearWeights : [1, 0, 0]);
    perYear.forEach((yearOre, y) => {
      if (yearOre === 0) return;
      const perCategory = splitExact(
        yearOre,
        CATEGORIES.map(([, w]) => w),
      );
      perCategory.forEach((ore, c) => ore > 0 && lines.push({ fiscalYear: budgetYears[y]!, funderId, category: CATEGORIES[c]![0], ore }));
    });
  });
  // Three-point estimates on development costs of most projects (a separate random stream, so the
  // rest of the demo stays as it was): costs lean high (optimism bias), rarely below plan.
  const ranges = new DemoRandom(`ranges:${id}`);
  const costRange = ranges.chance(0.75) ? { low: ranges.between(0.85, 0.95), high: ranges.between(1.1, 1.6) } : undefined;
  const benefitRange = ranges.chance(0.75) ? { low: ranges.between(0.3, 0.8), high: ranges.between(1.05, 1.25) } : undefined;
  for (const line of lines) {
    const ranged = costRange && line.category === 'DEVELOPMENT';
    out.budgetLines.push({
      id: demoId(`budget:${id}:${line.fiscalYear}:${line.funderId}:${line.category}`),
      projectId: id,
      fiscalYear: line.fiscalYear,
      funderId: line.funderId,
      category: line.category,
      amount: oreToMoney(line.ore),
      low: ranged ? oreToMoney(Math.round(line.ore * costRange.low)) : null,
      high: ranged ? oreToMoney(Math.round(line.ore * costRange.high)) : null,
    });
  }
  const budgetOre = lines.reduce((sum, l) => sum + l.ore, 0);
  return { lines, budgetOre, benefitRange };
}

/** The actual costs; returns how far they run over or under the budgeted pace. */
function addCostActuals(
  { r, out, id, index, phase, started, dates: { actualStart, actualEnd } }: ProjectBuild,
  { lead }: Partners,
  lines: PlannedLine[],
  budgetOre: number,
): number {
  // Actual costs: quarterly invoices per funder up to the demo date, around the budgeted pace.
  const costFactor = r.pick([0.92, 0.97, 1, 1.02, 1.04, 1.07, 1.12, 1.18, 1.26, 1.35]);
  if (started && actualStart) {
    const quarterEnds = ['03-31', '06-30', '09-30', '12-31'];
    for (const line of lines) {
      if (line.fiscalYear > yearOf(DEMO_AS_OF)) continue;
      const dates = quarterEnds
        .map((q) => `${line.fiscalYear}-${q}`)
        .filter((d) => d >= actualStart && d <= DEMO_AS_OF && (!actualEnd || d <= addDays(actualEnd, 45)));
      if (dates.length === 0) continue;
      const portion = line.fiscalYear < yearOf(DEMO_AS_OF) ? 1 : dates.length / 4;
      const spend = Math.round(line.ore * portion * costFactor * (phase === 'CANCELLED' ? 0.5 : 1));
      splitExact(
        spend,
        dates.map(() => r.between(0.7, 1.3)),
      ).forEach((ore, q) => {
        if (ore === 0) return;
        out.costActuals.push({
          id: demoId(`cost:${id}:${line.funderId}:${line.category}:${dates[q]}`),
          projectId: id,
          date: dates[q]!,
          payerId: line.funderId,
          category: line.category,
          amount: oreToMoney(ore),
          reference: `${line.category === 'INTERNAL_STAFF' ? 'TID' : 'FAK'}-${dates[q]!.slice(0, 7).replace('-', '')}-${String(r.int(1, 9999)).padStart(4, '0')}`,
        });
      });
    }
    if (index % 11 === 4 && out.costActuals.at(-1)?.['projectId'] === id) {
      const creditOre = -Math.round(budgetOre * 0.004);
      out.costActuals.push({
        id: demoId(`cost:${id}:credit`),
        projectId: id,
        date: '2026-06-15',
        payerId: lead,
        category: 'DEVELOPMENT',
        amount: oreToMoney(creditOre),
        reference: 'KREDITNOTA-2026-0042',
      });
    }
  }
  return costFactor;
}

function addBenefits(
  { r, spec, out, id, index, seed, phase, started, totalKr, dates: { plannedStart, plannedEnd, actualStart } }: ProjectBuild,
  { lead, receivers }: Partners,
  /** The spread of the cash-releasing targets (three-point estimates), when the project has one. */
  benefitRange: { low: number; high: number } | undefined,
): BenefitsToDate {
  // Benefits: a cash-releasing saving, freed hours, and per track a non-monetised outcome; some
  // projects carry the dis-benefit of running the paper channel in parallel.
  // Projects starting in the first quarter deliver quick wins the same year.
  const firstBenefitYear = Math.min(yearOf(plannedEnd), yearOf(plannedStart) + (Number(plannedStart.slice(5, 7)) <= 3 ? 0 : 1));
  const benefitYears = BENEFIT_YEARS.filter((y) => y >= firstBenefitYear);
  const ramp = (y: number) => Math.min(1, 0.35 + 0.3 * (y - firstBenefitYear));
  const annualSavingKr = Math.round((totalKr * r.between(0.22, 0.6)) / 1000) * 1000;
  const hoursPerYear = r.int(4, 40) * 500;
  const benefitSpecs = benefitSpecsOf({ r, seed, index }, { lead, receivers }, { firstBenefitYear, ramp, annualSavingKr, hoursPerYear });

  const monetise = (unit: string, value: string) =>
    unit === 'CURRENCY'
      ? Number(value)
      : unit === 'HOURS'
        ? Number(value) * spec.hourlyRateKr
        : unit === 'FTE'
          ? Number(value) * spec.fteCostKr
          : 0;
  let plannedMonetisedToDate = 0;
  let realisedMonetisedToDate = 0;
  const realisation = r.between(0.78, 1.1);
  benefitSpecs.forEach((b, bIndex) => {
    const benefitId = demoId(`benefit:${id}:${bIndex}`);
    out.benefits.push({
      id: benefitId,
      projectId: id,
      title: b.title,
      kind: b.kind,
      unit: b.unit,
      receiverId: b.receiver,
      owner: r.pick(['Projektleder', 'Afdelingschef', 'Digitaliseringschef', 'Centerchef']),
      baselineValue: b.baseline ?? null,
      measurementMethod: b.method,
    });
    const sign = b.kind === 'DIS_BENEFIT' ? -1 : 1;
    for (const year of benefitYears) {
      const value = b.target(year);
      if (Number(value) === 0) continue;
      const ranged = benefitRange && b.kind === 'CASH_RELEASING' && b.unit === 'CURRENCY';
      out.benefitTargets.push({
        id: demoId(`target:${benefitId}:${year}`),
        benefitId,
        fiscalYear: year,
        value,
        low: ranged ? oreToMoney(Math.round(Number(value) * 100 * benefitRange.low)) : null,
        high: ranged ? oreToMoney(Math.round(Number(value) * 100 * benefitRange.high)) : null,
      });
      const measurable = started && phase !== 'CANCELLED' && year <= yearOf(DEMO_AS_OF) && year >= yearOf(actualStart ?? plannedStart);
      if (year <= yearOf(DEMO_AS_OF) && b.kind !== 'QUALITATIVE') plannedMonetisedToDate += sign * monetise(b.unit, value);
      if (!measurable) continue;
      const decimals = b.unit === 'CURRENCY' ? 2 : b.unit === 'FTE' || b.unit === 'SCORE' ? 2 : 0;
      const measured = (Number(value) * (b.kind === 'QUALITATIVE' ? r.between(0.9, 1.05) : realisation * r.between(0.95, 1.05))).toFixed(
        decimals,
      );
      const status =
        year < yearOf(DEMO_AS_OF)
          ? b.kind === 'CASH_RELEASING' && r.chance(0.7)
            ? 'HARVESTED'
            : 'VALIDATED'
          : r.pick(['REPORTED', 'VALIDATED', 'VALIDATED', 'VALIDATED']);
      if (status !== 'REPORTED' && b.kind !== 'QUALITATIVE') realisedMonetisedToDate += sign * monetise(b.unit, measured);
      out.measurements.push({
        id: demoId(`measurement:${benefitId}:${year}`),
        benefitId,
        fiscalYear: year,
        value: measured,
        status,
        evidence: `Opgørelse ${year} fra ${b.method.toLowerCase()}`,
        reportedAt: new Date(`${year === yearOf(DEMO_AS_OF) ? DEMO_AS_OF : `${year + 1}-02-15`}T10:00:00Z`),
        validatedAt: status === 'REPORTED' ? null : new Date(`${year === yearOf(DEMO_AS_OF) ? DEMO_AS_OF : `${year + 1}-03-20`}T10:00:00Z`),
        harvestedAt: status === 'HARVESTED' ? new Date(`${year + 1}-05-01T10:00:00Z`) : null,
      });
    }
  });
  return { plannedMonetisedToDate, realisedMonetisedToDate };
}

/** What a benefit measures and how its target grows; drawn from the random stream only when a target is read. */
interface BenefitSpec {
  title: string;
  kind: string;
  unit: string;
  receiver: string;
  target: (y: number) => string;
  method: string;
  baseline?: string;
}

/**
 * The project's benefits: a cash-releasing saving, freed hours, per track a non-monetised outcome, the
 * citizens' satisfaction, and for some projects the dis-benefit of running the paper channel in parallel.
 */
function benefitSpecsOf(
  { r, seed, index }: Pick<ProjectBuild, 'r' | 'seed' | 'index'>,
  { lead, receivers }: Pick<Partners, 'lead' | 'receivers'>,
  {
    firstBenefitYear,
    ramp,
    annualSavingKr,
    hoursPerYear,
  }: { firstBenefitYear: number; ramp: (y: number) => number; annualSavingKr: number; hoursPerYear: number },
): BenefitSpec[] {
  const benefitSpecs: BenefitSpec[] = [
    {
      title: 'Færre manuelle sagsbehandlingsskridt',
      kind: 'CASH_RELEASING',
      unit: 'CURRENCY',
      receiver: receivers[0]!,
      target: (y) => oreToMoney(Math.round(annualSavingKr * ramp(y)) * 100),
      method: 'Lønudgift til sagsbehandling før og efter, fra kommunernes regnskab',
    },
    {
      title: 'Sparet tid hos medarbejdere',
      kind: 'NON_CASH',
      unit: 'HOURS',
      receiver: receivers[1] ?? receivers[0]!,
      target: (y) => String(Math.round(hoursPerYear * ramp(y))),
      method: 'Tidsregistrering på udvalgte sagstyper, stikprøve to uger pr. halvår',
    },
  ];
  if (seed.track === 'GRN') {
    benefitSpecs.push({
      title: 'Reduceret CO₂-udledning',
      kind: 'NON_CASH',
      unit: 'TCO2',
      receiver: lead,
      target: (y) => String(Math.round(40 * ramp(y) * r.between(1, 3))),
      method: 'Energiforbrug omregnet med Energistyrelsens emissionsfaktorer',
    });
  } else if (seed.track === 'INK') {
    benefitSpecs.push({
      title: 'Borgere hjulpet til selvbetjening',
      kind: 'NON_CASH',
      unit: 'COUNT',
      receiver: receivers[0]!,
      target: (y) => String(Math.round(2500 * ramp(y))),
      method: 'Optælling i borgerservice',
    });
  } else if (seed.track === 'TEL') {
    benefitSpecs.push({
      title: 'Frigjorte sygeplejerskeårsværk',
      kind: 'NON_CASH',
      unit: 'FTE',
      receiver: receivers.at(-1)!,
      target: (y) => (2 * ramp(y)).toFixed(2),
      method: 'Vagtplaner før og efter',
    });
  } else if (seed.track === 'SAM') {
    benefitSpecs.push({
      title: 'Andel digitale ansøgninger',
      kind: 'NON_CASH',
      unit: 'PERCENT',
      receiver: lead,
      target: (y) => String(Math.round(60 + 30 * ramp(y))),
      method: 'Statistik fra selvbetjeningsløsningen',
      baseline: '45',
    });
  }
  benefitSpecs.push({
    title: 'Borgertilfredshed',
    kind: 'QUALITATIVE',
    unit: 'SCORE',
    receiver: lead,
    target: () => '4.2',
    method: 'Brugerundersøgelse, skala 1–5',
    baseline: '3.6',
  });
  if (index % 3 === 1) {
    benefitSpecs.push({
      title: 'Parallel drift af papirkanal',
      kind: 'DIS_BENEFIT',
      unit: 'CURRENCY',
      receiver: receivers[0]!,
      target: (y) => oreToMoney(y <= firstBenefitYear + 1 ? Math.round(annualSavingKr * 0.12) * 100 : 0),
      method: 'Udgift til print, porto og manuel behandling af papirblanketter',
    });
  }
  return benefitSpecs;
}

function addMilestones({ out, id, phase, started, dates: { plannedStart, plannedEnd, slipDays } }: ProjectBuild): void {
  // Milestones with baseline, forecast (slipping with the project) and actual dates.
  const milestoneSpecs: [string, number][] = [
    ['Projektgrundlag godkendt', 0.05],
    ['Leverandør valgt', 0.25],
    ['Første organisation i drift', 0.6],
    ['Projektet afsluttet', 1],
  ];
  const spanDays = (Date.parse(plannedEnd) - Date.parse(plannedStart)) / 86_400_000;
  for (const [title, at] of milestoneSpecs) {
    const baselineDate = addDays(plannedStart, Math.round(spanDays * at));
    const forecastDate = addDays(baselineDate, Math.round(slipDays * at));
    const done = started && phase !== 'CANCELLED' && forecastDate <= DEMO_AS_OF;
    out.milestones.push({
      id: demoId(`milestone:${id}:${title}`),
      projectId: id,
      title,
      baselineDate,
      forecastDate,
      actualDate: done ? forecastDate : null,
    });
  }
}

function addBaselines({ out, id, index, phase, started, dates: { plannedStart, plannedEnd } }: ProjectBuild, lines: PlannedLine[]): void {
  // Baselines: approved projects have one; every fifth started project was re-baselined with a
  // bigger scope, so its first baseline froze smaller budgets.
  if (phase !== 'PROPOSED') {
    const rebaselined = started && index % 5 === 2;
    const versions = rebaselined ? [0.9, 1] : [1];
    versions.forEach((scale, v) => {
      const snapshotLines = lines.map((l) => ({
        fiscalYear: l.fiscalYear,
        funderId: l.funderId,
        category: l.category,
        amount: oreToMoney(Math.round(l.ore * scale)),
      }));
      const totalOre = lines.reduce((sum, l) => sum + Math.round(l.ore * scale), 0);
      out.baselines.push({
        id: demoId(`baseline:${id}:${v + 1}`),
        projectId: id,
        baselineNumber: v + 1,
        approvedAt: new Date(`${v === 0 ? addMonths(plannedStart, -1) : '2026-02-01'}T12:00:00Z`),
        approvedById: demoId('user:office@tvaers.demo'),
        reason: v === 0 ? 'Projektgrundlag godkendt af styregruppen' : 'Udvidet omfang efter styregruppebeslutning',
        endDate: plannedEnd,
        totalCost: oreToMoney(totalOre),
        snapshot: {
          budgetLines: snapshotLines,
          benefitTargets: out.benefitTargets
            .filter((t) => out.benefits.some((b) => b.id === t['benefitId'] && b['projectId'] === id))
            .map((t) => ({ benefitId: t['benefitId'], fiscalYear: t['fiscalYear'], value: t['value'] })),
          milestones: out.milestones
            .filter((m) => m['projectId'] === id)
            .map((m) => ({ milestoneId: m.id, title: m['title'], baselineDate: m['baselineDate'] })),
          endDate: plannedEnd,
        },
      });
    });
  }
}

function addStatusReports(
  { r, out, id, seed, phase, started, dates: { plannedEnd, forecastEnd, actualStart } }: ProjectBuild,
  budgetOre: number,
  costFactor: number,
  { plannedMonetisedToDate, realisedMonetisedToDate }: BenefitsToDate,
): void {
  // Half-yearly status reports with lights computed from the rules as they stood at each period end.
  if (started && actualStart) {
    const forecastCostOre = Math.round(budgetOre * costFactor);
    const realisationRate = plannedMonetisedToDate > 0 ? (realisedMonetisedToDate / plannedMonetisedToDate).toFixed(4) : undefined;
    const computed = {
      cost: costLight(oreToMoney(budgetOre), oreToMoney(forecastCostOre), DEFAULT_TOLERANCES),
      schedule: scheduleLight(plannedEnd, forecastEnd, DEFAULT_TOLERANCES),
      benefit: benefitLight(realisationRate, DEFAULT_TOLERANCES),
    };
    for (const period of ['2025-H2', '2026-H1']) {
      const periodEnd = period === '2025-H2' ? '2025-12-31' : '2026-06-30';
      if (actualStart > periodEnd) continue;
      const state =
        period === '2025-H2' ? 'APPROVED' : r.pick(['APPROVED', 'APPROVED', 'APPROVED', 'SUBMITTED', 'SUBMITTED', 'RETURNED', 'DRAFT']);
      const overrideCost = computed.cost === 'RED' && r.chance(0.5);
      out.statusReports.push({
        id: demoId(`status:${id}:${period}`),
        projectId: id,
        period,
        selfAssessedRag: r.chance(0.3) ? 'GREEN' : worst([computed.cost, computed.schedule]),
        computedCostRag: computed.cost,
        computedScheduleRag: computed.schedule,
        computedBenefitRag: period === '2025-H2' && yearOf(actualStart) === 2025 ? 'GREY' : computed.benefit,
        overrideCostRag: overrideCost ? 'AMBER' : null,
        overrideCostReason: overrideCost ? 'Merforbruget dækkes af projektets reserve, godkendt af styregruppen' : null,
        overrideScheduleRag: null,
        overrideScheduleReason: null,
        overrideBenefitRag: null,
        overrideBenefitReason: null,
        narrative: `${seed.title}: ${phase === 'ROLLOUT' ? 'udrulningen skrider frem' : phase === 'CLOSED' ? 'projektet er afsluttet og gevinsterne følges' : 'udviklingen følger planen med enkelte forsinkelser'}.`,
        state,
        submittedAt: state === 'DRAFT' ? null : new Date(`${addDays(periodEnd, 20)}T09:00:00Z`),
        decidedAt: state === 'APPROVED' || state === 'RETURNED' ? new Date(`${addDays(periodEnd, 40)}T09:00:00Z`) : null,
        returnReason: state === 'RETURNED' ? 'Gevinstopgørelsen mangler dokumentation fra kommunerne; vedlæg regnskabsudtræk' : null,
      });
    }
  }
}

function addAdoptions(
  { r, spec, out, orgId, id, seed, phase, started, dates: { plannedStart, actualStart } }: ProjectBuild,
  { receivers }: Partners,
): void {
  // Adoption: municipal roll-outs target every municipality of the country; others their receivers.
  const municipalRollout = seed.lead === 'kl' || seed.lead === 'kombit' || seed.lead === 'ks' || seed.track === 'SAM';
  const targeted = municipalRollout ? spec.municipalities.map((m) => orgId(m.key)) : receivers;
  const liveShare = { PROPOSED: 0, APPROVED: 0, EXECUTION: 0.1, ROLLOUT: r.between(0.35, 0.8), CLOSED: r.between(0.9, 1), CANCELLED: 0 }[
    phase
  ];
  if (phase !== 'PROPOSED') {
    // Planned go-live dates come from their own random stream, so the rest of the demo stays as it was.
    const plan = new DemoRandom(`adoption-plan:${id}`);
    targeted.forEach((organisationId) => {
      const live = r.chance(liveShare);
      const state = live ? 'LIVE' : started && phase !== 'CANCELLED' && r.chance(0.5) ? 'IMPLEMENTING' : 'NOT_STARTED';
      const liveDate = live ? addDays(actualStart ?? plannedStart, r.int(120, 500)) : null;
      const shownLiveDate = liveDate && liveDate > DEMO_AS_OF ? DEMO_AS_OF : liveDate;
      out.adoptions.push({
        id: demoId(`adoption:${id}:${organisationId}`),
        projectId: id,
        organisationId,
        state,
        liveDate: shownLiveDate,
        plannedLiveDate:
          phase === 'CANCELLED'
            ? null
            : shownLiveDate
              ? addDays(shownLiveDate, -plan.int(0, 120))
              : addDays(plannedStart, plan.int(240, 900)),
      });
    });
    // Municipal roll-outs: the hours saved are counted per municipality that goes live.
    const hours = out.benefits.find((b) => b['projectId'] === id && b['unit'] === 'HOURS');
    if (municipalRollout && hours && phase !== 'CANCELLED') {
      const fullYear = Math.max(...out.benefitTargets.filter((t) => t['benefitId'] === hours['id']).map((t) => Number(t['value'])), 0);
      hours['perAdopter'] = String(Math.max(1, Math.round(fullYear / targeted.length)));
    }
  }
}
