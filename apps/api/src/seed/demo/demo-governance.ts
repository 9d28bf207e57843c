import { addDays, DEFAULT_GATE_CHECKLISTS, type DeliveryConfidence, type ProjectPhase, type Rag } from '@tvaers/domain';
import { DemoRandom, demoId } from './demo-random.js';

// Governance for the demo portfolio, derived from the projects it has already built: risk registers,
// issue logs, the gate decisions that took each project to its phase, benefit forecasts, reporting
// rounds, both delivery-confidence ratings on the reports, and the variance explanations the
// reports' lights call for. Deterministic like the rest: same seed, same rows.

type Row = Record<string, unknown> & { id: string };

export interface DemoGovernanceInput {
  programmes: Row[];
  users: Row[];
  memberships: Row[];
  projects: Row[];
  benefits: Row[];
  benefitTargets: Row[];
  measurements: Row[];
  statusReports: Row[];
}

export interface DemoGovernance {
  risks: Row[];
  issues: Row[];
  gateDecisions: Row[];
  benefitForecasts: Row[];
  reportingRounds: Row[];
}

const RISKS_DA: [string, string, string][] = [
  ['Leverandøren leverer for sent', 'SUPPLIER', 'Bod i kontrakten og ugentlig opfølgning på leverancer'],
  ['Kommunerne tager ikke løsningen i brug', 'ADOPTION', 'Ambassadørnetværk og støtte til implementering i hver kommune'],
  ['Integrationen til fællesoffentlige komponenter forsinkes', 'TECHNICAL', 'Tidlig test mod integrationsmiljøet'],
  ['Nøglemedarbejdere forlader projektet', 'ORGANISATIONAL', 'Dokumentation og makkerpar på kritiske roller'],
  ['Databeskyttelsesvurderingen kræver ændringer', 'LEGAL', 'Konsekvensanalyse før udbud'],
  ['Budgettet til drift er ikke afklaret', 'FINANCIAL', 'Driftsaftale forhandles inden udrulning'],
  ['Sikkerhedshul i tredjepartskomponent', 'SECURITY', 'Løbende sårbarhedsscanning og patchpolitik'],
  ['Tidsplanen for udbuddet skrider', 'SCHEDULE', 'Buffer i tidsplanen og tidlig markedsdialog'],
];
const RISKS_NB: [string, string, string][] = [
  ['Leverandøren leverer for sent', 'SUPPLIER', 'Dagmulkt i kontrakten og ukentlig oppfølging'],
  ['Kommunene tar ikke løsningen i bruk', 'ADOPTION', 'Nettverk av innføringsstøtte i hver kommune'],
  ['Integrasjonen mot felleskomponenter blir forsinket', 'TECHNICAL', 'Tidlig test mot testmiljøet'],
  ['Nøkkelpersoner forlater prosjektet', 'ORGANISATIONAL', 'Dokumentasjon og makkerpar på kritiske roller'],
  ['Personvernkonsekvensvurderingen krever endringer', 'LEGAL', 'Vurdering før anskaffelse'],
  ['Driftsbudsjettet er ikke avklart', 'FINANCIAL', 'Driftsavtale forhandles før innføring'],
];
const ISSUES_DA = [
  'Testmiljøet er ustabilt',
  'Snitfladen til CPR returnerer fejl',
  'Forsinket levering af version 2',
  'Uklar ansvarsfordeling i driften',
];
const ISSUES_NB = ['Testmiljøet er ustabilt', 'Grensesnittet mot Folkeregisteret gir feil', 'Forsinket leveranse av versjon 2'];

const PHASE_NAMES: Record<'da' | 'nb', Partial<Record<ProjectPhase, string>>> = {
  da: { APPROVED: 'godkendt', EXECUTION: 'gennemførelse', ROLLOUT: 'udrulning', CLOSED: 'afslutning', CANCELLED: 'annullering' },
  nb: { APPROVED: 'godkjent', EXECUTION: 'gjennomføring', ROLLOUT: 'innføring', CLOSED: 'avslutning', CANCELLED: 'kansellering' },
};

const ORDER: ProjectPhase[] = ['PROPOSED', 'APPROVED', 'EXECUTION', 'ROLLOUT', 'CLOSED'];

/** The confidence a project team would give itself from its lights, and the office's more sceptical view. */
function confidenceOf(lights: Rag[], r: DemoRandom): { own: DeliveryConfidence; office: DeliveryConfidence } {
  const red = lights.filter((l) => l === 'RED').length;
  const amber = lights.filter((l) => l === 'AMBER').length;
  const own: DeliveryConfidence = red > 1 ? 'AMBER_RED' : red === 1 ? 'AMBER' : amber > 0 ? 'AMBER_GREEN' : 'GREEN';
  const scale = ['GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED'] as const;
  const shift = r.chance(0.35) ? 1 : 0;
  return { own, office: scale[Math.min(scale.indexOf(own) + shift, 4)]! };
}

