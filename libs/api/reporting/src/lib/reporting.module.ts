import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AwardsModule, ReportingMilestoneEntity } from '@abate/api/awards';
import { OrganizationsModule } from '@abate/api/organizations';
import { QuarterlyReportEntity } from './entities/quarterly-report.entity';
import { ReportVersionEntity } from './entities/report-version.entity';
import { ReportsService } from './reports.service';
import { MilestonesService } from './milestones.service';
import { MilestoneFieldsResolver, ReportsResolver } from './reporting.resolver';

/** Quarterly reports against award milestones: metrics, spending, narrative, the officer's review. */
@Module({
  imports: [TypeOrmModule.forFeature([QuarterlyReportEntity, ReportVersionEntity, ReportingMilestoneEntity]), AwardsModule, OrganizationsModule],
  providers: [ReportsService, MilestonesService, ReportsResolver, MilestoneFieldsResolver],
  exports: [ReportsService],
})
export class ReportingModule {}
