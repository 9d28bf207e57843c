import { Module } from '@nestjs/common';
import { ParticipationResolver, ProjectConnectionResolver, ProjectsResolver } from './projects.resolver.js';
import { ProjectsService } from './projects.service.js';

@Module({ providers: [ProjectsService, ProjectsResolver, ProjectConnectionResolver, ParticipationResolver], exports: [ProjectsService] })
export class ProjectsModule {}
