import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditWriter, NotFoundException, Transactions } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { ApplicationsService } from '@abate/api/applications';
import { AttachmentEntity } from './entities/attachment.entity';
import { AttachmentStorage, StoredFileMissingError } from './storage/attachment-storage';
import { AttachmentRefusedException } from './attachment-errors';
import { detectFileType, MAX_ATTACHMENT_BYTES } from './file-type';
import type { FileType } from './file-type';

export const MAX_ATTACHMENT_TEXT = '10 MB';

/** Refusals for a file that is too large, before or after it is read. */
export const tooLarge = (fileName: string) =>
  new AttachmentRefusedException(`${fileName} is larger than ${MAX_ATTACHMENT_TEXT}, the limit for each file; make it smaller or split it, and upload it again`, 413);

/**
 * An application's supporting documents: members of its organisation add and
 * remove them while it is a draft; whoever may read the application may read them.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly applications: ApplicationsService,
    private readonly storage: AttachmentStorage,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
  ) {}

  /** May this caller attach files to this application now? Asked before the upload is received. */
  async assertCanAttach(actor: AuthUser, applicationId: string): Promise<void> {
    await this.applications.getEditable(actor, applicationId);
  }

  /** The bytes are checked (size, type by content) and stored, then the row and its audit event commit together. */
  async upload(actor: AuthUser, applicationId: string, fileName: string, bytes: Buffer): Promise<AttachmentEntity> {
    await this.applications.getEditable(actor, applicationId);
    const type = this.accept(fileName, bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = randomUUID();
    await this.storage.put(storageKey, bytes);
    try {
      return await this.transactions.run(async (manager) => {
        await this.lockDraft(manager, applicationId);
        const saved = await manager.save(
          manager.create(AttachmentEntity, { applicationId, fileName, contentType: type.contentType, sizeBytes: bytes.length, sha256, storageKey, uploadedBy: actor.id }),
        );
        await this.audit.record(manager, {
          action: 'attachment.upload',
          entityType: 'Attachment',
          entityId: saved.id,
          after: { applicationId, fileName, contentType: type.contentType, sizeBytes: bytes.length, sha256 },
        });
        return saved;
      });
    } catch (error) {
      // No row, so no file: a refused or failed upload leaves nothing behind.
      await this.storage.delete(storageKey).catch((cleanup: unknown) => this.logger.warn({ err: cleanup, storageKey }, 'Could not remove the file of a failed upload'));
      throw error;
    }
  }

  /** The attachment and its bytes, for a caller who may read its application. */
  async open(actor: AuthUser, id: string): Promise<{ attachment: AttachmentEntity; content: Readable }> {
    const attachment = await this.attachments.findOne({ where: { id } });
    if (!attachment) throw new NotFoundException('Attachment', 'id');
    await this.applications.getReadable(actor, attachment.applicationId);
    try {
      return { attachment, content: await this.storage.get(attachment.storageKey) };
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      this.logger.error({ attachmentId: id, storageKey: attachment.storageKey }, 'An attachment row has no stored file');
      throw new NotFoundException('The stored file of this attachment', 'id');
    }
  }

  /** Removes the row (audited) and then the stored file, while the application is a draft. */
  async delete(actor: AuthUser, id: string): Promise<void> {
    const attachment = await this.attachments.findOne({ where: { id } });
    if (!attachment) throw new NotFoundException('Attachment', 'id');
    await this.applications.getEditable(actor, attachment.applicationId);
    await this.transactions.run(async (manager) => {
      await this.lockDraft(manager, attachment.applicationId);
      const { affected } = await manager.delete(AttachmentEntity, { id });
      if (!affected) throw new NotFoundException('Attachment', 'id');
      const { applicationId, fileName, contentType, sizeBytes, sha256 } = attachment;
      await this.audit.record(manager, { action: 'attachment.delete', entityType: 'Attachment', entityId: id, before: { applicationId, fileName, contentType, sizeBytes, sha256 } });
    });
    // After the commit: a file left behind by a failure here is an orphan, never a row without its file.
    await this.storage.delete(attachment.storageKey).catch((error: unknown) => this.logger.warn({ err: error, storageKey: attachment.storageKey }, 'Could not remove a deleted attachment’s file'));
  }

  /** Each application's attachments, oldest first (for the per-request loader). */
  async byApplicationIds(ids: readonly string[]): Promise<Map<string, AttachmentEntity[]>> {
    const byApplication = new Map<string, AttachmentEntity[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byApplication;
    const rows = await this.attachments.find({ where: { applicationId: In([...new Set(ids)]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) byApplication.get(row.applicationId)?.push(row);
    return byApplication;
  }

  /** Size and type rules; the refusal names the file and says what to do. */
  accept(fileName: string, bytes: Buffer): FileType {
    if (bytes.length === 0) throw new AttachmentRefusedException(`${fileName} is empty (0 bytes); choose the file again, or another file with content`, 400);
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge(fileName);
    const detected = detectFileType(bytes);
    if ('refusal' in detected) throw new AttachmentRefusedException(`${fileName} ${detected.refusal}`, 415);
    return detected.type;
  }

  /** Holds off a submission until this change commits, and refuses once the application has left DRAFT. */
  private async lockDraft(manager: EntityManager, applicationId: string): Promise<void> {
    await this.applications.lockDraftForShare(manager, applicationId);
  }
}
