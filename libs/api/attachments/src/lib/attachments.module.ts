import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@abate/api/core';
import { ApplicationsModule } from '@abate/api/applications';
import { AttachmentEntity } from './entities/attachment.entity';
import { AttachmentStorage } from './storage/attachment-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { AttachmentsService } from './attachments.service';
import { AttachmentsResolver } from './attachments.resolver';
import { AttachmentsController } from './http/attachments.controller';

/** Applications' supporting documents: bytes over HTTP into AttachmentStorage, metadata in PostgreSQL and GraphQL. */
@Module({
  imports: [TypeOrmModule.forFeature([AttachmentEntity]), ApplicationsModule],
  controllers: [AttachmentsController],
  providers: [
    // Folders are created on the first upload, so building the schema alone touches no disk.
    { provide: AttachmentStorage, useFactory: (config: AppConfig) => new LocalDiskStorage(config.STORAGE_DIR), inject: [AppConfig] },
    AttachmentsService,
    AttachmentsResolver,
  ],
  exports: [AttachmentsService, AttachmentStorage],
})
export class AttachmentsModule {}
