import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, mapPage } from '@abate/api/core';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';
import { AuditEventConnection, AuditEventModel } from './models/audit-event.model';
import { AUDIT_POLICY } from './audit.policy';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Allow(AUDIT_POLICY.auditEvents)
  @Query(() => AuditEventConnection)
  async auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return mapPage(await this.audit.list(args), AuditEventModel.from);
  }
}
