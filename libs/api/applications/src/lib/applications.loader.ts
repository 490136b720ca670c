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

  round(context: GqlContext, id: string): Promise<FundingRoundEntity> {
    return requestLoader(
      context,
      'round-by-id',
      batchBy((ids) => this.rounds.byIds(ids), 'Round'),
    ).load(id);
  }

  checklist(context: GqlContext, id: string): Promise<ChecklistVersionEntity> {
    return requestLoader(
      context,
      'checklist-by-id',
      batchBy((ids) => this.checklists.byIds(ids), 'Checklist'),
    ).load(id);
  }

  organization(context: GqlContext, id: string): Promise<OrganizationEntity> {
    return requestLoader(
      context,
      'organization-by-id',
      batchBy((ids) => this.organizations.byIds(ids), 'Organization'),
    ).load(id);
  }
}
