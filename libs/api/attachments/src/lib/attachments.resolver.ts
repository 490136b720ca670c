import { Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { AttachmentsService } from './attachments.service';
import { ATTACHMENTS_POLICY } from './attachments.policy';

/**
 * `deleteAttachment`; uploads and downloads are HTTP routes (AttachmentsController). Each owning domain
 * resolves its own `attachments` field (e.g. Application.attachments) with AttachmentsService.byOwnerIds.
 */
@Resolver()
export class AttachmentsResolver {
  constructor(private readonly service: AttachmentsService) {}

  @Allow(ATTACHMENTS_POLICY.deleteAttachment)
  @Mutation(() => Boolean, {
    description:
      'Removes an attachment and its stored file, while the record it belongs to takes changes (an application: while it is a draft).',
  })
  async deleteAttachment(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<boolean> {
    await this.service.delete(actor, id);
    return true;
  }
}
