import { Module } from '@nestjs/common';
import { PortfolioModule } from '../portfolio/portfolio.module.js';
import { ProjectRiskFieldsResolver, RisksResolver } from './risks.resolver.js';
import { RisksService } from './risks.service.js';

@Module({ imports: [PortfolioModule], providers: [RisksService, RisksResolver, ProjectRiskFieldsResolver] })
export class RisksModule {}
