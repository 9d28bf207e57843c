import { Controller, Get, Header } from '@nestjs/common';
import { Allow, PUBLIC } from '../../auth/allow.decorator.js';
import { AuditCheckpointService, type AuditKeySet } from './audit-checkpoint.service.js';

/** The public keys that sign audit checkpoints, for anyone who wants to check a checkpoint. */
@Controller('.well-known')
export class AuditKeyController {
  constructor(private readonly checkpoints: AuditCheckpointService) {}

  @Allow(PUBLIC)
  @Get('tvaers-audit-key')
  @Header('Cache-Control', 'public, max-age=300')
  auditKey(): Promise<AuditKeySet> {
    return this.checkpoints.keySet();
  }
}
