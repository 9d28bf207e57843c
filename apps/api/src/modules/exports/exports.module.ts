import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PortfolioModule } from '../portfolio/portfolio.module.js';
import { SimulationModule } from '../simulation/simulation.module.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

@Module({ imports: [PortfolioModule, SimulationModule, AuditModule], controllers: [ExportsController], providers: [ExportsService] })
export class ExportsModule {}
