import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditEventEntity, Page, paginate } from '@abate/api/core';
import { AuditEventsArgs } from './dto/audit-events.args';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Oldest first, so a reader can follow the trail forward page by page. */
  list(args: AuditEventsArgs): Promise<Page<AuditEventEntity>> {
    const query = this.events.createQueryBuilder('e');
    if (args.entityType) query.andWhere('e.entity_type = :entityType', { entityType: args.entityType });
    if (args.entityId) query.andWhere('e.entity_id = :entityId', { entityId: args.entityId });
    return paginate(query, args, { column: 'e.occurred_at', value: (e) => e.occurredAt.toISOString() });
  }
}
