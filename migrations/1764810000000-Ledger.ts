import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The settlement fund ledger: funds, settlements (reference data), immutable entries and
 * their strategy splits, spending authorizations and their lines, the link from a funding
 * round to its fund, and allocations of authorized lines to rounds. award_id has no foreign
 * key: awards sits above the ledger (it calls the ledger when decisions are released), so
 * the ledger's entities cannot name the awards table. Balances are sums over
 * entries; no balance column exists. A trigger refuses UPDATE and DELETE on entries.
 */
export class Ledger1764810000000 implements MigrationInterface {
  name = 'Ledger1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "settlements" (
        "key" varchar(40) NOT NULL,
        "title" varchar(200) NOT NULL,
        "agreement_type" varchar(20) NOT NULL,
        CONSTRAINT "settlements_pkey" PRIMARY KEY ("key"),
        CONSTRAINT "settlements_agreement_type_check" CHECK ("agreement_type" IN ('SETTLEMENT', 'BANKRUPTCY_PLAN'))
      )`);
    await q.query(`
      INSERT INTO "settlements" ("key", "title", "agreement_type") VALUES
        ('distributors', 'Distributors (McKesson, Cardinal Health, AmerisourceBergen)', 'SETTLEMENT'),
        ('janssen', 'Janssen / Johnson & Johnson', 'SETTLEMENT'),
        ('teva', 'Teva', 'SETTLEMENT'),
        ('allergan', 'Allergan', 'SETTLEMENT'),
        ('cvs', 'CVS', 'SETTLEMENT'),
        ('walgreens', 'Walgreens', 'SETTLEMENT'),
        ('walmart', 'Walmart', 'SETTLEMENT'),
        ('kroger', 'Kroger', 'SETTLEMENT'),
        ('mallinckrodt', 'Mallinckrodt (bankruptcy plan)', 'BANKRUPTCY_PLAN'),
        ('purdue', 'Purdue Pharma / Sackler family (bankruptcy plan)', 'BANKRUPTCY_PLAN')`);
    await q.query(`
      CREATE TABLE "settlement_funds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "rule_set_key" varchar(64) NOT NULL,
        "organization_id" uuid NOT NULL,
        "opened_on" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "settlement_funds_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "settlement_funds_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE TABLE "ledger_entries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "fund_id" uuid NOT NULL,
        "kind" varchar(20) NOT NULL,
        "amount_cents" bigint NOT NULL,
        "occurred_on" date NOT NULL,
        "classification" varchar(20),
        "settlement_key" varchar(40),
        "payment_year" integer,
        "payer" varchar(200),
        "reference" varchar(200),
        "period_start" date,
        "period_end" date,
        "payee" varchar(200),
        "description" text,
        "reverses_entry_id" uuid,
        "reason" text,
        "round_id" uuid,
        "award_id" uuid,
        "payment_request_id" uuid,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "ledger_entries_kind_check" CHECK ("kind" IN ('OPENING', 'RECEIPT', 'INTEREST', 'EXPENDITURE', 'ENCUMBRANCE')),
        CONSTRAINT "ledger_entries_classification_check" CHECK (("kind" = 'EXPENDITURE') = ("classification" IS NOT NULL) AND ("classification" IS NULL OR "classification" IN ('REMEDIATION', 'NON_REMEDIATION', 'ADMINISTRATIVE', 'AUDIT'))),
        CONSTRAINT "ledger_entries_sign_check" CHECK ("amount_cents" <> 0 AND ("kind" = 'ENCUMBRANCE' OR ("reverses_entry_id" IS NULL) = ("amount_cents" > 0))),
        CONSTRAINT "ledger_entries_reverses_key" UNIQUE ("reverses_entry_id"),
        CONSTRAINT "ledger_entries_payment_request_key" UNIQUE ("payment_request_id"),
        CONSTRAINT "ledger_entries_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "settlement_funds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "ledger_entries_settlement_fkey" FOREIGN KEY ("settlement_key") REFERENCES "settlements"("key") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "ledger_entries_reverses_fkey" FOREIGN KEY ("reverses_entry_id") REFERENCES "ledger_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "ledger_entries_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "ledger_entries_fund_on_idx" ON "ledger_entries" ("fund_id", "occurred_on", "id")`);
    await q.query(`CREATE INDEX "ledger_entries_fund_kind_idx" ON "ledger_entries" ("fund_id", "kind")`);
    await q.query(`CREATE INDEX "ledger_entries_award_idx" ON "ledger_entries" ("award_id")`);
    await q.query(`
      CREATE TABLE "ledger_entry_splits" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "entry_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "taxonomy_key" varchar(64) NOT NULL,
        "strategy_code" varchar(16) NOT NULL,
        "amount_cents" bigint NOT NULL,
        CONSTRAINT "ledger_entry_splits_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "ledger_entry_splits_position_key" UNIQUE ("entry_id", "position"),
        CONSTRAINT "ledger_entry_splits_entry_fkey" FOREIGN KEY ("entry_id") REFERENCES "ledger_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE FUNCTION "ledger_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are immutable: post a reversing entry instead' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`CREATE TRIGGER "ledger_entries_immutable" BEFORE UPDATE OR DELETE ON "ledger_entries" FOR EACH ROW EXECUTE FUNCTION "ledger_refuse_change"()`);
    await q.query(`CREATE TRIGGER "ledger_entry_splits_immutable" BEFORE UPDATE OR DELETE ON "ledger_entry_splits" FOR EACH ROW EXECUTE FUNCTION "ledger_refuse_change"()`);
    await q.query(`
      CREATE TABLE "spending_authorizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "fund_id" uuid NOT NULL,
        "authority" varchar(300) NOT NULL,
        "adopted_on" date NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "spending_authorizations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "spending_authorizations_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "settlement_funds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE TABLE "spending_authorization_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "authorization_id" uuid NOT NULL,
        "fund_id" uuid NOT NULL,
        "position" integer NOT NULL,
        "taxonomy_key" varchar(64) NOT NULL,
        "strategy_code" varchar(16) NOT NULL,
        "amount_cents" bigint NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        CONSTRAINT "spending_authorization_lines_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "spending_authorization_lines_amount_check" CHECK ("amount_cents" > 0),
        CONSTRAINT "spending_authorization_lines_period_check" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "spending_authorization_lines_authorization_fkey" FOREIGN KEY ("authorization_id") REFERENCES "spending_authorizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "spending_authorization_lines_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "settlement_funds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "spending_authorization_lines_fund_idx" ON "spending_authorization_lines" ("fund_id")`);
    await q.query(`
      CREATE TABLE "round_fundings" (
        "round_id" uuid NOT NULL,
        "fund_id" uuid NOT NULL,
        "taxonomy_key" varchar(64) NOT NULL,
        "strategy_codes" text[] NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "round_fundings_pkey" PRIMARY KEY ("round_id"),
        CONSTRAINT "round_fundings_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "round_fundings_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "settlement_funds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "round_fundings_fund_idx" ON "round_fundings" ("fund_id")`);
    await q.query(`
      CREATE TABLE "round_allocations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "round_id" uuid NOT NULL,
        "fund_id" uuid NOT NULL,
        "authorization_line_id" uuid NOT NULL,
        "amount_cents" bigint NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "round_allocations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "round_allocations_amount_check" CHECK ("amount_cents" > 0),
        CONSTRAINT "round_allocations_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "round_allocations_fund_fkey" FOREIGN KEY ("fund_id") REFERENCES "settlement_funds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "round_allocations_line_fkey" FOREIGN KEY ("authorization_line_id") REFERENCES "spending_authorization_lines"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "round_allocations_round_idx" ON "round_allocations" ("round_id")`);
    await q.query(`CREATE INDEX "round_allocations_line_idx" ON "round_allocations" ("authorization_line_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "round_allocations"`);
    await q.query(`DROP TABLE "round_fundings"`);
    await q.query(`DROP TABLE "spending_authorization_lines"`);
    await q.query(`DROP TABLE "spending_authorizations"`);
    await q.query(`DROP TRIGGER "ledger_entry_splits_immutable" ON "ledger_entry_splits"`);
    await q.query(`DROP TRIGGER "ledger_entries_immutable" ON "ledger_entries"`);
    await q.query(`DROP TABLE "ledger_entry_splits"`);
    await q.query(`DROP TABLE "ledger_entries"`);
    await q.query(`DROP FUNCTION "ledger_refuse_change"()`);
    await q.query(`DROP TABLE "settlement_funds"`);
    await q.query(`DROP TABLE "settlements"`);
  }
}
