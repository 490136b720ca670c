import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity, BadUserInputException, isUuid, Page, PageArgs, paginate } from '@abate/api/core';
import type { AuditFilter } from './dto/audit-events.args';

/** The earliest and latest instants a filter may name: PostgreSQL and JavaScript both hold them. */
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** A download holds at most this many events; narrow the filters for more. */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Oldest first by default, so a reader can follow the trail forward page by page; newest first on request. */
  list(args: AuditFilter & PageArgs & { newestFirst?: boolean }): Promise<Page<AuditEventEntity>> {
    return paginate(this.filtered(args), args, {
      column: 'e.occurred_at',
      value: (e) => e.occurredAt.toISOString(),
      direction: args.newestFirst ? 'DESC' : 'ASC',
    });
  }

  /** Every event the filter matches, oldest first, for a download; refuses more than AUDIT_EXPORT_MAX_ROWS. */
  async all(filter: AuditFilter): Promise<AuditEventEntity[]> {
    const query = this.filtered(filter);
    const count = await query.clone().getCount();
    if (count > AUDIT_EXPORT_MAX_ROWS)
      throw new BadUserInputException(
        'from',
        `The filters match ${count.toLocaleString('en-US')} events; a download holds at most ${AUDIT_EXPORT_MAX_ROWS.toLocaleString('en-US')}. Choose a shorter period.`,
      );
    return query.orderBy('e.occurred_at', 'ASC').addOrderBy('e.id', 'ASC').getMany();
  }

  private filtered(filter: AuditFilter): SelectQueryBuilder<AuditEventEntity> {
    checkFilter(filter);
    const query = this.events.createQueryBuilder('e');
    const actor = filter.actor?.trim();
    if (actor) {
      if (isUuid(actor)) query.andWhere('e.actor_id = :actorId', { actorId: actor.toLowerCase() });
      else query.andWhere(`e.actor_email ILIKE :actor ESCAPE '\\'`, { actor: `%${likeEscape(actor)}%` });
    }
    if (filter.action)
      query.andWhere(`(e.action = :action OR e.action LIKE :actionPrefix ESCAPE '\\')`, {
        action: filter.action,
        actionPrefix: `${likeEscape(filter.action)}.%`,
      });
    if (filter.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId.toLowerCase() });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    return query;
  }
}

/** The checks the GraphQL arguments' decorators cannot make: dates PostgreSQL holds, in order. */
function checkFilter(filter: AuditFilter): void {
  for (const field of ['from', 'to'] as const) {
    const value = filter[field];
    if (value === undefined) continue;
    const time = value.getTime();
    if (Number.isNaN(time) || time < EARLIEST || time > LATEST)
      throw new BadUserInputException(field, `${field} must be a date between 1970 and 9999`);
  }
  if (filter.from && filter.to && filter.from.getTime() > filter.to.getTime())
    throw new BadUserInputException('to', 'to must not be before from');
}
