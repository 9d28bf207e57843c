import { Module } from '@nestjs/common';
import { MilestonesResolver, ProjectMilestoneFieldsResolver } from './milestones.resolver.js';
import { MilestonesService } from './milestones.service.js';

@Module({ providers: [MilestonesService, MilestonesResolver, ProjectMilestoneFieldsResolver] })
export class MilestonesModule {}
