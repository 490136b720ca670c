import { Global, Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { OrganizationsModule } from '@abate/api/organizations';
import { ROUND_FUNDING_GUARD, RoundsModule } from '@abate/api/rounds';
import type { FundingRoundEntity, RoundFundingGuard } from '@abate/api/rounds';
import { SettlementFundEntity } from './entities/settlement-fund.entity';
import { SettlementEntity } from './entities/settlement.entity';
import { LedgerEntryEntity, LedgerEntrySplitEntity } from './entities/ledger-entry.entity';
import { SpendingAuthorizationEntity, SpendingAuthorizationLineEntity } from './entities/spending-authorization.entity';
import { RoundAllocationEntity, RoundFundingEntity } from './entities/round-funding.entity';
import { assertRoundPublishable, LedgerService } from './ledger.service';
import { LedgerResolver, RoundFundingResolver } from './ledger.resolver';
import { LedgerExportsController } from './ledger-exports.controller';

/**
 * The publish guard rounds asks for. It takes no constructor dependencies (RoundsService
 * injects it, and LedgerService injects RoundsService): the check runs on the transaction's manager.
 */
@Injectable()
export class LedgerRoundFundingGuard implements RoundFundingGuard {
  assertPublishable(manager: EntityManager, round: FundingRoundEntity): Promise<void> {
    return assertRoundPublishable(manager, round);
  }
}

/**
 * Settlement funds and their books. Global so that RoundsModule, below it, receives the
 * ROUND_FUNDING_GUARD without importing the ledger.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      SettlementFundEntity,
      SettlementEntity,
      LedgerEntryEntity,
      LedgerEntrySplitEntity,
      SpendingAuthorizationEntity,
      SpendingAuthorizationLineEntity,
      RoundFundingEntity,
      RoundAllocationEntity,
    ]),
    RoundsModule,
    OrganizationsModule,
  ],
  controllers: [LedgerExportsController],
  providers: [
    LedgerService,
    LedgerResolver,
    RoundFundingResolver,
    { provide: ROUND_FUNDING_GUARD, useClass: LedgerRoundFundingGuard },
  ],
  exports: [LedgerService, ROUND_FUNDING_GUARD],
})
export class LedgerModule {}
