import { MigrationInterface, QueryRunner } from 'typeorm';

/** Review assignments with conflict declarations and scores, funding decisions, and awards. */
export class Review1764500000000 implements MigrationInterface {
  name = 'Review1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "review_assignments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "application_id" uuid NOT NULL,
        "round_id" uuid NOT NULL,
        "reviewer_id" uuid NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'PENDING_COI',
        "conflict_explanation" text,
        "declared_at" timestamptz,
        "scores" jsonb NOT NULL DEFAULT '[]',
        "overall_comment" text,
        "submitted_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "review_assignments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "review_assignments_status_check" CHECK ("status" IN ('PENDING_COI', 'CONFLICTED', 'IN_PROGRESS', 'SUBMITTED')),
        CONSTRAINT "review_assignments_application_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "review_assignments_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "review_assignments_reviewer_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "review_assignments_application_reviewer_key" ON "review_assignments" ("application_id", "reviewer_id")`);
    await q.query(`CREATE INDEX "review_assignments_reviewer_round_idx" ON "review_assignments" ("reviewer_id", "round_id")`);
    await q.query(`CREATE INDEX "review_assignments_round_status_idx" ON "review_assignments" ("round_id", "status")`);

    await q.query(`
      CREATE TABLE "funding_decisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "application_id" uuid NOT NULL,
        "round_id" uuid NOT NULL,
        "decision" varchar(10) NOT NULL,
        "amount_cents" integer,
        "conditions" text,
        "reason" text,
        "override_reason" text,
        "decided_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "funding_decisions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "funding_decisions_decision_check" CHECK ("decision" IN ('AWARD', 'DECLINE')),
        CONSTRAINT "funding_decisions_amount_check" CHECK (("decision" = 'AWARD' AND "amount_cents" > 0) OR ("decision" = 'DECLINE' AND "amount_cents" IS NULL)),
        CONSTRAINT "funding_decisions_application_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "funding_decisions_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "funding_decisions_application_key" ON "funding_decisions" ("application_id")`);
    await q.query(`CREATE INDEX "funding_decisions_round_idx" ON "funding_decisions" ("round_id")`);

    await q.query(`
      CREATE TABLE "awards" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "application_id" uuid NOT NULL,
        "round_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "amount_cents" integer NOT NULL,
        "conditions" text,
        "start_date" date NOT NULL,
        "end_date" date NOT NULL,
        "status" varchar(10) NOT NULL DEFAULT 'ACTIVE',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "awards_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "awards_status_check" CHECK ("status" IN ('ACTIVE', 'CLOSED')),
        CONSTRAINT "awards_amount_check" CHECK ("amount_cents" > 0),
        CONSTRAINT "awards_application_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "awards_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "awards_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "awards_application_key" ON "awards" ("application_id")`);
    await q.query(`CREATE INDEX "awards_round_idx" ON "awards" ("round_id")`);
    await q.query(`CREATE INDEX "awards_organization_idx" ON "awards" ("organization_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "awards"`);
    await q.query(`DROP TABLE "funding_decisions"`);
    await q.query(`DROP TABLE "review_assignments"`);
  }
}
