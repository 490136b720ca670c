import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `created_at` of every aggregate (the columns of core's BaseEntity) held to the millisecond, as
 * `audit_events.occurred_at` already is. _Why:_ lists paged by creation time carry the last row's
 * `createdAt` in their cursor, and a JavaScript Date holds milliseconds: with the column's default
 * microseconds, `(created_at, id) > (cursor, id)` was true of the last row itself, so every next
 * page began with the previous page's last row (applications, awards, payment requests and
 * batches, oldest first). Existing values are rounded to the millisecond.
 */
const TABLES = [
  'users',
  'organizations',
  'checklist_versions',
  'funding_rounds',
  'applications',
  'attachments',
  'review_assignments',
  'funding_decisions',
  'awards',
  'award_budget_lines',
  'award_amendments',
  'reporting_milestones',
  'quarterly_reports',
  'settlement_funds',
  'payment_requests',
  'payment_batches',
];

export class MillisecondCreatedAt1764920000000 implements MigrationInterface {
  name = 'MillisecondCreatedAt1764920000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "created_at" TYPE timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE "${table}" ALTER COLUMN "created_at" TYPE timestamptz`);
  }
}
