import { Module } from '@nestjs/common';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';
import { ProjectFiguresFieldResolver } from './project-figures.resolver.js';
import { SettlementService } from './settlement.service.js';

@Module({ providers: [PortfolioService, SettlementService, PortfolioResolver, ProjectFiguresFieldResolver], exports: [PortfolioService, SettlementService] })
export class PortfolioModule {}
