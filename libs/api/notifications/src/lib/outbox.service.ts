import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './entities/outbox-message.entity';

export interface OutgoingMessage {
  kind: string;
  recipientUserId?: string | null;
  recipientEmail: string;
  subject: string;
  body: string;
  /** Messages with the same key are written once. */
  dedupeKey?: string;
}

@Injectable()
export class OutboxService {
  /** Call with the transaction's manager: the messages commit or roll back with the change. */
  async enqueue(manager: EntityManager, messages: OutgoingMessage[]): Promise<void> {
    if (!messages.length) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values(messages.map((m) => ({ ...m, recipientUserId: m.recipientUserId ?? null, dedupeKey: m.dedupeKey ?? null })))
      .orIgnore()
      .execute();
  }
}
