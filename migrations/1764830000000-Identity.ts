import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity as its own domain: invitations, password resets, identities at an OpenID
 * Connect provider and the provider sign-ins in flight; accounts without a password
 * (provider only); the ID token of a provider session (for signing out there); the
 * e-mail domains an organization claims (just-in-time accounts).
 */
export class Identity1764830000000 implements MigrationInterface {
  name = 'Identity1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await q.query(`ALTER TABLE "sessions" ADD "id_token" text`);
    await q.query(`ALTER TABLE "organizations" ADD "email_domains" text array NOT NULL DEFAULT '{}'`);

    await q.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "token_hash" varchar(64) NOT NULL,
        "email" varchar(254) NOT NULL,
        "name" varchar(200) NOT NULL,
        "roles" text array NOT NULL,
        "organization_id" uuid,
        "organization_role" varchar(20),
        "invited_by_id" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        "accepted_user_id" uuid,
        "revoked_at" timestamptz,
        CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" ("token_hash")`);
    await q.query(`CREATE INDEX "invitations_email_idx" ON "invitations" ("email")`);

    await q.query(`
      CREATE TABLE "password_resets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL,
        "ip" varchar(64) NOT NULL,
        "user_id" uuid,
        "token_hash" varchar(64) NOT NULL,
        "requested_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "password_resets_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "password_resets_token_hash_key" ON "password_resets" ("token_hash")`);
    await q.query(`CREATE INDEX "password_resets_email_idx" ON "password_resets" ("email", "requested_at")`);
    await q.query(`CREATE INDEX "password_resets_ip_idx" ON "password_resets" ("ip", "requested_at")`);

    await q.query(`
      CREATE TABLE "external_identities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "issuer" varchar(500) NOT NULL,
        "subject" varchar(255) NOT NULL,
        "email" varchar(254),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "last_sign_in_at" timestamptz,
        CONSTRAINT "external_identities_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "external_identities_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "external_identities_issuer_subject_key" ON "external_identities" ("issuer", "subject")`);
    await q.query(`CREATE INDEX "external_identities_user_idx" ON "external_identities" ("user_id")`);

    await q.query(`
      CREATE TABLE "oidc_logins" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "state_hash" varchar(64) NOT NULL,
        "nonce" varchar(128) NOT NULL,
        "code_verifier" varchar(128) NOT NULL,
        "return_to" varchar(500) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "oidc_logins_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "oidc_logins_state_hash_key" ON "oidc_logins" ("state_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "oidc_logins"`);
    await q.query(`DROP TABLE "external_identities"`);
    await q.query(`DROP TABLE "password_resets"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "email_domains"`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "id_token"`);
    // Provider-only accounts get an unusable hash (no password verifies against it) before NOT NULL returns.
    await q.query(`UPDATE "users" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await q.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
  }
}
