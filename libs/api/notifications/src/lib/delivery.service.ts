import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, Clock } from '@abate/api/core';
import { Mailer } from './mailer';

/** How long a claimed message is left to the process that claimed it before another may try (a crash mid-send). */
export const CLAIM_MS = 10 * 60_000;

/** Wait before attempt n+1 after n failures: 5 minutes, then 15, 45, 135… capped at 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(5 * 60_000 * 3 ** Math.max(0, failedAttempts - 1), 6 * 3_600_000);
}

export interface DeliveryReport {
  /** Accepted by the SMTP server. */
  sent: number;
  /** Kept for the outbox page (no SMTP_URL). */
  stored: number;
  /** Failed this time; tried again later until MAIL_MAX_ATTEMPTS. */
  failed: number;
}

interface Claimed {
  id: string;
  recipient_email: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Delivers the outbox. Each batch is claimed in one statement (FOR UPDATE SKIP
 * LOCKED, then the claim written), so two processes never take the same
 * message, and no transaction stays open while mail is sent (the embedded
 * database serves one session: an open transaction there stalls every other
 * connection). A claim lapses after CLAIM_MS, so a message whose sender died
 * is tried again: delivery is at least once, and once while processes live.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Delivers waiting messages, oldest first, `batchSize` at a time, until none are left or `maxBatches` ran. */
  async deliver(options: { batchSize?: number; maxBatches?: number } = {}): Promise<DeliveryReport> {
    const { batchSize = 20, maxBatches = 50 } = options;
    const report: DeliveryReport = { sent: 0, stored: 0, failed: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const claimedAt = performance.now();
      const batch = await this.claim(batchSize);
      if (!batch.length) break;
      if (this.mailer.transport === 'STORED') {
        await this.markSent(
          batch.map((m) => m.id),
          'STORED',
        );
        report.stored += batch.length;
        continue;
      }
      for (const [index, message] of batch.entries()) {
        // A slow server must not outlast the claim: hand the rest back untried rather than risk a second sender.
        if (performance.now() - claimedAt > CLAIM_MS / 2) {
          await this.release(batch.slice(index).map((m) => m.id));
          return this.logged(report);
        }
        try {
          await this.mailer.send({
            id: message.id,
            to: message.recipient_email,
            subject: message.subject,
            text: message.body,
          });
        } catch (error) {
          await this.markFailed(message, error);
          report.failed += 1;
          continue;
        }
        await this.markSent([message.id], 'SMTP');
        report.sent += 1;
      }
    }
    return this.logged(report);
  }

  private logged(report: DeliveryReport): DeliveryReport {
    if (report.sent || report.stored || report.failed)
      this.logger.log(`Outbox delivery: ${report.sent} sent, ${report.stored} stored, ${report.failed} failed`);
    return report;
  }

  private claim(limit: number): Promise<Claimed[]> {
    const now = this.clock.now();
    // A CTE so the driver returns the rows (TypeORM answers a bare UPDATE … RETURNING with [rows, count]).
    return this.dataSource.query(
      `WITH next AS (
         SELECT id FROM outbox_messages
         WHERE sent_at IS NULL AND attempts < $2 AND (next_attempt_at IS NULL OR next_attempt_at <= $1)
         ORDER BY created_at, id
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE outbox_messages m SET attempts = m.attempts + 1, next_attempt_at = $4
         FROM next WHERE m.id = next.id
         RETURNING m.id, m.recipient_email, m.subject, m.body, m.attempts, m.created_at
       )
       SELECT id, recipient_email, subject, body, attempts FROM claimed ORDER BY created_at, id`,
      [now, this.config.MAIL_MAX_ATTEMPTS, limit, new Date(now.getTime() + CLAIM_MS)],
    );
  }

  private async markSent(ids: string[], transport: 'SMTP' | 'STORED'): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET sent_at = $2, transport = $3, last_error = NULL, next_attempt_at = NULL WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`,
      [ids, this.clock.now(), transport],
    );
  }

  /** Gives claimed messages back as they were, for the next run. */
  private async release(ids: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET attempts = attempts - 1, next_attempt_at = NULL WHERE id = ANY($1::uuid[]) AND sent_at IS NULL`,
      [ids],
    );
  }

  private async markFailed(message: Claimed, error: unknown): Promise<void> {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const last = message.attempts >= this.config.MAIL_MAX_ATTEMPTS;
    this.logger.warn(
      `Could not send outbox message ${message.id} (attempt ${message.attempts}${last ? ', the last' : ''}): ${reason}`,
    );
    await this.dataSource.query(
      `UPDATE outbox_messages SET last_error = $2, next_attempt_at = $3 WHERE id = $1 AND sent_at IS NULL`,
      [message.id, reason, last ? null : new Date(this.clock.now().getTime() + retryDelayMs(message.attempts))],
    );
  }
}
