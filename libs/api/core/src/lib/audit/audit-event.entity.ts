import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: written in the same transaction as the change it records. */
@Entity('audit_events')
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'occurredAt'])
@Index('audit_events_occurred_idx', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Millisecond precision: JavaScript dates (and so page cursors) hold no more.
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
