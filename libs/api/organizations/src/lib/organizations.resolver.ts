import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { MembershipRole, UserModel } from '@abate/api/identity';
import { OrganizationsService } from './organizations.service';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { OrganizationConnection, OrganizationModel } from './models/organization.model';
import { OrganizationMemberModel } from './models/membership.model';
import { ORGANIZATIONS_POLICY, readsAllOrganizations } from './organizations.policy';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Allow(ORGANIZATIONS_POLICY.organizations)
  @Query(() => OrganizationConnection, {
    description: 'Officers, auditors and finance officers: all organizations; others: their own.',
  })
  async organizations(
    @Args() args: OrganizationsArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<OrganizationConnection> {
    return mapPage(await this.service.list(actor, args), OrganizationModel.from);
  }

  @Allow(ORGANIZATIONS_POLICY.organization)
  @Query(() => OrganizationModel, { description: 'One organization: staff read any, members their own.' })
  async organization(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.service.readable(actor, id));
  }

  @Allow(ORGANIZATIONS_POLICY.createOrganization)
  @Mutation(() => OrganizationModel)
  async createOrganization(@Args('input') input: CreateOrganizationInput): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.service.create(input));
  }

  @Allow(ORGANIZATIONS_POLICY.updateOrganization)
  @Mutation(() => OrganizationModel, {
    description: 'Officers: edits an organization, including the e-mail domains it claims.',
  })
  async updateOrganization(
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.service.update(id, version, input));
  }

  @Allow(ORGANIZATIONS_POLICY.updateMembership)
  @Mutation(() => OrganizationMemberModel, {
    description: "Officers, or an OWNER of the organization: changes a member's place in it.",
  })
  async updateMembership(
    @IdArg('userId') userId: string,
    @IdArg('organizationId') organizationId: string,
    @Args('organizationRole', { type: () => MembershipRole }) organizationRole: MembershipRole,
    @CurrentUser() actor: AuthUser,
  ): Promise<OrganizationMemberModel> {
    const m = await this.service.updateMembership(actor, userId, organizationId, organizationRole);
    return { user: UserModel.from(m.user!), role: m.role, since: m.createdAt };
  }

  @Allow(ORGANIZATIONS_POLICY.removeMembership)
  @Mutation(() => Boolean, {
    description: 'Officers, or an OWNER: takes a person out of the organization (the last owner stays).',
  })
  removeMembership(
    @IdArg('userId') userId: string,
    @IdArg('organizationId') organizationId: string,
    @CurrentUser() actor: AuthUser,
  ): Promise<boolean> {
    return this.service.removeMembership(actor, userId, organizationId);
  }

  /** The organization's people: staff see any organization's, members their own. */
  @ResolveField(() => [OrganizationMemberModel])
  async members(
    @Parent() org: OrganizationModel,
    @CurrentUser() actor: AuthUser | null,
  ): Promise<OrganizationMemberModel[]> {
    if (!actor) return [];
    if (!readsAllOrganizations(actor) && !(await this.service.membershipRole(actor.id, org.id))) return [];
    return (await this.service.members(org.id)).map((m) => ({
      user: UserModel.from(m.user!),
      role: m.role,
      since: m.createdAt,
    }));
  }
}
