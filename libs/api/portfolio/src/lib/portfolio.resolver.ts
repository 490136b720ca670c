import { Query, Resolver } from '@nestjs/graphql';
import { Allow, OptionalIdArg } from '@abate/api/core';
import { PortfolioService } from './portfolio.service';
import { PortfolioOutcomesModel } from './models/portfolio.model';
import { PORTFOLIO_POLICY } from './portfolio.policy';

@Resolver(() => PortfolioOutcomesModel)
export class PortfolioResolver {
  constructor(private readonly portfolio: PortfolioService) {}

  @Allow(PORTFOLIO_POLICY.portfolioOutcomes)
  @Query(() => PortfolioOutcomesModel, {
    description:
      'Outcomes by quarter with derived rates, targets against actuals, spending against budget, safeguard flags and overdue reports, for a round or (roundId null) every round.',
  })
  portfolioOutcomes(@OptionalIdArg('roundId') roundId: string | undefined): Promise<PortfolioOutcomesModel> {
    return this.portfolio.outcomes(roundId ?? null);
  }
}
