import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AwardsCreatedListener, AwardsModule } from '@abate/api/awards';
import { ApplicationsModule } from '@abate/api/applications';
import { OrganizationsModule } from '@abate/api/organizations';
import { QuarterlyReportEntity } from './entities/quarterly-report.entity';
import { ReportVersionEntity } from './entities/report-version.entity';
import { ReportSpendingEntity } from './entities/report-spending.entity';
import { ReportingMilestoneEntity } from './entities/reporting-milestone.entity';
import { ReportsService } from './reports.service';
import { MilestonesService } from './milestones.service';
import { AwardMilestonesResolver, MilestoneFieldsResolver, ReportsResolver } from './reporting.resolver';

/** Reporting milestones (scheduled when awards are created) and the quarterly reports against them: metrics, spending, narrative, the officer's review. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      QuarterlyReportEntity,
      ReportSpendingEntity,
      ReportVersionEntity,
      ReportingMilestoneEntity,
    ]),
    AwardsModule,
    ApplicationsModule,
    OrganizationsModule,
  ],
  providers: [
    ReportsService,
    MilestonesService,
    { provide: AwardsCreatedListener, useExisting: MilestonesService },
    ReportsResolver,
    MilestoneFieldsResolver,
    AwardMilestonesResolver,
  ],
  exports: [ReportsService, MilestonesService],
})
export class ReportingModule {}
