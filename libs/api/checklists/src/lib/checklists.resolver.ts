import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Role, Roles } from '@abate/api/core';
import { ChecklistsService } from './checklists.service';
import { ChecklistModel } from './models/checklist.model';
import { ChecklistInput } from './dto/checklist.input';

@Resolver(() => ChecklistModel)
export class ChecklistsResolver {
  constructor(private readonly service: ChecklistsService) {}

  @Public()
  @Query(() => ChecklistModel, { description: 'A published checklist version; the latest when no version is given.' })
  async checklist(
    @Args('key') key: string,
    @Args('version', { type: () => String, nullable: true }) version?: string | null,
  ): Promise<ChecklistModel> {
    return ChecklistModel.from(await this.service.find(key, version));
  }

  @Roles(Role.PROGRAM_OFFICER)
  @Mutation(() => ChecklistModel, { description: 'Publishes a new, immutable checklist version (same JSON shape as the shipped file).' })
  async publishChecklistVersion(@Args('input') input: ChecklistInput): Promise<ChecklistModel> {
    return ChecklistModel.from(await this.service.publish(input));
  }
}
