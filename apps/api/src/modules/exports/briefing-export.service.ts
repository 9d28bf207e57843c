import { Injectable } from '@nestjs/common';
import { SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED } from '@tvaers/domain';
import { currentUser } from '../../auth/request-context.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import type { ProjectFilter } from '../projects/project.inputs.js';
import { SimulationService } from '../simulation/simulation.service.js';
import { type BriefingData, type BriefingRows, type BriefingTotals, detailsByProject } from './briefing-data.js';
import type { BriefingLanguage } from './briefing-labels.js';
import { writeBriefing } from './briefing-pdf.js';
import {
  BRIEFING_APPROVED_REPORTS_SQL,
  BRIEFING_BENEFITS_SQL,
  BRIEFING_MILESTONES_SQL,
  BRIEFING_PARTNERS_SQL,
  BRIEFING_PERIODS_SQL,
  BRIEFING_READER_LANGUAGE_SQL,
  BRIEFING_TOP_RISKS_SQL,
  BRIEFING_TRACKS_SQL,
  BRIEFING_YEARS_SQL,
} from './briefing.sql.js';
import type { DownloadTarget } from './export-metadata.js';
import { ExportSnapshot } from './export-snapshot.js';

/** The politicians' PDF briefing. */
@Injectable()
export class BriefingExportService {
  constructor(
    private readonly snapshot: ExportSnapshot,
    private readonly portfolio: PortfolioService,
    private readonly simulation: SimulationService,
  ) {}

  /**
   * The briefing of the projects the dashboard's filter selects, in the language `asked` (?lang=), else
   * the one the reader chose for documents, else the one the request asks for (`requested`).
   */
  async briefingPdf(
    res: DownloadTarget,
    programmeId: string,
    asked: BriefingLanguage | undefined,
    requested: BriefingLanguage,
    filter: ProjectFilter,
  ): Promise<{ sha256: string }> {
    const data = await this.read(programmeId, filter);
    const language = asked ?? data.readerLanguage ?? requested;
    const out = await this.snapshot.download(res, {
      fileName: 'portfolio.pdf',
      contentType: 'application/pdf',
      programme: data.programme.name,
      dataAsOf: data.dataAsOf,
    });
    await writeBriefing(out, data, language);
    return out.end();
  }

  private async read(programmeId: string, filter: ProjectFilter): Promise<BriefingData> {
    const programme = await this.snapshot.programme(programmeId);
    const dataAsOf = await this.snapshot.dataAsOf();
    const wholeProgramme = Object.keys(filter).length === 0;
    const [summary, wrongPocket, simulations] = await Promise.all([
      this.portfolio.summary(programmeId, undefined, filter),
      this.portfolio.wrongPocket(programmeId, 'SECTOR', filter),
      this.simulation.simulateProgramme(programmeId, SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED),
    ]);
    const projectIds = summary.projects.map((p) => p.projectId);
    const { rows, tracks, periods, readerLanguage } = await this.snapshot.inSnapshot(async (runner) => {
      const q = <T>(sql: string, parameters: unknown[]) => runner.query(sql, parameters) as Promise<T[]>;
      // One connection runs one statement at a time: in turn, in the same snapshot.
      const years = await q<BriefingRows['years'][number]>(BRIEFING_YEARS_SQL, [projectIds]);
      const partners = await q<BriefingRows['partners'][number]>(BRIEFING_PARTNERS_SQL, [projectIds]);
      const milestones = await q<BriefingRows['milestones'][number]>(BRIEFING_MILESTONES_SQL, [projectIds]);
      const benefits = await q<BriefingRows['benefits'][number]>(BRIEFING_BENEFITS_SQL, [projectIds]);
      const reports = await q<BriefingRows['reports'][number]>(BRIEFING_APPROVED_REPORTS_SQL, [projectIds]);
      const risks = await q<BriefingRows['risks'][number]>(BRIEFING_TOP_RISKS_SQL, [projectIds]);
      const tracks = await q<{ id: string; name: string }>(BRIEFING_TRACKS_SQL, [programmeId]);
      const reader = await q<{ language: BriefingLanguage | null }>(BRIEFING_READER_LANGUAGE_SQL, [currentUser()?.id ?? null]);
      const periods = await q<{ currentPeriod: string | null; previous: { period: string; totals: BriefingTotals } | null }>(
        BRIEFING_PERIODS_SQL,
        [programmeId],
      );
      return {
        rows: { years, partners, milestones, benefits, reports, risks },
        tracks,
        periods: periods[0],
        readerLanguage: reader[0]?.language ?? null,
      };
    });
    const generatedAt = new Date();
    return {
      programme: { name: programme.name, currency: programme.currency, benefitAmberRate: programme.benefitAmberRate },
      period: periods?.currentPeriod ?? null,
      previous: periods?.previous ?? null,
      filter,
      readerLanguage,
      tracks: new Map(tracks.map((t) => [t.id, t.name])),
      generatedAt,
      dataAsOf,
      generatedBy: this.snapshot.by(),
      summary,
      wrongPocket,
      // The portfolio's risk profile is the whole programme's: shown only when nothing is filtered out.
      simulations: { portfolio: wholeProgramme ? simulations.portfolio : null, projects: simulations.projects },
      details: detailsByProject(projectIds, rows, generatedAt.toISOString().slice(0, 10)),
    };
  }
}
