import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A message to a person, committed with the change that caused it and delivered later. */
@Entity('outbox_messages')
@Index('outbox_messages_dedupe_key_key', ['dedupeKey'], { unique: true })
@Index('outbox_messages_unsent_idx', ['createdAt'], { where: '"sent_at" IS NULL' })
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

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
}
