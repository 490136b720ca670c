import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Cents } from '@abate/api/core';
import { Connection } from '@abate/api/core';
import { AttachmentModel } from '@abate/api/attachments';
import {
  PaymentKindEnum,
  PaymentOutcomeEnum,
  PaymentReviewDecision,
  PaymentStatus,
} from '../dto/payment-request.input';
import type { PaymentRequestEntity } from '../entities/payment-request.entity';
import type { PaymentApprovalEntity } from '../entities/payment-approval.entity';
import type { PaymentBatchEntity, PaymentBatchItemEntity } from '../entities/payment-batch.entity';
import { Role } from '@abate/api/core';

@ObjectType('PaymentLine')
export class PaymentLineModel {
  @Field(() => ID, { description: 'Upload documents for this line to POST /api/payment-lines/{id}/attachments.' })
  id!: string;

  @Field()
  category!: string;

  @Field()
  description!: string;

  @Field(() => Cents)
  amountCents!: bigint;
}

@ObjectType('PaymentApproval', { description: 'One reviewer’s decision; never changed once made.' })
export class PaymentApprovalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Role, { description: 'PROGRAM_OFFICER (first, programmatic) or FINANCE_OFFICER (second, financial).' })
  role!: Role;

  @Field(() => PaymentReviewDecision)
  decision!: PaymentReviewDecision;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  decidedAt!: Date;

  @Field(() => Int, { description: 'Which submission of the request it decided (1 for the first).' })
  cycle!: number;

  userId!: string;

  static from(e: PaymentApprovalEntity): PaymentApprovalModel {
    return Object.assign(new PaymentApprovalModel(), {
      id: e.id,
      role: e.role as Role,
      decision: e.decision as PaymentReviewDecision,
      note: e.note,
      decidedAt: e.decidedAt,
      cycle: e.cycle,
      userId: e.userId,
    });
  }
}

@ObjectType('PaymentRequest')
export class PaymentRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  awardId!: string;

  @Field(() => Int, { description: '1 for the award’s first request, and so on.' })
  number!: number;

  @Field({ description: 'PR-<first 8 of the award id>-<number>: the reference on the payment file and in mail.' })
  reference!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => PaymentKindEnum)
  kind!: PaymentKindEnum;

  @Field(() => String, { nullable: true })
  periodStart!: string | null;

  @Field(() => String, { nullable: true })
  periodEnd!: string | null;

  @Field()
  final!: boolean;

  @Field(() => Cents)
  totalCents!: bigint;

  @Field(() => [PaymentLineModel])
  lines!: PaymentLineModel[];

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last reviewer’s note when changes were requested or the request was rejected.',
  })
  reviewNote!: string | null;

  @Field(() => String, { nullable: true })
  paidOn!: string | null;

  @Field(() => String, { nullable: true })
  paymentReference!: string | null;

  @Field(() => String, { nullable: true })
  failureReason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The ledger entry that recorded the payment (null until the ledger posts it).',
  })
  ledgerEntryId!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  organizationId!: string;
  attachments?: AttachmentModel[];

  static from(e: PaymentRequestEntity): PaymentRequestModel {
    return Object.assign(new PaymentRequestModel(), {
      id: e.id,
      awardId: e.awardId,
      number: e.number,
      reference: paymentReference(e),
      status: e.status as PaymentStatus,
      version: e.version,
      kind: e.kind as PaymentKindEnum,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      final: e.final,
      totalCents: e.totalCents,
      lines: e.lines.map((l) => ({
        id: l.id,
        category: l.category,
        description: l.description,
        amountCents: BigInt(l.amountCents),
      })),
      submittedAt: e.submittedAt,
      reviewNote: e.reviewNote,
      paidOn: e.paidOn,
      paymentReference: e.paymentReference,
      failureReason: e.failureReason,
      ledgerEntryId: e.ledgerEntryId,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      organizationId: e.organizationId,
    });
  }
}

export const paymentReference = (e: Pick<PaymentRequestEntity, 'awardId' | 'number'>) =>
  `PR-${e.awardId.slice(0, 8).toUpperCase()}-${String(e.number).padStart(3, '0')}`;

@ObjectType('PaymentRequestConnection')
export class PaymentRequestConnection extends Connection(PaymentRequestModel) {}

@ObjectType('PaymentBatchItem')
export class PaymentBatchItemModel {
  @Field(() => ID)
  paymentRequestId!: string;

  @Field(() => Cents)
  amountCents!: bigint;

  @Field(() => PaymentOutcomeEnum, { nullable: true, description: 'Null until the result is recorded.' })
  outcome!: PaymentOutcomeEnum | null;

  @Field(() => String, { nullable: true })
  paidOn!: string | null;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  recordedAt!: Date | null;

  static from(e: PaymentBatchItemEntity): PaymentBatchItemModel {
    return Object.assign(new PaymentBatchItemModel(), {
      paymentRequestId: e.paymentRequestId,
      amountCents: e.amountCents,
      outcome: e.outcome as PaymentOutcomeEnum | null,
      paidOn: e.paidOn,
      reference: e.reference,
      note: e.note,
      recordedAt: e.recordedAt,
    });
  }
}

@ObjectType('PaymentBatch')
export class PaymentBatchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Cents)
  totalCents!: bigint;

  @Field()
  createdAt!: Date;

  @Field({ description: 'GET with the session cookie or a bearer token: the payment file for the accounting system.' })
  csvUrl!: string;

  @Field({ description: 'Every result recorded.' })
  complete!: boolean;

  @Field(() => [PaymentBatchItemModel])
  items!: PaymentBatchItemModel[];

  static from(batch: PaymentBatchEntity, items: PaymentBatchItemEntity[]): PaymentBatchModel {
    return Object.assign(new PaymentBatchModel(), {
      id: batch.id,
      totalCents: batch.totalCents,
      createdAt: batch.createdAt,
      csvUrl: `/exports/payment-batches/${batch.id}.csv`,
      complete: items.every((i) => i.outcome !== null),
      items: items.map(PaymentBatchItemModel.from),
    });
  }
}

@ObjectType('PaymentBatchConnection')
export class PaymentBatchConnection extends Connection(PaymentBatchModel) {}
