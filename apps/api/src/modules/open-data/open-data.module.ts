import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PortfolioModule } from '../portfolio/portfolio.module.js';
import { OpenDataController } from './open-data.controller.js';
import { OpenDataResolver } from './open-data.resolver.js';
import { OpenDataService } from './open-data.service.js';

@Module({
  imports: [PortfolioModule, AuditModule],
  controllers: [OpenDataController],
  providers: [OpenDataService, OpenDataResolver],
  exports: [OpenDataService],
})
export class OpenDataModule {}
