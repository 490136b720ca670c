import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mail delivery: when a message may be tried again, and how it went out (SMTP, or stored for the outbox page). */
export class Delivery1764700000000 implements MigrationInterface {
  name = 'Delivery1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_messages" ADD "next_attempt_at" timestamptz`);
    await q.query(`ALTER TABLE "outbox_messages" ADD "transport" varchar(10)`);
    await q.query(`ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_transport_check" CHECK ("transport" IN ('SMTP', 'STORED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "outbox_messages_transport_check"`);
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "transport"`);
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "next_attempt_at"`);
  }
}
