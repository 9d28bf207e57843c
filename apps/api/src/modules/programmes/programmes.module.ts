import { Module } from '@nestjs/common';
import { ProgrammesResolver } from './programmes.resolver.js';
import { ProgrammesService } from './programmes.service.js';

@Module({ providers: [ProgrammesService, ProgrammesResolver], exports: [ProgrammesService] })
export class ProgrammesModule {}
