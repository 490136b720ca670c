import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '@abate/api/applications';
import { ChecklistsModule } from '@abate/api/checklists';
import { RoundsModule } from '@abate/api/rounds';
import { OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';
import { ReviewsModule } from '@abate/api/reviews';
import { FundingDecisionEntity } from './entities/funding-decision.entity';
import { AwardEntity } from './entities/award.entity';
import { AwardBudgetLineEntity } from './entities/award-budget-line.entity';
import { AwardAmendmentEntity } from './entities/award-amendment.entity';
import { AwardBudgetService } from './award-budget.service';
import { AmendmentNamesResolver, AmendmentsResolver } from './amendments.resolver';
import { AwardsService } from './awards.service';
import { AwardsLoader } from './awards.loader';
import { AwardQueriesResolver } from './award-queries.resolver';
import { RankingService } from './ranking.service';
import { DecisionsService } from './decisions.service';
import { ApplicationDecisionResolver, AwardsResolver } from './awards.resolver';
import { ExportsController } from './exports/exports.controller';

/** Ranking with the funding line, funding decisions, their release as awards, and board-packet exports. */
@Module({
  imports: [
    TypeOrmModule.forFeature([FundingDecisionEntity, AwardEntity, AwardBudgetLineEntity, AwardAmendmentEntity]),
    ApplicationsModule,
    ChecklistsModule,
    RoundsModule,
    OrganizationsModule,
    NotificationsModule,
    ReviewsModule,
  ],
  controllers: [ExportsController],
  providers: [
    RankingService,
    DecisionsService,
    AwardsService,
    AwardsLoader,
    AwardBudgetService,
    AwardsResolver,
    ApplicationDecisionResolver,
    AwardQueriesResolver,
    AmendmentsResolver,
    AmendmentNamesResolver,
  ],
  exports: [RankingService, DecisionsService, AwardsService, AwardsLoader, AwardBudgetService],
})
export class AwardsModule {}
