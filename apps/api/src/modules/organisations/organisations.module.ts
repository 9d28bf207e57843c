import { Module } from '@nestjs/common';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { OrganisationMergeService } from './organisation-merge.service.js';

@Module({ providers: [OrganisationsService, OrganisationMergeService, OrganisationsResolver], exports: [OrganisationsService] })
export class OrganisationsModule {}
