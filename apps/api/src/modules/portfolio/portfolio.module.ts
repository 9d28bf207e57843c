import { Module } from '@nestjs/common';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';
import { ProjectFiguresFieldResolver } from './project-figures.resolver.js';

@Module({ providers: [PortfolioService, PortfolioResolver, ProjectFiguresFieldResolver], exports: [PortfolioService] })
export class PortfolioModule {}
