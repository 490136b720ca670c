import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@abate/api/core';
import { UserModel } from '@abate/api/identity';
import { OrganizationsLoader } from './organizations.loader';
import { MembershipModel } from './models/membership.model';
import { OrganizationModel } from './models/organization.model';

/** Adds `memberships` to identity's User type (organizations owns memberships). */
@Resolver(() => UserModel)
export class UserMembershipsResolver {
  constructor(private readonly loader: OrganizationsLoader) {}

  @ResolveField(() => [MembershipModel])
  async memberships(@Parent() user: UserModel, @Context() context: GqlContext): Promise<MembershipModel[]> {
    const rows = await this.loader.membershipsOf(context, user.id);
    return rows.map((m) => ({ role: m.role, organization: OrganizationModel.from(m.organization!) }));
  }
}
