import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../auth/allow.decorator.js';
import { AuditEventModel, AuditFilter, AuditVerificationModel } from './audit.model.js';
import { AuditService } from './audit.service.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow(['ADMIN', 'PROGRAMME_OFFICE', 'AUDITOR'])
  @Query(() => [AuditEventModel], { description: 'The audit trail, newest first; filter by project, programme, table or actor.' })
  auditEvents(@Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter): Promise<AuditEventModel[]> {
    return this.audit.events(filter ?? {});
  }

  @Allow(['ADMIN', 'AUDITOR'])
  @Query(() => AuditVerificationModel, { description: 'Recomputes the whole hash chain: OK, or the first broken sequence number.' })
  verifyAuditChain(): Promise<AuditVerificationModel> {
    return this.audit.verify();
  }
}
