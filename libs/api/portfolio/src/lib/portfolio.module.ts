import { Module } from '@nestjs/common';
import { AwardsModule } from '@abate/api/awards';
import { RoundsModule } from '@abate/api/rounds';
import { ReportingModule } from '@abate/api/reporting';
import { PortfolioDataService } from './portfolio-data.service';
import { PortfolioService } from './portfolio.service';
import { PortfolioResolver } from './portfolio.resolver';
import { PortfolioExportsController } from './exports/portfolio-exports.controller';

/** The officers' and auditors' portfolio dashboard over awards and their quarterly reports, with CSV/XLSX exports. */
@Module({
  // AwardsModule serves the Award type's fields (GranteeOutcome.award); ReportingModule registers the report tables.
  imports: [AwardsModule, RoundsModule, ReportingModule],
  controllers: [PortfolioExportsController],
  providers: [PortfolioDataService, PortfolioService, PortfolioResolver],
  exports: [PortfolioDataService],
})
export class PortfolioModule {}
