import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@abate/api/core';
import { ApplicationEntity } from '@abate/api/applications';

/**
 * A supporting document of an application, or of one line of a payment request (exactly one owner). The bytes live in AttachmentStorage
 * under `storageKey` (a server-generated uuid); the row holds what we know about them.
 */
@Entity('attachments')
@Index('attachments_application_idx', ['applicationId'])
@Index('attachments_payment_request_idx', ['paymentRequestId'])
@Check('attachments_owner_check', `("application_id" IS NULL) <> ("payment_request_id" IS NULL)`)
@Check('attachments_size_bytes_check', `"size_bytes" > 0 AND "size_bytes" <= 10485760`)
export class AttachmentEntity extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  applicationId!: string | null;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'uuid', nullable: true })
  paymentRequestId!: string | null;

  // No relation: the payments domain sits above attachments and is never named here.
  /** Which line of the payment request the document supports. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  paymentLineId!: string | null;

  /** As the uploader named it (sanitised): shown and offered on download, never used as a path. */
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
