import { Injectable } from '@nestjs/common';
import {
  type BenefitKind,
  type BenefitUnit,
  monetise,
  type SimulationProject,
  type SimulationResult,
  simulateNpv,
  type ThreePointAmount,
} from '@tvaers/domain';
import { DataSource } from 'typeorm';
import { moneyOutput, rateOutput } from '../../common/graphql/decimal-output.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { scopeParameters } from '../projects/project-scope.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import type { ProjectFilter } from '../projects/project.inputs.js';
import type { NpvSimulationModel } from './simulation.model.js';
import { SIMULATION_LINES_SQL } from './simulation.sql.js';

interface LineRow {
  side: 'COST' | 'BENEFIT';
  project_id: string;
  id: string;
  fiscal_year: number;
  value: string;
  low: string | null;
  high: string | null;
  kind: BenefitKind | null;
  unit: BenefitUnit | null;
}

@Injectable()
export class SimulationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The simulation of some projects of a programme (all matching the filter, or the given ids) together. */
  async simulate(
    programmeId: string,
    iterations: number,
    seed: number,
    filter?: ProjectFilter,
    projectIds?: string[],
  ): Promise<NpvSimulationModel> {
    const { programme, projects } = await this.read(programmeId, filter, projectIds);
    return output(simulateNpv(projects, programme.discountRate, iterations, seed));
  }

  /** The whole programme together and each project on its own, from one read of the lines (the briefing's figures). */
  async simulateProgramme(
    programmeId: string,
    iterations: number,
    seed: number,
  ): Promise<{ portfolio: NpvSimulationModel; projects: Map<string, NpvSimulationModel> }> {
    const { programme, projects } = await this.read(programmeId);
    return {
      portfolio: output(simulateNpv(projects, programme.discountRate, iterations, seed)),
      projects: new Map(projects.map((p) => [p.id, output(simulateNpv([p], programme.discountRate, iterations, seed))])),
    };
  }

  /** The planned lines with their ranges, benefits monetised exactly (low and high alike), by project. */
  private async read(
    programmeId: string,
    filter?: ProjectFilter,
    projectIds?: string[],
  ): Promise<{ programme: ProgrammeEntity; projects: SimulationProject[] }> {
    const programme = await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', programmeId);
    const rows: LineRow[] = await this.dataSource.query(SIMULATION_LINES_SQL, [programmeId, null, ...scopeParameters(filter, projectIds)]);
    const rates = { hourlyRate: programme.hourlyRate, fteAnnualCost: programme.fteAnnualCost };
    const projects = new Map<string, SimulationProject>();
    for (const row of rows) {
      const project = projects.get(row.project_id) ?? { id: row.project_id, costs: [], benefits: [] };
      projects.set(row.project_id, project);
      if (row.side === 'COST') {
        project.costs.push({ id: row.id, fiscalYear: row.fiscal_year, mostLikely: row.value, low: row.low, high: row.high });
        continue;
      }
      const money = (value: string | null) => (value === null ? null : monetise(row.kind!, row.unit!, value, rates)!);
      const line: ThreePointAmount = {
        id: row.id,
        fiscalYear: row.fiscal_year,
        mostLikely: money(row.value)!,
        low: money(row.low),
        high: money(row.high),
      };
      project.benefits.push(line);
    }
    return { programme, projects: [...projects.values()] };
  }
}

function output(result: SimulationResult): NpvSimulationModel {
  return {
    iterations: result.iterations,
    seed: result.seed,
    npv: moneyOutput(result.npv),
    p10: moneyOutput(result.p10),
    p50: moneyOutput(result.p50),
    p90: moneyOutput(result.p90),
    mean: moneyOutput(result.mean),
    probabilityPositive: rateOutput(result.probabilityPositive)!,
    uncertainLines: result.uncertainLines,
    histogram: result.histogram.map((bin) => ({ from: moneyOutput(bin.from), to: moneyOutput(bin.to), count: bin.count })),
  };
}
