import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@abate/api/core';
import { OrganizationsModule } from '@abate/api/organizations';
import { AuditModule } from '@abate/api/audit';
import { ChecklistsModule } from '@abate/api/checklists';
import { RoundsModule } from '@abate/api/rounds';
import { ApplicationsModule } from '@abate/api/applications';
import { NotificationsModule } from '@abate/api/notifications';
import { ReviewsModule } from '@abate/api/reviews';
import { AwardsModule } from '@abate/api/awards';
import { AttachmentsModule } from '@abate/api/attachments';
import { ReportingModule } from '@abate/api/reporting';
import { PortfolioModule } from '@abate/api/portfolio';
import { PublicModule } from '@abate/api/public';
import { JobsModule } from '@abate/api/jobs';
import { LedgerPostingModule, PaymentsModule } from '@abate/api/payments';
import { LedgerModule } from '@abate/api/ledger';
import { HealthController } from './health.controller';
import { DemoSeed } from './demo-seed';
import { ReviewDemoSeed } from './review-demo-seed';
import { ReportingDemoSeed } from './reporting-demo-seed';
import { PaymentsDemoSeed } from './payments-demo-seed';
import { LedgerDemoSeed } from './ledger-demo-seed';

/** The domains the API serves; each brings its own resolvers, services and entities. */
export const DOMAIN_MODULES = [
  OrganizationsModule,
  AuditModule,
  ChecklistsModule,
  RoundsModule,
  ApplicationsModule,
  NotificationsModule,
  ReviewsModule,
  AwardsModule,
  AttachmentsModule,
  ReportingModule,
  PortfolioModule,
  PublicModule,
  JobsModule,
  LedgerModule,
  PaymentsModule,
  LedgerPostingModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: { withoutDatabase?: boolean } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ config, withoutDatabase: options.withoutDatabase }), ...DOMAIN_MODULES],
      controllers: [HealthController],
      providers: [DemoSeed, ReviewDemoSeed, ReportingDemoSeed, LedgerDemoSeed, PaymentsDemoSeed],
    };
  }
}
