import { Module } from '@nestjs/common';
import { AdoptionResolver, ProjectAdoptionFieldsResolver } from './adoption.resolver.js';
import { AdoptionService } from './adoption.service.js';

@Module({ providers: [AdoptionService, AdoptionResolver, ProjectAdoptionFieldsResolver] })
export class AdoptionModule {}
