import { Injectable } from '@nestjs/common';
import { SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED } from '@tvaers/domain';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { SimulationService } from '../simulation/simulation.service.js';
import type { BriefingLanguage } from './briefing-labels.js';
import { writeBriefing } from './briefing-pdf.js';
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

  /** The politicians' PDF briefing in the chosen language. */
  async briefingPdf(res: DownloadTarget, programmeId: string, language: BriefingLanguage): Promise<{ sha256: string }> {
    const programme = await this.snapshot.programme(programmeId);
    const summary = await this.portfolio.summary(programmeId);
    const simulations = await this.simulation.simulateProgramme(programmeId, SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED);
    const out = await this.snapshot.download(res, {
      fileName: 'portfolio.pdf',
      contentType: 'application/pdf',
      programme: programme.name,
    });
    await writeBriefing(out, programme.name, summary, language, simulations);
    return out.end();
  }
}
