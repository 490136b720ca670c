import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChecklistsModule } from '@abate/api/checklists';
import { RoundsModule } from '@abate/api/rounds';
import { OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';
import { AttachmentsModule } from '@abate/api/attachments';
import { ApplicationAttachmentOwner, ApplicationAttachmentsResolver } from './application-attachments';
import { ApplicationEntity } from './entities/application.entity';
import { ApplicationsService } from './applications.service';
import { ApplicationsLoader } from './applications.loader';
import { ApplicationsResolver } from './applications.resolver';

/** Applications: drafts saved together, validation, safeguard flags, submission with receipts. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ApplicationEntity]),
    ChecklistsModule,
    RoundsModule,
    OrganizationsModule,
    NotificationsModule,
    AttachmentsModule,
  ],
  providers: [
    ApplicationsService,
    ApplicationsLoader,
    ApplicationsResolver,
    ApplicationAttachmentOwner,
    ApplicationAttachmentsResolver,
  ],
  exports: [ApplicationsService, ApplicationsLoader],
})
export class ApplicationsModule {}
