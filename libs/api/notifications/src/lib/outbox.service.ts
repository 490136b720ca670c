import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { paginate, headerSafe } from '@abate/api/core';
import type { Page } from '@abate/api/core';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import type { OutboxMessagesArgs } from './dto/outbox-messages.args';

export interface OutgoingMessage {
  kind: string;
  recipientUserId?: string | null;
  recipientEmail: string;
  subject: string;
  body: string;
  /** Messages with the same key are written once. */
  dedupeKey?: string;
}

/**
 * Newest first through the oldest-first keyset pager: sort on minus the creation
 * time in whole milliseconds, which is exactly what a row's JavaScript Date holds
 * (both truncate the microseconds), so a cursor compares equal to its own row.
 */
const NEWEST_FIRST = `(-1000 * EXTRACT(EPOCH FROM date_trunc('milliseconds', message.created_at)))`;

@Injectable()
export class OutboxService {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  /**
   * Call with the transaction's manager: the messages commit or roll back with the change.
   * Resolves to how many were new (a message whose dedupe key is already there is skipped).
   * Without a manager (work outside any transaction, such as the reminder sweep) each call is its own statement.
   */
  async enqueue(manager: EntityManager | undefined, messages: OutgoingMessage[]): Promise<number> {
    manager ??= this.messages.manager;
    if (!messages.length) return 0;
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      // Subjects and recipients are mail headers: no text may add a header or a recipient.
      .values(
        messages.map((m) => ({
          ...m,
          subject: headerSafe(m.subject),
          recipientEmail: headerSafe(m.recipientEmail),
          recipientUserId: m.recipientUserId ?? null,
          dedupeKey: m.dedupeKey ?? null,
        })),
      )
      .orIgnore()
      .returning(['id'])
      .updateEntity(false)
      .execute();
    return (result.raw as unknown[]).length;
  }

  /** Newest first, optionally only the mail to one address. */
  list(args: OutboxMessagesArgs): Promise<Page<OutboxMessageEntity>> {
    const query = this.messages.createQueryBuilder('message');
    if (args.recipient?.trim())
      query.andWhere('lower(message.recipient_email) = lower(:recipient)', { recipient: args.recipient.trim() });
    return paginate(query, args, { column: NEWEST_FIRST, value: (m) => -m.createdAt.getTime() });
  }
}
