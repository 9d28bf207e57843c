import { Module } from '@nestjs/common';
import { BusinessCaseModule } from '../business-case/business-case.module.js';
import { BenefitReportsResolver, GateDecisionsResolver, ProjectGateFieldsResolver } from './gates.resolver.js';
import { GatesService } from './gates.service.js';

@Module({
  imports: [BusinessCaseModule],
  providers: [GatesService, ProjectGateFieldsResolver, GateDecisionsResolver, BenefitReportsResolver],
})
export class GatesModule {}
