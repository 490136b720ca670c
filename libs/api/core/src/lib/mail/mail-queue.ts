import type { EntityManager } from 'typeorm';

export interface QueuedMail {
  kind: string;
  recipientUserId?: string | null;
  recipientEmail: string;
  subject: string;
  body: string;
  dedupeKey?: string;
}

/**
 * The notifications outbox as domains below notifications see it (identity mails
 * invitations and resets, yet notifications' own tests need users). Implemented by
 * notifications' OutboxService; look it up with `moduleRef.get(MailQueue, { strict: false })`.
 */
export abstract class MailQueue {
  /** In the caller's transaction: the mail commits or rolls back with the change. */
  abstract enqueue(manager: EntityManager, messages: QueuedMail[]): Promise<number>;
}
