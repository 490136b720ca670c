import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ledger_entries.created_at` held to the millisecond, as every aggregate's `created_at` is
 * (1764920000000). _Why:_ the fund's entries are listed newest first by (occurred_on,
 * created_at, id), and the cursor carries the last row's `createdAt` as a JavaScript Date
 * (milliseconds). Entries posted in one transaction share one `now()`, to the microsecond: the
 * next page's `created_at < cursor` then left out every other entry of that transaction on the
 * same day. Existing values are rounded to the millisecond (a table rewrite; the immutability
 * trigger fires on UPDATE and DELETE, not on ALTER TABLE).
 */
export class LedgerEntryMillisecond1764930000000 implements MigrationInterface {
  name = 'LedgerEntryMillisecond1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ledger_entries" ALTER COLUMN "created_at" TYPE timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ledger_entries" ALTER COLUMN "created_at" TYPE timestamptz`);
  }
}
