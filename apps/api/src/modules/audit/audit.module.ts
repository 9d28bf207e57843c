import { Module } from '@nestjs/common';
import { AuditCheckpointService } from './audit-checkpoint.service.js';
import { AuditKeyController } from './audit-key.controller.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

@Module({
  providers: [AuditService, AuditCheckpointService, AuditResolver],
  controllers: [AuditKeyController],
  exports: [AuditService, AuditCheckpointService],
})
export class AuditModule {}
