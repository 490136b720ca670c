import { MigrationInterface, QueryRunner } from 'typeorm';

/** Checklist versions, funding rounds, applications with their attachments, and the outbox. */
export class Apply1764400000000 implements MigrationInterface {
  name = 'Apply1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "checklist_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "key" varchar(64) NOT NULL,
        "label" varchar(16) NOT NULL,
        "title" varchar(300) NOT NULL,
        "definition" jsonb NOT NULL,
        "published_at" timestamptz NOT NULL DEFAULT now(),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "checklist_versions_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "checklist_versions_key_label_key" ON "checklist_versions" ("key", "label")`);

    await q.query(`
      CREATE TABLE "funding_rounds" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" varchar(200) NOT NULL,
        "description" text NOT NULL,
        "checklist_version_id" uuid NOT NULL,
        "opens_at" timestamptz NOT NULL,
        "closes_at" timestamptz NOT NULL,
        "time_zone" varchar(64) NOT NULL,
        "budget_cents" integer NOT NULL,
        "min_award_cents" integer NOT NULL,
        "max_award_cents" integer NOT NULL,
        "eligible_kinds" text array NOT NULL,
        "reviewers_per_application" integer NOT NULL,
        "grant_start" date NOT NULL,
        "grant_end" date NOT NULL,
        "stage" varchar(20) NOT NULL DEFAULT 'DRAFT',
        "published_at" timestamptz,
        "decided_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "funding_rounds_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "funding_rounds_stage_check" CHECK ("stage" IN ('DRAFT', 'PUBLISHED', 'DECIDED')),
        CONSTRAINT "funding_rounds_window_check" CHECK ("closes_at" > "opens_at"),
        CONSTRAINT "funding_rounds_awards_check" CHECK ("min_award_cents" > 0 AND "min_award_cents" <= "max_award_cents" AND "max_award_cents" <= "budget_cents"),
        CONSTRAINT "funding_rounds_grant_check" CHECK ("grant_end" > "grant_start"),
        CONSTRAINT "funding_rounds_reviewers_check" CHECK ("reviewers_per_application" BETWEEN 1 AND 10),
        CONSTRAINT "funding_rounds_checklist_version_fkey" FOREIGN KEY ("checklist_version_id") REFERENCES "checklist_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "funding_rounds_closes_at_idx" ON "funding_rounds" ("closes_at")`);

    // Tracking ids (ABT-2026-000123) count submissions across all rounds.
    await q.query(`CREATE SEQUENCE "application_tracking_seq"`);
    await q.query(`
      CREATE TABLE "applications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "round_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "status" varchar(20) NOT NULL DEFAULT 'DRAFT',
        "title" varchar(200),
        "summary" text,
        "requested_cents" integer,
        "law_enforcement_role" varchar(30),
        "warrant_checks" boolean,
        "responses" jsonb NOT NULL DEFAULT '[]',
        "budget_lines" jsonb NOT NULL DEFAULT '[]',
        "targets" jsonb NOT NULL DEFAULT '[]',
        "tracking_id" varchar(20),
        "submitted_at" timestamptz,
        "submitted_by" uuid,
        "withdrawn_at" timestamptz,
        "created_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "applications_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "applications_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'AWARDED', 'DECLINED')),
        CONSTRAINT "applications_law_enforcement_role_check" CHECK ("law_enforcement_role" IN ('NONE', 'DATA_ONLY', 'PLAIN_CLOTHES_ACCOMPANY', 'UNIFORMED_ACCOMPANY', 'POLICE_LED')),
        CONSTRAINT "applications_requested_cents_check" CHECK ("requested_cents" > 0),
        CONSTRAINT "applications_submitted_check" CHECK (("status" = 'DRAFT') OR ("submitted_at" IS NOT NULL AND "tracking_id" IS NOT NULL) OR ("status" = 'WITHDRAWN')),
        CONSTRAINT "applications_round_fkey" FOREIGN KEY ("round_id") REFERENCES "funding_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "applications_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    // One live application per organisation per round; a withdrawn one does not count.
    await q.query(`CREATE UNIQUE INDEX "applications_round_organization_key" ON "applications" ("round_id", "organization_id") WHERE "status" <> 'WITHDRAWN'`);
    await q.query(`CREATE UNIQUE INDEX "applications_tracking_id_key" ON "applications" ("tracking_id")`);
    await q.query(`CREATE INDEX "applications_organization_idx" ON "applications" ("organization_id")`);
    await q.query(`CREATE INDEX "applications_round_status_idx" ON "applications" ("round_id", "status")`);

    await q.query(`
      CREATE TABLE "attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "application_id" uuid NOT NULL,
        "file_name" varchar(255) NOT NULL,
        "content_type" varchar(100) NOT NULL,
        "size_bytes" integer NOT NULL,
        "sha256" varchar(64) NOT NULL,
        "storage_key" varchar(300) NOT NULL,
        "uploaded_by" uuid NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "attachments_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "attachments_size_bytes_check" CHECK ("size_bytes" > 0 AND "size_bytes" <= 10485760),
        CONSTRAINT "attachments_application_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "attachments_application_idx" ON "attachments" ("application_id")`);

    // Messages to people, written in the transaction of the change that causes them
    // and delivered later by the job queue (the reporting issue).
    await q.query(`
      CREATE TABLE "outbox_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" varchar(60) NOT NULL,
        "recipient_user_id" uuid,
        "recipient_email" varchar(254) NOT NULL,
        "subject" varchar(300) NOT NULL,
        "body" text NOT NULL,
        "dedupe_key" varchar(300),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages" ("dedupe_key")`);
    await q.query(`CREATE INDEX "outbox_messages_unsent_idx" ON "outbox_messages" ("created_at") WHERE "sent_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outbox_messages"`);
    await q.query(`DROP TABLE "attachments"`);
    await q.query(`DROP TABLE "applications"`);
    await q.query(`DROP SEQUENCE "application_tracking_seq"`);
    await q.query(`DROP TABLE "funding_rounds"`);
    await q.query(`DROP TABLE "checklist_versions"`);
  }
}
