import { Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { ApplicationModel } from '@abate/api/applications';
import { AttachmentsService } from './attachments.service';
import type { AttachmentEntity } from './entities/attachment.entity';
import { AttachmentModel } from './models/attachment.model';
import { ATTACHMENTS_POLICY } from './attachments.policy';

/** `Application.attachments` and `deleteAttachment`; uploads and downloads are HTTP routes (AttachmentsController). */
@Resolver(() => ApplicationModel)
export class AttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  // The parent was already checked by whoever returned it (application, applications), so its files are readable too.
  @ResolveField(() => [AttachmentModel], { description: 'Supporting documents, oldest first. Upload with POST /api/applications/{id}/attachments.' })
  async attachments(@Parent() app: ApplicationModel, @Context() context: GqlContext): Promise<AttachmentModel[]> {
    const loader = requestLoader<string, AttachmentEntity[]>(context, 'attachments-by-application', async (ids) => {
      const found = await this.service.byApplicationIds(ids);
      return ids.map((id) => found.get(id) ?? []);
    });
    return (await loader.load(app.id)).map(AttachmentModel.from);
  }

  @Allow(ATTACHMENTS_POLICY.deleteAttachment)
  @Mutation(() => Boolean, { description: 'Removes a supporting document and its stored file, while the application is a draft.' })
  async deleteAttachment(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<boolean> {
    await this.service.delete(actor, id);
    return true;
  }
}
