import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AttachmentEntity } from '../entities/attachment.entity';

/** Where a signed-in reader downloads an attachment (same origin as /graphql; the session cookie authenticates). */
export const downloadUrlOf = (id: string) => `/api/attachments/${id}`;

@ObjectType('Attachment', {
  description:
    'A file that belongs to a record, such as a supporting document of an application (PDF, Word, Excel, PNG or JPEG; at most 10 MB).',
})
export class AttachmentModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As the uploader named it.' })
  fileName!: string;

  @Field({ description: 'Detected from the content, e.g. application/pdf, image/png.' })
  contentType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field()
  uploadedAt!: Date;

  @Field({ description: 'GET with the session cookie or a bearer token; answers the file as a download.' })
  downloadUrl!: string;

  static from(entity: AttachmentEntity): AttachmentModel {
    return Object.assign(new AttachmentModel(), {
      id: entity.id,
      fileName: entity.fileName,
      contentType: entity.contentType,
      sizeBytes: entity.sizeBytes,
      uploadedAt: entity.createdAt,
      downloadUrl: downloadUrlOf(entity.id),
    });
  }
}

/** What POST /api/<owner>/:id/attachments answers. */
export interface AttachmentJson {
  id: string;
  /** APPLICATION, QUARTERLY_REPORT, PAYMENT_REQUEST... */
  ownerType: string;
  ownerId: string;
  /** The owner's id when it is an application (what the first version of this route answered). */
  applicationId?: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  downloadUrl: string;
}

export function attachmentJson(entity: AttachmentEntity): AttachmentJson {
  return {
    id: entity.id,
    ownerType: entity.ownerType,
    ownerId: entity.ownerId,
    ...(entity.ownerType === 'APPLICATION' ? { applicationId: entity.ownerId } : {}),
    fileName: entity.fileName,
    contentType: entity.contentType,
    sizeBytes: entity.sizeBytes,
    sha256: entity.sha256,
    uploadedAt: entity.createdAt.toISOString(),
    downloadUrl: downloadUrlOf(entity.id),
  };
}
