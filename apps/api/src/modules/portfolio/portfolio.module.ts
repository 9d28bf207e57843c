import { Module } from '@nestjs/common';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';
import { ProjectFiguresFieldResolver } from './project-figures.resolver.js';
import { SettlementService } from './settlement.service.js';
import { LifeEventsResolver } from './life-events.resolver.js';
import { LifeEventsService } from './life-events.service.js';

@Module({
  providers: [PortfolioService, SettlementService, LifeEventsService, PortfolioResolver, LifeEventsResolver, ProjectFiguresFieldResolver],
  exports: [PortfolioService, SettlementService],
})
export class PortfolioModule {}
