import { Injectable } from '@nestjs/common';
import { GqlContext, requestLoader } from '@abate/api/core';
import { OrganizationsService } from './organizations.service';
import type { MembershipEntity } from './entities/membership.entity';

/** Batches per-user membership lookups within one request. */
@Injectable()
export class OrganizationsLoader {
  constructor(private readonly organizations: OrganizationsService) {}

  membershipsOf(context: GqlContext, userId: string): Promise<MembershipEntity[]> {
    return requestLoader<string, MembershipEntity[]>(context, 'memberships-by-user', async (ids) => {
      const byUser = await this.organizations.membershipsOfUsers(ids);
      return ids.map((id) => byUser.get(id) ?? []);
    }).load(userId);
  }
}
