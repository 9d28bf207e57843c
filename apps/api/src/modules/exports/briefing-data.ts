import { type DeliveryConfidence, type LabelLanguage, milestoneDaysLate, type OpenDataFeed, type Sector } from '@tvaers/domain';
import type { ProjectFilter } from '../projects/project.inputs.js';
import type { PortfolioSummaryModel, WrongPocketModel } from '../portfolio/portfolio.model.js';
import type { NpvSimulationModel } from '../simulation/simulation.model.js';

// What the PDF briefing shows, read once and grouped by project before a line is drawn.

export interface BriefingYear {
  fiscalYear: number;
  plannedCost: string;
  actualCost: string;
  plannedBenefit: string;
  realisedBenefit: string;
}

export interface BriefingPartner {
  name: string;
  sector: Sector;
  roles: string[];
}

export interface BriefingMilestone {
  title: string;
  baselineDate: string;
  forecastDate: string | null;
  actualDate: string | null;
  /** libs/domain milestoneDaysLate: negative when early, null while not due. */
  daysLate: number | null;
}

export interface BriefingBenefitYear {
  fiscalYear: number;
  target: string | null;
  forecast: string | null;
  measured: string | null;
}

export interface BriefingBenefit {
  title: string;
  unit: string;
  years: BriefingBenefitYear[];
}

export interface BriefingReport {
  period: string;
  narrative: string;
  deliveryConfidence: DeliveryConfidence | null;
}

export interface BriefingRisk {
  title: string;
  owner: string;
  score: number;
  /** Null until the risk's residual probability and impact are assessed. */
  residualScore: number | null;
}

export interface BriefingProjectDetail {
  years: BriefingYear[];
  partners: BriefingPartner[];
  milestones: BriefingMilestone[];
  benefits: BriefingBenefit[];
  report: BriefingReport | null;
  /** The three highest-scoring active risks of the register. */
  topRisks: BriefingRisk[];
}

/** The programme's totals as a published period's snapshot keeps them. */
export type BriefingTotals = OpenDataFeed['totals'];

export interface BriefingData {
  programme: { name: string; currency: string; benefitAmberRate: string };
  /** The newest reporting round's period, if the programme has rounds. */
  period: string | null;
  /** The newest published snapshot: the previous period's figures (whole programme only). */
  previous: { period: string; totals: BriefingTotals } | null;
  filter: ProjectFilter;
  /** The language the reader chose for documents, if any. */
  readerLanguage: LabelLanguage | null;
  /** Track names by id, for the filter line and the project facts. */
  tracks: Map<string, string>;
  generatedAt: Date;
  dataAsOf: Date;
  generatedBy: string;
  summary: PortfolioSummaryModel;
  wrongPocket: WrongPocketModel;
  simulations: { portfolio: NpvSimulationModel | null; projects: Map<string, NpvSimulationModel> };
  details: Map<string, BriefingProjectDetail>;
}

export interface BriefingRows {
  years: (BriefingYear & { projectId: string })[];
  partners: (BriefingPartner & { projectId: string })[];
  milestones: { projectId: string; title: string; baselineDate: string; forecastDate: string | null; actualDate: string | null }[];
  benefits: {
    projectId: string;
    benefitId: string;
    title: string;
    unit: string;
    fiscalYear: number;
    target: string | null;
    forecast: string | null;
    measured: string | null;
  }[];
  reports: (BriefingReport & { projectId: string })[];
  risks: (BriefingRisk & { projectId: string })[];
}

/** The rows of the briefing's statements, grouped by project (every briefed project has an entry). */
export function detailsByProject(projectIds: string[], rows: BriefingRows, today: string): Map<string, BriefingProjectDetail> {
  const details = new Map<string, BriefingProjectDetail>(
    projectIds.map((id) => [id, { years: [], partners: [], milestones: [], benefits: [], report: null, topRisks: [] }]),
  );
  const of = (projectId: string) => details.get(projectId);
  for (const { projectId, ...year } of rows.years) of(projectId)?.years.push(year);
  for (const { projectId, ...partner } of rows.partners) of(projectId)?.partners.push(partner);
  for (const { projectId, ...m } of rows.milestones) of(projectId)?.milestones.push({ ...m, daysLate: milestoneDaysLate(m, today) });
  const benefits = new Map<string, BriefingBenefit>();
  for (const { projectId, benefitId, title, unit, ...year } of rows.benefits) {
    let benefit = benefits.get(benefitId);
    if (!benefit) {
      benefit = { title, unit, years: [] };
      benefits.set(benefitId, benefit);
      of(projectId)?.benefits.push(benefit);
    }
    benefit.years.push(year);
  }
  for (const { projectId, ...report } of rows.reports) {
    const detail = of(projectId);
    if (detail) detail.report = report;
  }
  for (const { projectId, ...risk } of rows.risks) of(projectId)?.topRisks.push(risk);
  return details;
}
