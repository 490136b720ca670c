import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@abate/api/core';
import { AttachmentEntity } from './entities/attachment.entity';
import { AttachmentStorage } from './storage/attachment-storage';
import { createAttachmentStorage } from './storage/attachment-storage.factory';
import { AttachmentOwners } from './attachment-owner';
import { AttachmentsService } from './attachments.service';
import { AttachmentsResolver } from './attachments.resolver';
import { AttachmentsController } from './http/attachments.controller';

/**
 * Files of any record: bytes over HTTP into AttachmentStorage, metadata in PostgreSQL and GraphQL.
 * Imports no other domain: each owning domain imports this module and registers its AttachmentOwner.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity])],
  controllers: [AttachmentsController],
  providers: [
    // S3 when S3_BUCKET is set, else STORAGE_DIR. Neither touches disk or network until the
    // first upload, so building the schema alone needs no storage.
    {
      provide: AttachmentStorage,
      useFactory: (config: AppConfig) => createAttachmentStorage(config),
      inject: [AppConfig],
    },
    AttachmentOwners,
    AttachmentsService,
    AttachmentsResolver,
  ],
  exports: [AttachmentsService, AttachmentStorage, AttachmentOwners],
})
export class AttachmentsModule {}