export function buildDemoGovernance(demo: DemoGovernanceInput): DemoGovernance {
  const out: DemoGovernance = { risks: [], issues: [], gateDecisions: [], benefitForecasts: [], reportingRounds: [] };
  const officeOf = new Map<string, string>();
  for (const m of demo.memberships) if (m['role'] === 'PROGRAMME_OFFICE') officeOf.set(m['programmeId'] as string, m['userId'] as string);
  const currencyOf = new Map(demo.programmes.map((p) => [p.id, p['currency'] as string]));

  for (const programme of demo.programmes) {
    for (const [period, dueDate] of [
      ['2025-H2', '2026-01-31'],
      ['2026-H1', '2026-08-31'],
      ['2026-H2', '2027-01-31'],
    ] as const) {
      out.reportingRounds.push({
        id: demoId(`round:${programme.id}:${period}`),
        programmeId: programme.id,
        period,
        dueDate,
        reminderDaysBefore: 14,
      });
    }
  }

  for (const project of demo.projects) {
    const r = new DemoRandom(`governance:${project.id}`);
    const phase = project['phase'] as ProjectPhase;
    const norwegian = currencyOf.get(project['programmeId'] as string) === 'NOK';
    const office = officeOf.get(project['programmeId'] as string) ?? null;
    const start = (project['actualStart'] ?? project['plannedStart']) as string;

    // Gates: one approved decision for each step the project has taken; a deferral on some first gates.
    const reached = phase === 'CANCELLED' ? 2 : ORDER.indexOf(phase);
    for (let step = 1; step <= reached; step++) {
      const from = ORDER[step - 1]!;
      const to = phase === 'CANCELLED' && step === reached ? 'CANCELLED' : ORDER[step]!;
      const decidedAt = new Date(`${addDays(start, (step - 2) * 150)}T10:00:00Z`);
      if (step === 1 && r.chance(0.25)) {
        out.gateDecisions.push({
          id: demoId(`gate:${project.id}:${step}:deferred`),
          projectId: project.id,
          fromPhase: from,
          toPhase: to,
          decision: 'DEFERRED',
          minutes: norwegian
            ? 'Styringsgruppen ba om en grundigere gevinstanalyse før godkjenning.'
            : 'Styregruppen bad om en grundigere gevinstanalyse før godkendelse.',
          checklist: (DEFAULT_GATE_CHECKLISTS[to] ?? []).map((item) => ({ item, met: true, automatic: true })),
          decidedById: office,
          decidedAt: new Date(decidedAt.getTime() - 30 * 86_400_000),
        });
      }
      out.gateDecisions.push({
        id: demoId(`gate:${project.id}:${step}`),
        projectId: project.id,
        fromPhase: from,
        toPhase: to,
        decision: 'APPROVED',
        minutes: norwegian
          ? `Styringsgruppen godkjente overgangen til ${PHASE_NAMES.nb[to]}.`
          : `Styregruppen godkendte overgangen til ${PHASE_NAMES.da[to]}.`,
        checklist: to === 'CANCELLED' ? [] : (DEFAULT_GATE_CHECKLISTS[to] ?? []).map((item) => ({ item, met: true, automatic: true })),
        decidedById: office,
        decidedAt,
      });
    }

    // Risks and issues for projects that have a plan to protect.
    if (phase !== 'PROPOSED' && phase !== 'CANCELLED') {
      const catalogue = norwegian ? RISKS_NB : RISKS_DA;
      const count = phase === 'CLOSED' ? 1 : r.int(1, 4);
      for (const [index, [title, category, mitigation]] of r.shuffle(catalogue).slice(0, count).entries()) {
        const probability = r.int(1, 5);
        const impact = r.int(2, 5);
        const mitigated = r.chance(0.6);
        out.risks.push({
          id: demoId(`risk:${project.id}:${index}`),
          projectId: project.id,
          title,
          description: '',
          category,
          probability,
          impact,
          owner: norwegian ? 'Prosjektleder' : 'Projektleder',
          mitigation: mitigated ? mitigation : '',
          residualProbability: mitigated ? Math.max(1, probability - r.int(1, 2)) : null,
          residualImpact: mitigated ? Math.max(1, impact - r.int(0, 1)) : null,
          status: phase === 'CLOSED' ? 'CLOSED' : mitigated ? 'MITIGATING' : 'OPEN',
          proximity: addDays('2026-10-31', r.int(30, 300)),
          reviewDate: addDays('2026-10-31', r.int(-20, 150)),
        });
      }
      if (phase === 'EXECUTION' || phase === 'ROLLOUT') {
        for (const [index, title] of r
          .shuffle(norwegian ? ISSUES_NB : ISSUES_DA)
          .slice(0, r.int(0, 2))
          .entries()) {
          const resolved = r.chance(0.3);
          out.issues.push({
            id: demoId(`issue:${project.id}:${index}`),
            projectId: project.id,
            title,
            description: '',
            severity: r.pick(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']),
            status: resolved ? 'RESOLVED' : r.pick(['OPEN', 'IN_PROGRESS']),
            owner: norwegian ? 'Teknisk leder' : 'Teknisk ansvarlig',
            dueDate: addDays('2026-10-31', r.int(-20, 60)),
            resolution: resolved ? (norwegian ? 'Rettet av leverandøren' : 'Rettet af leverandøren') : '',
          });
        }
      }
    }
  }

  // Forecasts: the owner's current expectation for this year and next, a little under or over target.
  for (const target of demo.benefitTargets) {
    const year = target['fiscalYear'] as number;
    if (year !== 2026 && year !== 2027) continue;
    const r = new DemoRandom(`forecast:${target.id}`);
    if (!r.chance(0.7)) continue;
    const value = (Number(target['value']) * r.pick([0.8, 0.9, 0.95, 1, 1, 1.05])).toFixed(2);
    out.benefitForecasts.push({ id: demoId(`forecast:${target.id}`), benefitId: target['benefitId'], fiscalYear: year, value });
  }

  // Work processes (KLE codes) on some of the municipal benefits, so that the double-count guard has
  // something to find: the same receiver and process claimed by two projects.
  const KLE_CODES = ['27.24.00', '27.12.00', '28.00.00', '17.12.00'];
  for (const benefit of demo.benefits) {
    const r = new DemoRandom(`process:${benefit.id}`);
    const cashLike = benefit['kind'] === 'CASH_RELEASING' || benefit['kind'] === 'NON_CASH';
    benefit['process'] = cashLike && r.chance(0.3) ? r.pick(KLE_CODES) : null;
  }

  // Receiver confirmations: every harvested saving was confirmed before it was harvested (by the
  // receiving municipality's partner where the demo has one, else by the office on its behalf), and
  // some validated savings are confirmed and waiting to be harvested.
  const partnerOf = new Map<string, string>();
  for (const m of demo.memberships)
    if (m['role'] === 'PARTNER') partnerOf.set(`${m['programmeId']}:${m['organisationId']}`, m['userId'] as string);
  const benefitById = new Map(demo.benefits.map((b) => [b.id, b]));
  const projectById = new Map(demo.projects.map((p) => [p.id, p]));
  for (const measurement of demo.measurements) {
    const status = measurement['status'];
    if (status === 'REPORTED') continue;
    const r = new DemoRandom(`confirm:${measurement.id}`);
    if (status === 'VALIDATED' && !r.chance(0.4)) continue;
    const benefit = benefitById.get(measurement['benefitId'] as string)!;
    const programmeId = projectById.get(benefit['projectId'] as string)!['programmeId'] as string;
    const norwegian = currencyOf.get(programmeId) === 'NOK';
    const partner = partnerOf.get(`${programmeId}:${benefit['receiverId']}`);
    const validatedAt = measurement['validatedAt'] as Date;
    measurement['confirmedAt'] = new Date(validatedAt.getTime() + 14 * 86_400_000);
    measurement['confirmedById'] = partner ?? officeOf.get(programmeId) ?? null;
    measurement['confirmationReference'] = norwegian
      ? `Budsjettvedtak ${measurement['fiscalYear']}`
      : `Budgetaftale ${Number(measurement['fiscalYear']) + 1}, bilag ${r.int(1, 9)}`;
    measurement['confirmationReason'] = partner
      ? ''
      : norwegian
        ? 'Bekreftet skriftlig av mottakeren; registrert av programkontoret'
        : 'Bekræftet skriftligt af modtageren; registreret af programkontoret';
  }

  // Ratings on the submitted and later reports; the office rates what it approved.
  const programmeOfProject = new Map(demo.projects.map((p) => [p.id, p['programmeId'] as string]));
  for (const report of demo.statusReports) {
    if (report['state'] === 'DRAFT') continue;
    const r = new DemoRandom(`confidence:${report.id}`);
    const programmeId = programmeOfProject.get(report['projectId'] as string)!;
    const norwegian = currencyOf.get(programmeId) === 'NOK';
    const lights = [report['computedCostRag'], report['computedScheduleRag'], report['computedBenefitRag']] as Rag[];
    const { own, office } = confidenceOf(lights, r);
    report['deliveryConfidence'] = own;
    if (report['state'] === 'APPROVED') {
      report['officeConfidence'] = office;
      report['officeConfidenceComment'] =
        office === own
          ? ''
          : norwegian
            ? 'Programkontoret vurderer risikoen i innføringen høyere.'
            : 'Programkontoret vurderer risikoen i udrulningen højere.';
      report['officeRatedById'] = officeOf.get(programmeId) ?? null;
      report['officeRatedAt'] = report['decidedAt'];
    }
    if (report['computedCostRag'] !== 'GREEN') {
      report['costVarianceExplanation'] = norwegian
        ? 'Anskaffelsen ble dyrere enn budsjettert; merforbruket dekkes av reserven.'
        : 'Udbuddet blev dyrere end budgetteret; merforbruget dækkes af reserven.';
    }
    if (report['computedScheduleRag'] !== 'GREEN' && report['computedScheduleRag'] !== 'GREY') {
      report['scheduleVarianceExplanation'] = norwegian
        ? 'Leverandørens forsinkelse på integrasjonen skyver innføringen.'
        : 'Leverandørens forsinkelse på integrationen skubber udrulningen.';
    }
  }
  return out;
}
