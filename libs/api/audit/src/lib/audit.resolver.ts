import { Args, Query, Resolver } from '@nestjs/graphql';
import { mapPage, Role, Roles } from '@abate/api/core';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';
import { AuditEventConnection, AuditEventModel } from './models/audit-event.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.PROGRAM_OFFICER, Role.AUDITOR)
  @Query(() => AuditEventConnection)
  async auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return mapPage(await this.audit.list(args), AuditEventModel.from);
  }
}
