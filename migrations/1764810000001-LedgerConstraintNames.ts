import { MigrationInterface, QueryRunner } from 'typeorm';

/** Three ledger foreign keys take the names the naming strategy gives them (column name less `_id`), so entities and schema agree. */
export class LedgerConstraintNames1764810000001 implements MigrationInterface {
  name = 'LedgerConstraintNames1764810000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ledger_entries" RENAME CONSTRAINT "ledger_entries_settlement_fkey" TO "ledger_entries_settlement_key_fkey"`);
    await q.query(`ALTER TABLE "ledger_entries" RENAME CONSTRAINT "ledger_entries_reverses_fkey" TO "ledger_entries_reverses_entry_fkey"`);
    await q.query(`ALTER TABLE "round_allocations" RENAME CONSTRAINT "round_allocations_line_fkey" TO "round_allocations_authorization_line_fkey"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "round_allocations" RENAME CONSTRAINT "round_allocations_authorization_line_fkey" TO "round_allocations_line_fkey"`);
    await q.query(`ALTER TABLE "ledger_entries" RENAME CONSTRAINT "ledger_entries_reverses_entry_fkey" TO "ledger_entries_reverses_fkey"`);
    await q.query(`ALTER TABLE "ledger_entries" RENAME CONSTRAINT "ledger_entries_settlement_key_fkey" TO "ledger_entries_settlement_fkey"`);
  }
}
