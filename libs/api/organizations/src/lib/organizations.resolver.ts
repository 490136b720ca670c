import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, mapPage, PageArgs } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { OrganizationsService } from './organizations.service';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { OrganizationConnection, OrganizationModel } from './models/organization.model';
import { ORGANIZATIONS_POLICY } from './organizations.policy';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Allow(ORGANIZATIONS_POLICY.organizations)
  @Query(() => OrganizationConnection, { description: 'Officers and auditors: all organisations; others: their own.' })
  async organizations(@Args() args: PageArgs, @CurrentUser() actor: AuthUser): Promise<OrganizationConnection> {
    return mapPage(await this.service.list(actor, args), OrganizationModel.from);
  }

  @Allow(ORGANIZATIONS_POLICY.createOrganization)
  @Mutation(() => OrganizationModel)
  async createOrganization(@Args('input') input: CreateOrganizationInput): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.service.create(input));
  }
}
