import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments belong to any record (an application, a quarterly report, a payment request): an owner
 * type and id replace the application's id. The owning domain checks access (AttachmentOwner), so there
 * is no foreign key; existing rows become the APPLICATION files they were.
 */
export class AttachmentOwners1764855000000 implements MigrationInterface {
  name = 'AttachmentOwners1764855000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "attachments" ADD "owner_type" varchar(40)`);
    await q.query(`ALTER TABLE "attachments" ADD "owner_id" uuid`);
    await q.query(`UPDATE "attachments" SET "owner_type" = 'APPLICATION', "owner_id" = "application_id"`);
    await q.query(`ALTER TABLE "attachments" ALTER COLUMN "owner_type" SET NOT NULL`);
    await q.query(`ALTER TABLE "attachments" ALTER COLUMN "owner_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "attachments" ADD CONSTRAINT "attachments_owner_type_check" CHECK ("owner_type" ~ '^[A-Z][A-Z_]{1,39}$')`);
    await q.query(`CREATE INDEX "attachments_owner_idx" ON "attachments" ("owner_type", "owner_id", "created_at")`);
    await q.query(`DROP INDEX "attachments_application_idx"`);
    await q.query(`ALTER TABLE "attachments" DROP CONSTRAINT "attachments_application_fkey"`);
    await q.query(`ALTER TABLE "attachments" DROP COLUMN "application_id"`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Files of other owners have no place in the old table: they go (their stored bytes stay as orphans).
    await q.query(`DELETE FROM "attachments" WHERE "owner_type" <> 'APPLICATION'`);
    await q.query(`ALTER TABLE "attachments" ADD "application_id" uuid`);
    await q.query(`UPDATE "attachments" SET "application_id" = "owner_id"`);
    await q.query(`ALTER TABLE "attachments" ALTER COLUMN "application_id" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "attachments_application_fkey" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "attachments_application_idx" ON "attachments" ("application_id")`);
    await q.query(`DROP INDEX "attachments_owner_idx"`);
    await q.query(`ALTER TABLE "attachments" DROP CONSTRAINT "attachments_owner_type_check"`);
    await q.query(`ALTER TABLE "attachments" DROP COLUMN "owner_id"`);
    await q.query(`ALTER TABLE "attachments" DROP COLUMN "owner_type"`);
  }
}
