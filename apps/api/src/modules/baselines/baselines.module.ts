import { Module } from '@nestjs/common';
import { BaselinesResolver, ProjectBaselineFieldsResolver } from './baselines.resolver.js';
import { BaselinesService } from './baselines.service.js';

@Module({ providers: [BaselinesService, BaselinesResolver, ProjectBaselineFieldsResolver] })
export class BaselinesModule {}
