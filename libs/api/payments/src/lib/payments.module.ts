import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AwardsModule } from '@abate/api/awards';
import { AttachmentsModule } from '@abate/api/attachments';
import { OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';
import { ReportingModule } from '@abate/api/reporting';
import { ReportPaymentsResolver } from './report-payments.resolver';
import { PaymentRequestEntity } from './entities/payment-request.entity';
import { PaymentApprovalEntity } from './entities/payment-approval.entity';
import { PaymentBatchEntity, PaymentBatchItemEntity } from './entities/payment-batch.entity';
import { PaymentsService } from './payments.service';
import { PaymentBatchesService } from './payment-batches.service';
import {
  AwardBudgetResolver,
  PaymentApprovalResolver,
  PaymentBatchItemResolver,
  PaymentBatchesResolver,
  PaymentLineResolver,
  PaymentsResolver,
} from './payments.resolver';
import { PaymentLineAttachments } from './payment-line-attachments';
import { PaymentBatchesController } from './payment-batches.controller';

/** Payment requests, their two approvals, batches and payment files; award.budget's paid and pending. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PaymentRequestEntity, PaymentApprovalEntity, PaymentBatchEntity, PaymentBatchItemEntity]),
    AwardsModule,
    AttachmentsModule,
    OrganizationsModule,
    NotificationsModule,
    ReportingModule,
  ],
  controllers: [PaymentBatchesController],
  providers: [
    PaymentsService,
    PaymentBatchesService,
    PaymentLineAttachments,
    PaymentLineResolver,
    PaymentsResolver,
    PaymentApprovalResolver,
    AwardBudgetResolver,
    PaymentBatchesResolver,
    PaymentBatchItemResolver,
    ReportPaymentsResolver,
  ],
  exports: [PaymentsService, PaymentBatchesService, PaymentLineAttachments],
})
export class PaymentsModule {}
