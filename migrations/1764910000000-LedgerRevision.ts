import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `settlement_funds.ledger_revision`: how many ledger rows (entries and their strategy splits)
 * have been posted to the fund. Entries and splits are insert-only (a trigger refuses UPDATE and
 * DELETE), so the number changes with every posting and never comes back: the fund's reports,
 * balances and entry counts are kept built per revision, read with the fund row instead of
 * counting 50,000 rows. Statement-level triggers add the rows each INSERT statement wrote, in
 * the posting's own transaction (every posting already locks the fund row first, so the update
 * adds no lock the posting did not hold). Existing funds start at their exact counts.
 */
export class LedgerRevision1764910000000 implements MigrationInterface {
  name = 'LedgerRevision1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "settlement_funds" ADD "ledger_revision" bigint NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE FUNCTION "ledger_entries_count_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "settlement_funds" f SET "ledger_revision" = f."ledger_revision" + n.rows
          FROM (SELECT "fund_id", count(*) AS rows FROM new_rows GROUP BY "fund_id") n
         WHERE f."id" = n."fund_id";
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION "ledger_entry_splits_count_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "settlement_funds" f SET "ledger_revision" = f."ledger_revision" + n.rows
          FROM (SELECT e."fund_id", count(*) AS rows FROM new_rows s JOIN "ledger_entries" e ON e."id" = s."entry_id" GROUP BY e."fund_id") n
         WHERE f."id" = n."fund_id";
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "ledger_entries_revision" AFTER INSERT ON "ledger_entries"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ledger_entries_count_revision"()`);
    await q.query(`
      CREATE TRIGGER "ledger_entry_splits_revision" AFTER INSERT ON "ledger_entry_splits"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ledger_entry_splits_count_revision"()`);
    await q.query(`
      UPDATE "settlement_funds" f SET "ledger_revision" =
        (SELECT count(*) FROM "ledger_entries" e WHERE e."fund_id" = f."id")
        + (SELECT count(*) FROM "ledger_entry_splits" s JOIN "ledger_entries" e ON e."id" = s."entry_id" WHERE e."fund_id" = f."id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "ledger_entry_splits_revision" ON "ledger_entry_splits"`);
    await q.query(`DROP TRIGGER "ledger_entries_revision" ON "ledger_entries"`);
    await q.query(`DROP FUNCTION "ledger_entry_splits_count_revision"()`);
    await q.query(`DROP FUNCTION "ledger_entries_count_revision"()`);
    await q.query(`ALTER TABLE "settlement_funds" DROP COLUMN "ledger_revision"`);
  }
}
