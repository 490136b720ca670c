import { Context, Query, Resolver } from '@nestjs/graphql';
import { Allow, OptionalIdArg, RateLimitedException } from '@abate/api/core';
import type { GqlContext } from '@abate/api/core';
import { PublicService } from './public.service';
import { PublicAwardModel, PublicOutcomesModel } from './models/public.model';
import { PUBLIC_POLICY } from './public.policy';

/** Distinct public aggregates one request may compute; the same one asked again (an alias) is computed once. */
export const MAX_PUBLIC_AGGREGATES_PER_REQUEST = 4;

/** The transparency page: anyone, signed in or not. Its types are its own, so no field leads to data that is not public. */
@Resolver()
export class PublicResolver {
  constructor(private readonly publicService: PublicService) {}

  @Allow(PUBLIC_POLICY.publicAwards)
  @Query(() => [PublicAwardModel], {
    description: 'Awards of a round (every round when null): jurisdiction, amount, program and status.',
    complexity: 200,
  })
  publicAwards(
    @OptionalIdArg('roundId') roundId: string | undefined,
    @Context() context: GqlContext,
  ): Promise<PublicAwardModel[]> {
    return this.once(context, `awards:${roundId ?? ''}`, () => this.publicService.awards(roundId ?? null));
  }

  @Allow(PUBLIC_POLICY.publicOutcomes)
  @Query(() => PublicOutcomesModel, {
    description:
      'Outcomes by quarter and spending by category; counts from 1 to 10, and every total that includes one, are suppressed.',
    complexity: 1000,
  })
  publicOutcomes(
    @OptionalIdArg('roundId') roundId: string | undefined,
    @Context() context: GqlContext,
  ): Promise<PublicOutcomesModel> {
    return this.once(context, `outcomes:${roundId ?? ''}`, () => this.publicService.outcomes(roundId ?? null));
  }

  /** Per request: aliases of one aggregate share one computation, and a request computes only a few. */
  private once<T>(context: GqlContext, key: string, compute: () => Promise<T>): Promise<T> {
    const memo =
      (context.loaders.get('public.aggregates') as Map<string, Promise<unknown>> | undefined) ??
      new Map<string, Promise<unknown>>();
    context.loaders.set('public.aggregates', memo);
    const known = memo.get(key) as Promise<T> | undefined;
    if (known) return known;
    if (memo.size >= MAX_PUBLIC_AGGREGATES_PER_REQUEST) {
      return Promise.reject(
        new RateLimitedException(
          `At most ${MAX_PUBLIC_AGGREGATES_PER_REQUEST} public figures per request; ask for the others separately`,
        ),
      );
    }
    const pending = compute();
    memo.set(key, pending);
    return pending;
  }
}
