import { Module } from '@nestjs/common';
import { BusinessCaseResolver } from './business-case.resolver.js';
import { BusinessCaseService } from './business-case.service.js';

@Module({ providers: [BusinessCaseService, BusinessCaseResolver], exports: [BusinessCaseService] })
export class BusinessCaseModule {}
