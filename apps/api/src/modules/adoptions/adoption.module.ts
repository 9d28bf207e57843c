import { Module } from '@nestjs/common';
import { AdoptionResolver, ProjectAdoptionFieldsResolver } from './adoption.resolver.js';
import { AdoptionService } from './adoption.service.js';
import { AdoptionBenefitResolver } from './adoption-benefit.resolver.js';
import { AdoptionBenefitService } from './adoption-benefit.service.js';

@Module({ providers: [AdoptionService, AdoptionResolver, ProjectAdoptionFieldsResolver, AdoptionBenefitService, AdoptionBenefitResolver] })
export class AdoptionModule {}
