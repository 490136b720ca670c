import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AuditWriter, NotFoundException, Transactions } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { AttachmentOwners, type AttachmentOwner } from './attachment-owner';
import { AttachmentEntity } from './entities/attachment.entity';
import { AttachmentStorage, StoredFileMissingError } from './storage/attachment-storage';
import { AttachmentRefusedException } from './attachment-errors';
import { detectFileType, MAX_ATTACHMENT_BYTES } from './file-type';
import { nameForContent } from './file-name';
import type { FileType } from './file-type';

export const MAX_ATTACHMENT_TEXT = '10 MB';

/** Refusals for a file that is too large, before or after it is read. */
export const tooLarge = (fileName: string) =>
  new AttachmentRefusedException(
    `${fileName} is larger than ${MAX_ATTACHMENT_TEXT}, the limit for each file; make it smaller or split it, and upload it again`,
    413,
  );

/**
 * Files of any record (an application, a report, a payment request): the record's domain says, through
 * its registered AttachmentOwner, who may add and remove them and when; whoever may read the record may
 * read them.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly owners: AttachmentOwners,
    private readonly storage: AttachmentStorage,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  /** May this caller attach files to this record now? Asked before the upload is received. */
  async assertCanAttach(actor: AuthUser, owner: AttachmentOwner, ownerId: string): Promise<void> {
    await owner.assertCanChange(actor, ownerId);
  }

  /** The bytes are checked (size, type by content) and stored, then the row and its audit event commit together. */
  async upload(
    actor: AuthUser,
    owner: AttachmentOwner,
    ownerId: string,
    fileName: string,
    bytes: Buffer,
  ): Promise<AttachmentEntity> {
    await owner.assertCanChange(actor, ownerId);
    const type = this.accept(fileName, bytes);
    // The content decides the extension: a PDF named .html is stored as .html.pdf.
    fileName = nameForContent(fileName, type.kind);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = randomUUID();
    await this.storage.put(storageKey, bytes);
    try {
      return await this.transactions.run(async (manager) => {
        await owner.lockForChange(manager, ownerId);
        const saved = await manager.save(
          manager.create(AttachmentEntity, {
            ownerType: owner.type,
            ownerId,
            fileName,
            contentType: type.contentType,
            sizeBytes: bytes.length,
            sha256,
            storageKey,
            uploadedBy: actor.id,
          }),
        );
        await this.audit.record(manager, {
          action: 'attachment.upload',
          entityType: 'Attachment',
          entityId: saved.id,
          after: {
            ownerType: owner.type,
            ownerId,
            fileName,
            contentType: type.contentType,
            sizeBytes: bytes.length,
            sha256,
          },
        });
        return saved;
      });
    } catch (error) {
      // No row, so no file: a refused or failed upload leaves nothing behind.
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.logger.warn({ err: cleanup, storageKey }, 'Could not remove the file of a failed upload'),
        );
      throw error;
    }
  }

  /** The attachment and its bytes, for a caller who may read the record it belongs to. */
  async open(actor: AuthUser, id: string): Promise<{ attachment: AttachmentEntity; content: Readable }> {
    const attachment = await this.attachments.findOne({ where: { id } });
    if (!attachment) throw new NotFoundException('Attachment', 'id');
    await this.owners.ofType(attachment.ownerType).assertCanRead(actor, attachment.ownerId);
    try {
      return { attachment, content: await this.storage.get(attachment.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error(
        { attachmentId: id, storageKey: attachment.storageKey },
        'An attachment row has no stored file',
      );
      throw new NotFoundException('The stored file of this attachment', 'id');
    }
  }

  /** Removes the row (audited) and then the stored file, while the record takes changes. */
  async delete(actor: AuthUser, id: string): Promise<void> {
    const attachment = await this.attachments.findOne({ where: { id } });
    if (!attachment) throw new NotFoundException('Attachment', 'id');
    const owner = this.owners.ofType(attachment.ownerType);
    await owner.assertCanChange(actor, attachment.ownerId);
    await this.transactions.run(async (manager) => {
      await owner.lockForChange(manager, attachment.ownerId);
      const { affected } = await manager.delete(AttachmentEntity, { id });
      if (!affected) throw new NotFoundException('Attachment', 'id');
      const { ownerType, ownerId, fileName, contentType, sizeBytes, sha256 } = attachment;
      await this.audit.record(manager, {
        action: 'attachment.delete',
        entityType: 'Attachment',
        entityId: id,
        before: { ownerType, ownerId, fileName, contentType, sizeBytes, sha256 },
      });
    });
    // After the commit: a file left behind by a failure here is an orphan, never a row without its file.
    await this.storage
      .delete(attachment.storageKey)
      .catch((error: unknown) =>
        this.logger.warn(
          { err: error, storageKey: attachment.storageKey },
          'Could not remove a deleted attachment’s file',
        ),
      );
  }

  /**
   * Each record's attachments, oldest first (for the owning domain's per-request loader). The caller has
   * already checked that the records are readable (it returned them).
   */
  async byOwnerIds(ownerType: string, ids: readonly string[]): Promise<Map<string, AttachmentEntity[]>> {
    const byOwner = new Map<string, AttachmentEntity[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byOwner;
    const rows = await this.attachments.find({
      where: { ownerType, ownerId: In([...new Set(ids)]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) byOwner.get(row.ownerId)?.push(row);
    return byOwner;
  }

  /** Size and type rules; the refusal names the file and says what to do. */
  accept(fileName: string, bytes: Buffer): FileType {
    if (bytes.length === 0)
      throw new AttachmentRefusedException(
        `${fileName} is empty (0 bytes); choose the file again, or another file with content`,
        400,
      );
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge(fileName);
    const detected = detectFileType(bytes);
    if ('refusal' in detected) throw new AttachmentRefusedException(`${fileName} ${detected.refusal}`, 415);
    return detected.type;
  }
}
