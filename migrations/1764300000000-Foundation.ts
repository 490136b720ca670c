import { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity, organisations, sessions, sign-in throttling and the audit trail. */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" varchar(200) NOT NULL,
        "kind" varchar(20) NOT NULL,
        "state" varchar(2) NOT NULL,
        "fips_code" varchar(5) NOT NULL,
        "population" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "organizations_kind_check" CHECK ("kind" IN ('COUNTY', 'CITY', 'TRIBE', 'STATE_AGENCY', 'NONPROFIT')),
        CONSTRAINT "organizations_population_check" CHECK ("population" >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX "organizations_name_state_key" ON "organizations" ("name", "state")`);

    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "name" varchar(200) NOT NULL,
        "password_hash" text NOT NULL,
        "roles" text array NOT NULL,
        "active" boolean NOT NULL DEFAULT true,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "users_email_lower_check" CHECK ("email" = lower("email"))
      )`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users" ("email")`);

    await q.query(`
      CREATE TABLE "memberships" (
        "user_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "role" varchar(20) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "memberships_pkey" PRIMARY KEY ("user_id", "organization_id"),
        CONSTRAINT "memberships_role_check" CHECK ("role" IN ('OWNER', 'CONTRIBUTOR')),
        CONSTRAINT "memberships_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "memberships_organization_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "memberships_organization_idx" ON "memberships" ("organization_id")`);

    await q.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" varchar(64) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "ip" varchar(64),
        "user_agent" varchar(512),
        CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "sessions_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions" ("token_hash")`);
    await q.query(`CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id")`);

    await q.query(`
      CREATE TABLE "sign_in_attempts" (
        "id" bigserial NOT NULL,
        "email" varchar(254) NOT NULL,
        "ip" varchar(64) NOT NULL,
        "succeeded" boolean NOT NULL,
        "attempted_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" ("email", "attempted_at")`);
    await q.query(`CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" ("ip", "attempted_at")`);

    await q.query(`
      CREATE TABLE "audit_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "occurred_at" timestamptz(3) NOT NULL DEFAULT now(),
        "actor_id" uuid,
        "actor_email" text,
        "action" text NOT NULL,
        "entity_type" text NOT NULL,
        "entity_id" text NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "request_id" text,
        "ip" text,
        CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_type", "entity_id", "occurred_at")`);
    await q.query(`CREATE INDEX "audit_events_occurred_idx" ON "audit_events" ("occurred_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP TABLE "sign_in_attempts"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "memberships"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
