import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import {
  AttachmentModel,
  AttachmentOwners,
  AttachmentsService,
  type AttachmentEntity,
  type AttachmentOwner,
} from '@abate/api/attachments';
import { ApplicationsService } from './applications.service';
import { ApplicationModel } from './models/application.model';

export const APPLICATION_ATTACHMENT_OWNER = 'APPLICATION';

/**
 * Applications own supporting documents: members of the organization add and remove them while the
 * application is a draft; whoever may read the application (reviewers' grants included) reads them.
 */
@Injectable()
export class ApplicationAttachmentOwner implements AttachmentOwner, OnModuleInit {
  readonly type = APPLICATION_ATTACHMENT_OWNER;
  readonly path = 'applications';

  constructor(
    private readonly owners: AttachmentOwners,
    private readonly applications: ApplicationsService,
  ) {}

  onModuleInit(): void {
    this.owners.register(this);
  }

  async assertCanChange(actor: AuthUser, applicationId: string): Promise<void> {
    await this.applications.getEditable(actor, applicationId);
  }

  async assertCanRead(actor: AuthUser, applicationId: string): Promise<void> {
    await this.applications.getReadable(actor, applicationId);
  }

  /** Holds off a submission until this change commits, and refuses once the application has left DRAFT. */
  async lockForChange(manager: EntityManager, applicationId: string): Promise<void> {
    await this.applications.lockDraftForShare(manager, applicationId);
  }
}

/** `Application.attachments`. */
@Resolver(() => ApplicationModel)
export class ApplicationAttachmentsResolver {
  constructor(private readonly files: AttachmentsService) {}

  // The parent was already checked by whoever returned it (application, applications), so its files are readable too.
  @ResolveField(() => [AttachmentModel], {
    description: 'Supporting documents, oldest first. Upload with POST /api/applications/{id}/attachments.',
  })
  async attachments(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<AttachmentModel[]> {
    const loader = requestLoader<string, AttachmentEntity[]>(context, 'attachments-by-application', async (ids) => {
      const found = await this.files.byOwnerIds(APPLICATION_ATTACHMENT_OWNER, ids);
      return ids.map((id) => found.get(id) ?? []);
    });
    return (await loader.load(app.id)).map(AttachmentModel.from);
  }
}
