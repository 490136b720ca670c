import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Allow, CurrentUser, IdArg, mapPage, requestLoader } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { AttachmentModel, AttachmentsService } from '@abate/api/attachments';
import type { AttachmentEntity } from '@abate/api/attachments';
import { AwardBudgetLineModel, AwardModel, AwardsLoader } from '@abate/api/awards';
import { UserModel, UsersService } from '@abate/api/organizations';
import {
  PaymentRequestInput,
  PaymentBatchesArgs,
  PaymentRequestsArgs,
  PaymentResultInput,
  PaymentReviewDecision,
} from './dto/payment-request.input';
import {
  PaymentApprovalModel,
  PaymentBatchConnection,
  PaymentLineModel,
  PaymentBatchModel,
  PaymentBatchItemModel,
  PaymentRequestConnection,
  PaymentRequestModel,
} from './models/payment.model';
import type { PaymentApprovalEntity } from './entities/payment-approval.entity';
import { PaymentsService } from './payments.service';
import type { BudgetRow } from './payments.service';
import { PaymentBatchesService } from './payment-batches.service';
import { PAYMENTS_POLICY } from './payments.policy';

@Resolver(() => PaymentRequestModel)
export class PaymentsResolver {
  constructor(
    private readonly payments: PaymentsService,
    private readonly attachmentsService: AttachmentsService,
    private readonly awards: AwardsLoader,
  ) {}

