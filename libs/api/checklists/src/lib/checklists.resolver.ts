import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '@abate/api/core';
import { ChecklistsService } from './checklists.service';
import { ChecklistModel } from './models/checklist.model';
import { ChecklistInput } from './dto/checklist.input';
import { CHECKLISTS_POLICY } from './checklists.policy';

@Resolver(() => ChecklistModel)
export class ChecklistsResolver {
  constructor(private readonly service: ChecklistsService) {}

  @Allow(CHECKLISTS_POLICY.checklist)
  @Query(() => ChecklistModel, { description: 'A published checklist version; the latest when no version is given.' })
  async checklist(
    @Args('key') key: string,
    @Args('version', { type: () => String, nullable: true }) version?: string | null,
  ): Promise<ChecklistModel> {
    return ChecklistModel.from(await this.service.find(key, version));
  }

  @Allow(CHECKLISTS_POLICY.publishChecklistVersion)
  @Mutation(() => ChecklistModel, {
    description: 'Publishes a new, immutable checklist version (same JSON shape as the shipped file).',
  })
  async publishChecklistVersion(@Args('input') input: ChecklistInput): Promise<ChecklistModel> {
    return ChecklistModel.from(await this.service.publish(input));
  }
}
