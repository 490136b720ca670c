import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@abate/api/core';

/**
 * A file that belongs to a record of another domain (an application, a report, a payment request):
 * `ownerType` + `ownerId` name it, and that domain's AttachmentOwner decides who may read or change it.
 * The bytes live in AttachmentStorage under `storageKey` (a server-generated uuid); the row holds what
 * we know about them.
 */
@Entity('attachments')
@Index('attachments_owner_idx', ['ownerType', 'ownerId', 'createdAt'])
@Check('attachments_size_bytes_check', `"size_bytes" > 0 AND "size_bytes" <= 10485760`)
@Check('attachments_owner_type_check', `"owner_type" ~ '^[A-Z][A-Z_]{1,39}$'`)
export class AttachmentEntity extends BaseEntity {
  /** APPLICATION, QUARTERLY_REPORT, PAYMENT_REQUEST... (AttachmentOwner.type). */
  @Column({ type: 'varchar', length: 40 })
  ownerType!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  /** As the uploader named it (sanitized): shown and offered on download, never used as a path. */
  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** Detected from the bytes, not the name or the client's header. */
  @Column({ type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 300 })
  storageKey!: string;

  @Column({ type: 'uuid' })
  uploadedBy!: string;
}
