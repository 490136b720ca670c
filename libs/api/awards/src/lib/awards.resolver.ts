import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, BadUserInputException, CurrentUser, IdArg, MAX_PAGE_SIZE, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { ApplicationModel, ApplicationsLoader, ApplicationsService, ApplicationStatus } from '@abate/api/applications';
import { FundingRoundModel, RoundsService, RoundStatus } from '@abate/api/rounds';
import { RankingService } from './ranking.service';
import { DecisionsService } from './decisions.service';
import { DecisionInput } from './dto/decision.input';
import { FundingDecisionModel, RoundRankingModel } from './models/ranking.model';
import type { FundingDecisionEntity } from './entities/funding-decision.entity';
import { AWARDS_FIELD_VISIBILITY, AWARDS_POLICY } from './awards.policy';

export const TIE_RULE =
  'Higher score first; applications without reviews last. Equal scores (to six decimals): fewer critical gaps first, then the smaller spread between reviewers, then the earlier submission, then the tracking id.';

/** A page's end in the ranking's order, as an opaque cursor. */
export const rankingCursor = (position: number) => Buffer.from(`ranking:${position}`).toString('base64url');

/**
 * Which rows of the ranking to answer: all (no `first`, the contract's shape) or a page of
 * `first` rows after `after`. Pages follow the ranking's order at the time each is read.
 */
export function rankingWindow(
  first: number | null | undefined,
  after: string | null | undefined,
): { offset: number; first: number | null } {
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)) {
    throw new BadUserInputException('first', `first must be 1 to ${MAX_PAGE_SIZE}`);
  }
  let offset = 0;
  if (after !== null && after !== undefined) {
    const match =
      after.length <= 64 ? /^ranking:(\d{1,7})$/.exec(Buffer.from(after, 'base64url').toString('utf8')) : null;
    if (!match) throw new BadUserInputException('after', 'after is not a cursor of this ranking');
    offset = Number(match[1]);
  }
  return { offset, first: first ?? null };
}

@Resolver(() => RoundRankingModel)
export class AwardsResolver {
  constructor(
    private readonly ranking: RankingService,
    private readonly decisions: DecisionsService,
    private readonly applications: ApplicationsService,
    private readonly rounds: RoundsService,
  ) {}

  @Allow(AWARDS_POLICY.roundRanking)
  @Query(() => RoundRankingModel, {
    description: 'Applications by score with the funding line drawn by the budget. Officers and auditors only.',
  })
  async roundRanking(
    @IdArg('roundId') roundId: string,
    @Args('normalize', { type: () => Boolean, nullable: true }) normalize?: boolean | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: `Rows per page, 1 to ${MAX_PAGE_SIZE}; omitted: every row.`,
    })
    first?: number | null,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
  ): Promise<RoundRankingModel> {
    const window = rankingWindow(first, after);
    const [r, raw] = await Promise.all([
      this.ranking.cachedRanking(roundId, normalize ?? false),
      // Decisions are checked against the ranking by raw scores: each row says where it stands there too.
      normalize ? this.ranking.cachedRanking(roundId, false) : null,
    ]);
    const rawRowOf = raw ? new Map(raw.rows.map((row) => [row.applicationId, row])) : null;
    const end = window.first === null ? r.rows.length : Math.min(r.rows.length, window.offset + window.first);
    const pageRows = r.rows.slice(window.offset, end);
    let lastRankAboveFundingLine = 0;
    let undecidedCount = 0;
    for (const row of r.rows) {
      if (row.aboveFundingLine) lastRankAboveFundingLine = row.rank;
      if (!row.decision && row.application.status === ApplicationStatus.SUBMITTED) undecidedCount += 1;
    }
    return {
      totalCount: r.rows.length,
      lastRankAboveFundingLine,
      undecidedCount,
      pageInfo: { hasNextPage: end < r.rows.length, endCursor: pageRows.length ? rankingCursor(end) : null },
      roundId,
      normalized: r.normalize,
      budgetCents: r.budgetCents,
      fundedCents: r.fundedCents,
      awardedCents: r.awardedCents,
      tieRule: TIE_RULE,
      rows: pageRows.map((row) => ({
        rank: row.rank,
        application: ApplicationModel.from(row.application),
        organizationName: row.organizationName,
        score: row.rawScore,
        normalizedScore: row.normalizedScore,
        reviewerCount: row.reviewerCount,
        spread: row.spread,
        criticalGaps: row.criticalGaps,
        disagreements: row.disagreements,
        safeguardFlags: row.flags.map((f) => ({ ...f, source: { ...f.source, url: f.source.url ?? null } })),
        requestedCents: row.requestedCents,
        recommendedCents: row.recommendedCents,
        aboveFundingLine: row.aboveFundingLine,
        rawAboveFundingLine: (rawRowOf?.get(row.applicationId) ?? row).aboveFundingLine,
        rawRecommendedCents: (rawRowOf?.get(row.applicationId) ?? row).recommendedCents,
        decision: row.decision ? FundingDecisionModel.from(row.decision, { withOverride: true }) : null,
      })),
    };
  }

  @Allow(AWARDS_POLICY.decideApplication)
  @Mutation(() => ApplicationModel, {
    description:
      'AWARD within the award range and the request, or DECLINE with a reason; an override reason when awarding against the ranking.',
  })
  async decideApplication(
    @IdArg('applicationId') applicationId: string,
    @Args('input') input: DecisionInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.decisions.decide(actor, applicationId, input));
  }

  @Allow(AWARDS_POLICY.releaseDecisions)
  @Mutation(() => FundingRoundModel, {
    description: 'Every submitted application must have a decision. Creates the awards and tells the applicants.',
  })
  async releaseDecisions(@IdArg('roundId') roundId: string): Promise<FundingRoundModel> {
    return FundingRoundModel.from(await this.decisions.release(roundId), this.rounds.now());
  }
}

/** The decision on the application itself: officers and auditors at once, the applicant's members once released. */
@Resolver(() => ApplicationModel)
export class ApplicationDecisionResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly loader: ApplicationsLoader,
    private readonly rounds: RoundsService,
  ) {}

  @ResolveField(() => FundingDecisionModel, { nullable: true })
  async decision(
    @Parent() app: ApplicationModel,
    @Context() context: GqlContext,
    @CurrentUser() actor: AuthUser,
  ): Promise<FundingDecisionModel | null> {
    const decision = await requestLoader(context, 'decision-by-application', async (ids: readonly string[]) => {
      const found = await this.decisions.byApplicationIds(ids);
      return ids.map((id): FundingDecisionEntity | null => found.get(id) ?? null);
    }).load(app.id);
    if (!decision) return null;
    const visibility = AWARDS_FIELD_VISIBILITY.applicationDecision(actor);
    if (visibility === 'full') return FundingDecisionModel.from(decision, { withOverride: true });
    // Reading the application already required membership (or a review grant); reviewers never see decisions.
    if (visibility === 'hidden') return null;
    const round = await this.loader.round(context, app.roundId);
    return this.rounds.status(round) === RoundStatus.DECIDED
      ? FundingDecisionModel.from(decision, { withOverride: false })
      : null;
  }
}
