import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quarterly report's spending per budget category moves out of the `quarterly_reports.spending`
 * JSON into rows of its own (owned by reporting), with bigint cents: outcomes and payment
 * comparisons sum it in SQL. Every existing line is copied across (an amount written as a JSON
 * number before MoneyAsBigint, or as a decimal string since, reads the same), then the JSON column
 * goes. Submitted versions keep their JSON snapshot: a version is a document as it was sent.
 */
export class ReportSpending1764900000000 implements MigrationInterface {
  name = 'ReportSpending1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "report_spending" (
        "report_id" uuid NOT NULL,
        "category" varchar(40) NOT NULL,
        "amount_cents" bigint NOT NULL,
        CONSTRAINT "report_spending_pkey" PRIMARY KEY ("report_id", "category"),
        CONSTRAINT "report_spending_amount_cents_check" CHECK ("amount_cents" >= 0),
        CONSTRAINT "report_spending_report_fkey" FOREIGN KEY ("report_id") REFERENCES "quarterly_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    // A category given twice in one list (never written by the API, which merges by category): the last one counts, as it did.
    await q.query(`
      INSERT INTO "report_spending" ("report_id", "category", "amount_cents")
      SELECT DISTINCT ON (r.id, line.value->>'category') r.id, line.value->>'category', (line.value->>'amountCents')::numeric::bigint
        FROM "quarterly_reports" r
       CROSS JOIN LATERAL jsonb_array_elements(r."spending") WITH ORDINALITY AS line(value, position)
       WHERE line.value->>'category' IS NOT NULL AND line.value->>'amountCents' IS NOT NULL
       ORDER BY r.id, line.value->>'category', line.position DESC`);
    await q.query(`ALTER TABLE "quarterly_reports" DROP COLUMN "spending"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "quarterly_reports" ADD "spending" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`
      UPDATE "quarterly_reports" r
         SET "spending" = lines.spending
        FROM (SELECT "report_id", jsonb_agg(jsonb_build_object('category', "category", 'amountCents', "amount_cents"::text) ORDER BY "category") AS spending
                FROM "report_spending" GROUP BY "report_id") lines
       WHERE lines."report_id" = r.id`);
    await q.query(`DROP TABLE "report_spending"`);
  }
}
