import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PortfolioModule } from '../portfolio/portfolio.module.js';
import { SimulationModule } from '../simulation/simulation.module.js';
import { ExportsController } from './exports.controller.js';
import { BriefingExportService } from './briefing-export.service.js';
import { AuditPackageService } from './audit-package.service.js';
import { CsvExportsService } from './csv-exports.service.js';
import { ExportSnapshot } from './export-snapshot.js';
import { IatiExportService } from './iati-export.service.js';
import { XlsxExportsService } from './xlsx-exports.service.js';

@Module({
  imports: [PortfolioModule, SimulationModule, AuditModule],
  controllers: [ExportsController],
  providers: [ExportSnapshot, CsvExportsService, XlsxExportsService, IatiExportService, BriefingExportService, AuditPackageService],
})
export class ExportsModule {}
