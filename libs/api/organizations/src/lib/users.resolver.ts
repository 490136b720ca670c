import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Role, Roles, SignedIn } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { UsersService } from './users.service';
import { OrganizationsLoader } from './organizations.loader';
import { CreateUserInput } from './dto/create-user.input';
import { ChangePasswordArgs } from './dto/change-password.args';
import { MembershipModel, UserModel } from './models/user.model';
import { OrganizationModel } from './models/organization.model';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly loader: OrganizationsLoader,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  me(@CurrentUser() user: AuthUser | null): UserModel | null {
    return user ? UserModel.from(user) : null;
  }

  @Roles(Role.PROGRAM_OFFICER, Role.APPLICANT)
  @Mutation(() => UserModel, { description: 'Officers create any user; an organisation OWNER may add applicants to it.' })
  async createUser(@Args('input') input: CreateUserInput, @CurrentUser() actor: AuthUser): Promise<UserModel> {
    return UserModel.from(await this.users.create(input, actor));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Changes the caller's password and ends their other sessions." })
  async changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @CurrentUser() actor: AuthUser): Promise<boolean> {
    await this.users.changePassword(actor, currentPassword, newPassword);
    return true;
  }

  @ResolveField(() => [MembershipModel])
  async memberships(@Parent() user: UserModel, @Context() context: GqlContext): Promise<MembershipModel[]> {
    const rows = await this.loader.membershipsOf(context, user.id);
    return rows.map((m) => ({ role: m.role, organization: OrganizationModel.from(m.organization!) }));
  }
}
