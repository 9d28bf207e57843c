import { Module } from '@nestjs/common';
import { PortfolioModule } from '../portfolio/portfolio.module.js';
import { ProjectStatusReportFieldsResolver, StatusReportsResolver } from './status-reports.resolver.js';
import { StatusReportsService } from './status-reports.service.js';

@Module({ imports: [PortfolioModule], providers: [StatusReportsService, StatusReportsResolver, ProjectStatusReportFieldsResolver] })
export class StatusReportsModule {}
