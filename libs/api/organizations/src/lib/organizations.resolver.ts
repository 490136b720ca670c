import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, mapPage, PageArgs, Role, Roles, SignedIn } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { OrganizationsService } from './organizations.service';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { OrganizationConnection, OrganizationModel } from './models/organization.model';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @SignedIn()
  @Query(() => OrganizationConnection, { description: 'Officers and auditors: all organisations; others: their own.' })
  async organizations(@Args() args: PageArgs, @CurrentUser() actor: AuthUser): Promise<OrganizationConnection> {
    return mapPage(await this.service.list(actor, args), OrganizationModel.from);
  }

  @Roles(Role.PROGRAM_OFFICER)
  @Mutation(() => OrganizationModel)
  async createOrganization(@Args('input') input: CreateOrganizationInput): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.service.create(input));
  }
}
