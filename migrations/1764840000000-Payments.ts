import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments to grantees: each award's budget per SF-424A category and its amendments
 * (owned by awards), payment requests with their approvals and batches (owned by
 * payments). A payment line's documents are attachments with owner type PAYMENT_LINE.
 */
export class Payments1764840000000 implements MigrationInterface {
  name = 'Payments1764840000000';

  async up(q: QueryRunner): Promise<void> {
    // The approved budget of an award, one row per category: payment submissions lock these rows.
    await q.query(`
      CREATE TABLE "award_budget_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "category" varchar(40) NOT NULL,
        "awarded_cents" bigint NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "award_budget_lines_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "award_budget_lines_awarded_cents_check" CHECK ("awarded_cents" >= 0),
        CONSTRAINT "award_budget_lines_award_fkey" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "award_budget_lines_award_category_key" ON "award_budget_lines" ("award_id", "category")`);

    await q.query(`
      CREATE TABLE "award_amendments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'PENDING',
        "amount_cents" bigint,
        "end_date" date,
        "budget_lines" jsonb,
        "previous" jsonb NOT NULL,
        "reason" text NOT NULL,
        "proposed_by" uuid NOT NULL,
        "decided_by" uuid,
        "decided_at" timestamptz,
        "decision_note" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "award_amendments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "award_amendments_status_check" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')),
        CONSTRAINT "award_amendments_award_fkey" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "award_amendments_award_number_key" ON "award_amendments" ("award_id", "number")`);

    await q.query(`
      CREATE TABLE "payment_requests" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "kind" varchar(20) NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'DRAFT',
        "period_start" date,
        "period_end" date,
        "final" boolean NOT NULL DEFAULT false,
        "lines" jsonb NOT NULL DEFAULT '[]',
        "total_cents" bigint NOT NULL DEFAULT 0,
        "created_by" uuid NOT NULL,
        "submitted_by" uuid,
        "submitted_at" timestamptz,
        "cycle" integer NOT NULL DEFAULT 0,
        "review_note" text,
        "paid_on" date,
        "payment_reference" varchar(100),
        "failure_reason" text,
        "ledger_entry_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "payment_requests_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "payment_requests_kind_check" CHECK ("kind" IN ('REIMBURSEMENT', 'ADVANCE')),
        CONSTRAINT "payment_requests_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'PROGRAM_APPROVED', 'APPROVED', 'SCHEDULED', 'PAID', 'FAILED', 'REJECTED')),
        CONSTRAINT "payment_requests_total_cents_check" CHECK ("total_cents" >= 0),
        CONSTRAINT "payment_requests_award_fkey" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "payment_requests_award_number_key" ON "payment_requests" ("award_id", "number")`);
    await q.query(`CREATE INDEX "payment_requests_status_idx" ON "payment_requests" ("status")`);

    // Decisions are immutable rows: who, in which role, when, and why.
    await q.query(`
      CREATE TABLE "payment_approvals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "payment_request_id" uuid NOT NULL,
        "cycle" integer NOT NULL,
        "role" varchar(20) NOT NULL,
        "decision" varchar(20) NOT NULL,
        "user_id" uuid NOT NULL,
        "note" text,
        "decided_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "payment_approvals_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "payment_approvals_role_check" CHECK ("role" IN ('PROGRAM_OFFICER', 'FINANCE_OFFICER')),
        CONSTRAINT "payment_approvals_decision_check" CHECK ("decision" IN ('APPROVE', 'REQUEST_CHANGES', 'REJECT')),
        CONSTRAINT "payment_approvals_payment_request_fkey" FOREIGN KEY ("payment_request_id") REFERENCES "payment_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "payment_approvals_request_idx" ON "payment_approvals" ("payment_request_id")`);

    await q.query(`
      CREATE TABLE "payment_batches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_by" uuid NOT NULL,
        "total_cents" bigint NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "payment_batches_pkey" PRIMARY KEY ("id")
      )`);

    // One row per request in a batch; the outcome is written once (a retried call changes nothing).
    await q.query(`
      CREATE TABLE "payment_batch_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "batch_id" uuid NOT NULL,
        "payment_request_id" uuid NOT NULL,
        "amount_cents" bigint NOT NULL,
        "outcome" varchar(10),
        "paid_on" date,
        "reference" varchar(100),
        "note" text,
        "ledger_entry_id" uuid,
        "recorded_by" uuid,
        "recorded_at" timestamptz,
        CONSTRAINT "payment_batch_items_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "payment_batch_items_outcome_check" CHECK ("outcome" IN ('PAID', 'FAILED')),
        CONSTRAINT "payment_batch_items_batch_fkey" FOREIGN KEY ("batch_id") REFERENCES "payment_batches"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "payment_batch_items_payment_request_fkey" FOREIGN KEY ("payment_request_id") REFERENCES "payment_requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "payment_batch_items_batch_request_key" ON "payment_batch_items" ("batch_id", "payment_request_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "payment_batch_items"`);
    await q.query(`DROP TABLE "payment_batches"`);
    await q.query(`DROP TABLE "payment_approvals"`);
    await q.query(`DROP TABLE "payment_requests"`);
    await q.query(`DROP TABLE "award_amendments"`);
    await q.query(`DROP TABLE "award_budget_lines"`);
  }
}
