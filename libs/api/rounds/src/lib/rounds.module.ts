import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChecklistsModule } from '@abate/api/checklists';
import { FundingRoundEntity } from './entities/funding-round.entity';
import { RoundsService } from './rounds.service';
import { RoundsResolver } from './rounds.resolver';

/** Funding rounds: terms, publication and a status that follows the clock. */
@Module({
  imports: [TypeOrmModule.forFeature([FundingRoundEntity]), ChecklistsModule],
  providers: [RoundsService, RoundsResolver],
  exports: [RoundsService],
})
export class RoundsModule {}
