import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@abate/api/core';
import { ApplicationsModule } from '@abate/api/applications';
import { AttachmentEntity } from './entities/attachment.entity';
import { AttachmentStorage } from './storage/attachment-storage';
import { createAttachmentStorage } from './storage/attachment-storage.factory';
import { AttachmentsService } from './attachments.service';
import { AttachmentsResolver } from './attachments.resolver';
import { AttachmentsController } from './http/attachments.controller';

/** Applications' supporting documents: bytes over HTTP into AttachmentStorage, metadata in PostgreSQL and GraphQL. */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity]), ApplicationsModule],
  controllers: [AttachmentsController],
  providers: [
    // S3 when S3_BUCKET is set, else STORAGE_DIR. Neither touches disk or network until the
    // first upload, so building the schema alone needs no storage.
    { provide: AttachmentStorage, useFactory: (config: AppConfig) => createAttachmentStorage(config), inject: [AppConfig] },
    AttachmentsService,
    AttachmentsResolver,
  ],
  exports: [AttachmentsService, AttachmentStorage],
})
export class AttachmentsModule {}
