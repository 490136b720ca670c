import { Injectable } from '@nestjs/common';
import { GqlContext, requestLoader } from '@abate/api/core';
import { ChecklistsService } from '@abate/api/checklists';
import type { ChecklistVersionEntity } from '@abate/api/checklists';
import { RoundsService } from '@abate/api/rounds';
import type { FundingRoundEntity } from '@abate/api/rounds';
import { OrganizationsService } from '@abate/api/organizations';
import type { OrganizationEntity } from '@abate/api/organizations';

const batchBy =
  <V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>, label: string) =>
  async (ids: readonly string[]) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? new Error(`${label} ${id} not found`));
  };

/** Batches the lookups an application's fields make, per request. */
@Injectable()
export class ApplicationsLoader {
  constructor(
    private readonly rounds: RoundsService,
    private readonly checklists: ChecklistsService,
    private readonly organizations: OrganizationsService,
  ) {}

  private roundLoader(context: GqlContext) {
    return requestLoader(
      context,
      'round-by-id',
      batchBy((ids) => this.rounds.byIds(ids), 'Round'),
    );
  }

  round(context: GqlContext, id: string): Promise<FundingRoundEntity> {
    return this.roundLoader(context).load(id);
  }

  /** A round already read (joined to a list's rows): later loads in this request use it. */
  primeRound(context: GqlContext, round: FundingRoundEntity): void {
    this.roundLoader(context).prime(round.id, round);
  }

  checklist(context: GqlContext, id: string): Promise<ChecklistVersionEntity> {
    return requestLoader(
      context,
      'checklist-by-id',
      batchBy((ids) => this.checklists.byIds(ids), 'Checklist'),
    ).load(id);
  }

  private organizationLoader(context: GqlContext) {
    return requestLoader(
      context,
      'organization-by-id',
      batchBy((ids) => this.organizations.byIds(ids), 'Organization'),
    );
  }

  organization(context: GqlContext, id: string): Promise<OrganizationEntity> {
    return this.organizationLoader(context).load(id);
  }

  /** An organization already read (joined to a list's rows): later loads in this request use it. */
  primeOrganization(context: GqlContext, organization: OrganizationEntity): void {
    this.organizationLoader(context).prime(organization.id, organization);
  }
}
