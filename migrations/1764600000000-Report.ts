import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reporting milestones of awards, quarterly reports and every submitted version of them. */
export class Report1764600000000 implements MigrationInterface {
  name = 'Report1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "reporting_milestones" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "award_id" uuid NOT NULL,
        "kind" varchar(10) NOT NULL,
        "label" varchar(40) NOT NULL,
        "period_start" date NOT NULL,
        "period_end" date NOT NULL,
        "due_date" date NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "reporting_milestones_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "reporting_milestones_kind_check" CHECK ("kind" IN ('QUARTERLY', 'FINAL')),
        CONSTRAINT "reporting_milestones_period_check" CHECK ("period_end" >= "period_start" AND "due_date" > "period_end"),
        CONSTRAINT "reporting_milestones_award_fkey" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "reporting_milestones_award_kind_period_key" ON "reporting_milestones" ("award_id", "kind", "period_start")`);
    await q.query(`CREATE INDEX "reporting_milestones_due_date_idx" ON "reporting_milestones" ("due_date")`);

    await q.query(`
      CREATE TABLE "quarterly_reports" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "milestone_id" uuid NOT NULL,
        "award_id" uuid NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'DRAFT',
        "metrics" jsonb NOT NULL DEFAULT '[]',
        "spending" jsonb NOT NULL DEFAULT '[]',
        "successes" text,
        "challenges" text,
        "confirmed_warnings" text array NOT NULL DEFAULT '{}',
        "review_note" text,
        "submitted_at" timestamptz,
        "reviewed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "quarterly_reports_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "quarterly_reports_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'ACCEPTED')),
        CONSTRAINT "quarterly_reports_milestone_fkey" FOREIGN KEY ("milestone_id") REFERENCES "reporting_milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "quarterly_reports_award_fkey" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "quarterly_reports_milestone_key" ON "quarterly_reports" ("milestone_id")`);
    await q.query(`CREATE INDEX "quarterly_reports_award_idx" ON "quarterly_reports" ("award_id")`);

    await q.query(`
      CREATE TABLE "report_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "report_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "metrics" jsonb NOT NULL,
        "spending" jsonb NOT NULL,
        "successes" text,
        "challenges" text,
        "submitted_at" timestamptz NOT NULL,
        "submitted_by" uuid NOT NULL,
        CONSTRAINT "report_versions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "report_versions_report_fkey" FOREIGN KEY ("report_id") REFERENCES "quarterly_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "report_versions_report_number_key" ON "report_versions" ("report_id", "number")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "report_versions"`);
    await q.query(`DROP TABLE "quarterly_reports"`);
    await q.query(`DROP TABLE "reporting_milestones"`);
  }
}
