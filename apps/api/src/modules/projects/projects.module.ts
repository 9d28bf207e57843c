import { Module } from '@nestjs/common';
import { ParticipationResolver, ProjectsResolver } from './projects.resolver.js';
import { ProjectsService } from './projects.service.js';

@Module({ providers: [ProjectsService, ProjectsResolver, ParticipationResolver], exports: [ProjectsService] })
export class ProjectsModule {}
