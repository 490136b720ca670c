import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MailTransportName = 'SMTP' | 'STORED';

/** A message to a person, committed with the change that caused it and delivered later. */
@Entity('outbox_messages')
@Index('outbox_messages_dedupe_key_key', ['dedupeKey'], { unique: true })
@Index('outbox_messages_unsent_idx', ['createdAt'], { where: '"sent_at" IS NULL' })
@Check('outbox_messages_transport_check', `"transport" IN ('SMTP', 'STORED')`)
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What caused it, e.g. application.submitted. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ type: 'varchar', length: 254 })
  recipientEmail!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Same key, same message: a retried use case writes it once. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When it went out: handed to the SMTP server, or stored for the outbox page. */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /** Delivery attempts so far (one is counted when a process claims the message). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** Not tried before this: the claim of the process sending it, or the wait after a failure. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** How it went out: SMTP, or STORED (no SMTP_URL: kept for officers to read). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  transport!: MailTransportName | null;
}
