import { Module } from '@nestjs/common';
import { BusinessCaseSimulationResolver, PortfolioSimulationResolver } from './simulation.resolver.js';
import { SimulationService } from './simulation.service.js';

@Module({ providers: [SimulationService, BusinessCaseSimulationResolver, PortfolioSimulationResolver], exports: [SimulationService] })
export class SimulationModule {}
