import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Clock, CurrentUser, IdArg, mapPage } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { InvitationsService } from './invitations.service';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationsArgs } from './dto/invitations.args';
import { InvitationConnection, InvitationModel } from './models/invitation.model';
import { IDENTITY_POLICY } from './identity.policy';

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly clock: Clock,
  ) {}

  @Allow(IDENTITY_POLICY.inviteUser)
  @Mutation(() => InvitationModel, {
    description:
      'Mails a one-time link (7 days). Officers invite anyone; an organization OWNER invites applicants to it.',
  })
  async inviteUser(@Args('input') input: InviteUserInput, @CurrentUser() actor: AuthUser): Promise<InvitationModel> {
    const { invitation } = await this.service.invite(actor, input);
    return InvitationModel.from(invitation, this.clock.now());
  }

  @Allow(IDENTITY_POLICY.invitations)
  @Query(() => InvitationConnection, {
    description: "Officers: every invitation; owners: their organization's (pass organizationId).",
  })
  async invitations(@Args() args: InvitationsArgs, @CurrentUser() actor: AuthUser): Promise<InvitationConnection> {
    const now = this.clock.now();
    return mapPage(await this.service.list(actor, args), (i) => InvitationModel.from(i, now));
  }

  @Allow(IDENTITY_POLICY.revokeInvitation)
  @Mutation(() => InvitationModel, { description: 'Withdraws a pending invitation: its link stops working.' })
  async revokeInvitation(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<InvitationModel> {
    return InvitationModel.from(await this.service.revoke(actor, id), this.clock.now());
  }
}