  @Allow(PAYMENTS_POLICY.paymentRequests)
  @Query(() => PaymentRequestConnection, {
    description: 'Grantees: their organizations’ requests; officers, finance and auditors: all. Newest last.',
  })
  async paymentRequests(
    @Args() args: PaymentRequestsArgs,
    @CurrentUser() actor: AuthUser,
    @Context() context: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PaymentRequestConnection> {
    const page = await this.payments.list(actor, args);
    // The page's awards with their organizations and rounds in one query, when the rows show them.
    if (selects(info, ['nodes', 'award']))
      await this.awards.prime(
        context,
        page.nodes.map((r) => r.awardId),
      );
    return mapPage(page, PaymentRequestModel.from);
  }

  @Allow(PAYMENTS_POLICY.paymentRequest)
  @Query(() => PaymentRequestModel)
  async paymentRequest(@IdArg('id') id: string, @CurrentUser() actor: AuthUser): Promise<PaymentRequestModel> {
    return PaymentRequestModel.from(await this.payments.get(actor, id));
  }

  @Allow(PAYMENTS_POLICY.createPaymentRequest)
  @Mutation(() => PaymentRequestModel, {
    description: 'A draft request against the award; members of the grantee organization only.',
  })
  async createPaymentRequest(
    @IdArg('awardId') awardId: string,
    @Args('input') input: PaymentRequestInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<PaymentRequestModel> {
    return PaymentRequestModel.from(await this.payments.create(actor, awardId, input));
  }

  @Allow(PAYMENTS_POLICY.savePaymentRequest)
  @Mutation(() => PaymentRequestModel, {
    description: 'Partial update of a draft (or a request sent back for changes); CONFLICT when version is stale.',
  })
  async savePaymentRequest(
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input') input: PaymentRequestInput,
    @CurrentUser() actor: AuthUser,
  ): Promise<PaymentRequestModel> {
    return PaymentRequestModel.from(await this.payments.save(actor, id, version, input));
  }

  @Allow(PAYMENTS_POLICY.submitPaymentRequest)
  @Mutation(() => PaymentRequestModel, {
    description:
      'BAD_USER_INPUT naming the line (lines.N.amountCents) when it passes what its budget category has left.',
  })
  async submitPaymentRequest(
    @IdArg('id') id: string,
    @Args('version', { type: () => Int }) version: number,
    @CurrentUser() actor: AuthUser,
  ): Promise<PaymentRequestModel> {
    return PaymentRequestModel.from(await this.payments.submit(actor, id, version));
  }

  @Allow(PAYMENTS_POLICY.reviewPaymentRequest)
  @Mutation(() => PaymentRequestModel, {
    description:
      'Program officer first, then finance officer; one person never gives both approvals. A note is required to request changes or reject.',
  })
  async reviewPaymentRequest(
    @IdArg('id') id: string,
    @Args('decision', { type: () => PaymentReviewDecision }) decision: PaymentReviewDecision,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentUser() actor: AuthUser,
  ): Promise<PaymentRequestModel> {
    return PaymentRequestModel.from(await this.payments.review(actor, id, decision, note ?? undefined));
  }

  @ResolveField(() => [PaymentApprovalModel], { description: 'Every decision, oldest first.' })
  async approvals(
    @Parent() request: PaymentRequestModel,
    @Context() context: GqlContext,
  ): Promise<PaymentApprovalModel[]> {
    const rows = await requestLoader<string, PaymentApprovalEntity[]>(
      context,
      'approvals-by-payment-request',
      async (ids) => {
        const found = await this.payments.approvalsOf(ids);
        return ids.map((id) => found.get(id) ?? []);
      },
    ).load(request.id);
    return rows.map(PaymentApprovalModel.from);
  }

  @ResolveField(() => [AttachmentModel], {
    description: 'Supporting documents of all its lines (each line lists its own in documents).',
  })
  async attachments(
    @Parent() request: PaymentRequestModel,
    @Context() context: GqlContext,
  ): Promise<AttachmentModel[]> {
    const perLine = await lineDocuments(context, this.attachmentsService).loadMany(request.lines.map((l) => l.id));
    return perLine.flatMap((rows) => (rows instanceof Error ? [] : rows)).map(AttachmentModel.from);
  }

  @ResolveField(() => AwardModel)
  async award(@Parent() request: PaymentRequestModel, @Context() context: GqlContext): Promise<AwardModel> {
    return AwardModel.from(await this.awards.award(context, request.awardId));
  }
}

/** Whether the field's selection reaches `path` (through fragments too). */
function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (!rest.length) return true;
    return (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field') return s.name.value === rest[0] && within(s.selectionSet, rest.slice(1));
      if (s.kind === 'InlineFragment') return within(s.selectionSet, rest);
      return within(info.fragments[s.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}

/** Documents per payment line, batched per request. */
const lineDocuments = (context: GqlContext, attachments: AttachmentsService) =>
  requestLoader<string, AttachmentEntity[]>(context, 'documents-by-payment-line', async (ids) => {
    const found = await attachments.byOwnerIds('PAYMENT_LINE', ids);
    return ids.map((id) => found.get(id) ?? []);
  });

@Resolver(() => PaymentLineModel)
export class PaymentLineResolver {
  constructor(private readonly attachments: AttachmentsService) {}

  @ResolveField(() => [AttachmentModel], {
    description: 'Supporting documents of this line. Upload with POST /api/payment-lines/{id}/attachments.',
  })
  async documents(@Parent() line: PaymentLineModel, @Context() context: GqlContext): Promise<AttachmentModel[]> {
    return (await lineDocuments(context, this.attachments).load(line.id)).map(AttachmentModel.from);
  }
}

@Resolver(() => PaymentApprovalModel)
export class PaymentApprovalResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserModel)
  async user(@Parent() approval: PaymentApprovalModel, @Context() context: GqlContext): Promise<UserModel> {
    const user = await requestLoader(context, 'payment-approver-by-id', async (ids: readonly string[]) => {
      const found = await this.users.byIds(ids);
      return ids.map((id) => found.get(id) ?? new Error(`User ${id} not found`));
    }).load(approval.userId);
    return UserModel.from(user);
  }
}

/** award.budget lives here: paid and pending come from payments, and awards never imports payments. */
@Resolver(() => AwardModel)
export class AwardBudgetResolver {
  constructor(private readonly payments: PaymentsService) {}

  @ResolveField(() => [AwardBudgetLineModel], {
    description:
      'Per SF-424A category: awarded (the approved version), paid, pending (submitted, not yet paid or refused) and remaining.',
  })
  async budget(@Parent() award: AwardModel, @Context() context: GqlContext): Promise<AwardBudgetLineModel[]> {
    const rows = await requestLoader<string, BudgetRow[]>(context, 'budget-by-award', async (ids) => {
      const found = await this.payments.budgetOf(ids);
      return ids.map((id) => found.get(id) ?? []);
    }).load(award.id);
    return rows.map((r) => Object.assign(new AwardBudgetLineModel(), r));
  }
}

/** A batch item's request (its reference, payee and award), batched per request. */
@Resolver(() => PaymentBatchItemModel)
export class PaymentBatchItemResolver {
  constructor(private readonly payments: PaymentsService) {}

  @ResolveField(() => PaymentRequestModel)
  async paymentRequest(
    @Parent() item: PaymentBatchItemModel,
    @Context() context: GqlContext,
  ): Promise<PaymentRequestModel> {
    const request = await requestLoader(context, 'payment-request-by-id', async (ids: readonly string[]) => {
      const found = await this.payments.byIds(ids);
      return ids.map((id) => found.get(id) ?? new Error(`Payment request ${id} not found`));
    }).load(item.paymentRequestId);
    return PaymentRequestModel.from(request);
  }
}

@Resolver(() => PaymentBatchModel)
export class PaymentBatchesResolver {
  constructor(private readonly batches: PaymentBatchesService) {}

  @Allow(PAYMENTS_POLICY.paymentBatches)
  @Query(() => PaymentBatchConnection, {
    description:
      'Payment batches by creation time (oldest first unless newestFirst), optionally only complete or incomplete ones.',
  })
  async paymentBatches(@Args() args: PaymentBatchesArgs): Promise<PaymentBatchConnection> {
    return mapPage(await this.batches.list(args), ({ batch, items }) => PaymentBatchModel.from(batch, items));
  }

  @Allow(PAYMENTS_POLICY.paymentBatch)
  @Query(() => PaymentBatchModel)
  async paymentBatch(@IdArg('id') id: string): Promise<PaymentBatchModel> {
    const { batch, items } = await this.batches.get(id);
    return PaymentBatchModel.from(batch, items);
  }

  @Allow(PAYMENTS_POLICY.schedulePayments)
  @Mutation(() => PaymentBatchModel, {
    description: 'Gathers approved (or failed) requests into a batch; its payment file is at csvUrl.',
  })
  async schedulePayments(
    @Args('paymentRequestIds', { type: () => [ID] }) ids: string[],
    @CurrentUser() actor: AuthUser,
  ): Promise<PaymentBatchModel> {
    const { batch, items } = await this.batches.schedule(actor, ids);
    return PaymentBatchModel.from(batch, items);
  }

  @Allow(PAYMENTS_POLICY.recordPaymentResults)
  @Mutation(() => PaymentBatchModel, {
    description:
      'PAID (date and reference) posts the expenditure to the fund’s ledger; FAILED (with a note) posts nothing and can be scheduled again. Idempotent per request.',
  })
  async recordPaymentResults(
    @IdArg('batchId') batchId: string,
    @Args('results', { type: () => [PaymentResultInput] }) results: PaymentResultInput[],
    @CurrentUser() actor: AuthUser,
  ): Promise<PaymentBatchModel> {
    const { batch, items } = await this.batches.record(actor, batchId, results);
    return PaymentBatchModel.from(batch, items);
  }
}
