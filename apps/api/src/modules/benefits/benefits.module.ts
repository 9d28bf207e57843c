import { Module } from '@nestjs/common';
import { BenefitsResolver, MeasurementsResolver, ProjectBenefitFieldsResolver } from './benefits.resolver.js';
import { BenefitsService } from './benefits.service.js';

@Module({ providers: [BenefitsService, ProjectBenefitFieldsResolver, BenefitsResolver, MeasurementsResolver] })
export class BenefitsModule {}
