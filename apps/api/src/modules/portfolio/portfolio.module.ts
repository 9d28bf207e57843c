import { Module } from '@nestjs/common';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';

@Module({ providers: [PortfolioService, PortfolioResolver], exports: [PortfolioService] })
export class PortfolioModule {}
