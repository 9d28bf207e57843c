import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED } from '@tvaers/domain';
import { BusinessCaseModel } from '../business-case/business-case.model.js';
import { PortfolioSummaryModel } from '../portfolio/portfolio.model.js';
import { SimulationArgPipe } from './simulation-args.pipe.js';
import { NpvSimulationModel } from './simulation.model.js';
import { SimulationService } from './simulation.service.js';

const iterationsArg = [
  'iterations',
  { type: () => Int, defaultValue: SIMULATION_DEFAULT_ITERATIONS, description: '1–100,000.' },
  SimulationArgPipe,
] as const;
const seedArg = [
  'seed',
  { type: () => Int, defaultValue: SIMULATION_DEFAULT_SEED, description: 'The same seed gives the same result.' },
  SimulationArgPipe,
] as const;

@Resolver(() => BusinessCaseModel)
export class BusinessCaseSimulationResolver {
  constructor(private readonly simulations: SimulationService) {}

  @ResolveField(() => NpvSimulationModel, { description: 'Monte-Carlo NPV of this project from its three-point estimates.' })
  simulation(
    @Parent() businessCase: BusinessCaseModel,
    @Args(...iterationsArg) iterations: number,
    @Args(...seedArg) seed: number,
  ): Promise<NpvSimulationModel> {
    return this.simulations.simulate(businessCase.programmeId, iterations, seed, undefined, [businessCase.projectId]);
  }
}

@Resolver(() => PortfolioSummaryModel)
export class PortfolioSimulationResolver {
  constructor(private readonly simulations: SimulationService) {}

  @ResolveField(() => NpvSimulationModel, {
    description: 'Monte-Carlo NPV of the filtered portfolio (Σ of its projects’ NPVs) from the three-point estimates.',
  })
  simulation(
    @Parent() summary: PortfolioSummaryModel,
    @Args(...iterationsArg) iterations: number,
    @Args(...seedArg) seed: number,
  ): Promise<NpvSimulationModel> {
    return this.simulations.simulate(summary.programmeId, iterations, seed, summary.filter);
  }
}
