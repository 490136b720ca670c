import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, IdArg, mapPage, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { UsersService } from './users.service';
import { ExternalIdentitiesService } from './external-identities.service';
import { CreateUserInput } from './dto/create-user.input';
import { ChangePasswordArgs } from './dto/change-password.args';
import { UsersArgs } from './dto/users.args';
import { UpdateUserRolesArgs } from './dto/update-user-roles.args';
import { ExternalIdentityModel, UserConnection, UserModel } from './models/user.model';
import { IDENTITY_POLICY } from './identity.policy';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly identityService: ExternalIdentitiesService,
  ) {}

  @Allow(IDENTITY_POLICY.me)
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  me(@CurrentUser() user: AuthUser | null): UserModel | null {
    if (!user) return null;
    return Object.assign(UserModel.from(user), { sessionExpiresAt: user.sessionExpiresAt ?? null });
  }

  @Allow(IDENTITY_POLICY.createUser)
  @Mutation(() => UserModel, {
    description: 'Officers create any user. Organization owners invite people instead (inviteUser).',
  })
  async createUser(@Args('input') input: CreateUserInput, @CurrentUser() actor: AuthUser): Promise<UserModel> {
    return UserModel.from(await this.service.create(input, actor));
  }

  @Allow(IDENTITY_POLICY.changePassword)
  @Mutation(() => Boolean, { description: "Changes the caller's password and ends their other sessions." })
  async changePassword(
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<boolean> {
    await this.service.changePassword(actor, currentPassword, newPassword);
    return true;
  }

  @Allow(IDENTITY_POLICY.users)
  @Query(() => UserConnection, {
    description: 'Officers and auditors: every account, by role, organization and a search over name and e-mail.',
  })
  async users(@Args() args: UsersArgs): Promise<UserConnection> {
    return mapPage(await this.service.list(args), UserModel.from);
  }

  @Allow(IDENTITY_POLICY.updateUserRoles)
  @Mutation(() => UserModel, { description: "Officers: replaces a user's roles (not their own)." })
  async updateUserRoles(
    @Args() { id, roles }: UpdateUserRolesArgs,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserModel> {
    return UserModel.from(await this.service.updateRoles(actor, id.toLowerCase(), roles));
  }

  @Allow(IDENTITY_POLICY.deactivateUser)
  @Mutation(() => UserModel, {
    description: 'Officers: the account can no longer sign in, and its sessions end at once.',
  })
  async deactivateUser(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<UserModel> {
    return UserModel.from(await this.service.setActive(actor, id, false));
  }

  @Allow(IDENTITY_POLICY.reactivateUser)
  @Mutation(() => UserModel, { description: 'Officers: the account may sign in again.' })
  async reactivateUser(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<UserModel> {
    return UserModel.from(await this.service.setActive(actor, id, true));
  }

  /** A user's provider identities: their own, or anyone's for officers and auditors (who read `users`). */
  @ResolveField(() => [ExternalIdentityModel])
  async identities(
    @Parent() user: UserModel,
    @CurrentUser() actor: AuthUser | null,
    @Context() context: GqlContext,
  ): Promise<ExternalIdentityModel[]> {
    if (!actor || (actor.id !== user.id && !this.identityService.mayReadOthers(actor))) return [];
    return requestLoader<string, ExternalIdentityModel[]>(context, 'identities-by-user', async (ids) => {
      const byUser = await this.identityService.ofUsers(ids);
      return ids.map((id) => byUser.get(id) ?? []);
    }).load(user.id);
  }
}
