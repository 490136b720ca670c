import { Query, Resolver } from '@nestjs/graphql';
import { Allow, OptionalIdArg } from '@abate/api/core';
import { PublicService } from './public.service';
import { PublicAwardModel, PublicOutcomesModel } from './models/public.model';
import { PUBLIC_POLICY } from './public.policy';

/** The transparency page: anyone, signed in or not. Its types are its own, so no field leads to data that is not public. */
@Resolver()
export class PublicResolver {
  constructor(private readonly publicService: PublicService) {}

  @Allow(PUBLIC_POLICY.publicAwards)
  @Query(() => [PublicAwardModel], { description: 'Awards of a round (every round when null): jurisdiction, amount, program and status.' })
  publicAwards(@OptionalIdArg('roundId') roundId: string | undefined): Promise<PublicAwardModel[]> {
    return this.publicService.awards(roundId ?? null);
  }

  @Allow(PUBLIC_POLICY.publicOutcomes)
  @Query(() => PublicOutcomesModel, { description: 'Outcomes by quarter and spending by category; counts from 1 to 10, and figures that would reveal them, are suppressed.' })
  publicOutcomes(@OptionalIdArg('roundId') roundId: string | undefined): Promise<PublicOutcomesModel> {
    return this.publicService.outcomes(roundId ?? null);
  }
}
