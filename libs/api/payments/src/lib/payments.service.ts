import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import {
  AuditWriter,
  BadUserInputException,
  Clock,
  ForbiddenException,
  InvalidStateException,
  lockVersioned,
  NotFoundException,
  paginate,
  Transactions,
  versionedSave,
} from '@abate/api/core';
import type { AuthUser, Page } from '@abate/api/core';
import { AwardBudgetService, AwardsService } from '@abate/api/awards';
import type { AwardEntity } from '@abate/api/awards';
import { formatCents, sumCents } from '@abate/shared/money';
import type { CategoryAmounts } from '@abate/api/awards';
import { AttachmentsService } from '@abate/api/attachments';
import { OrganizationsService } from '@abate/api/organizations';
import { OutboxService } from '@abate/api/notifications';
import { BUDGET_CATEGORIES, BUDGET_CATEGORY_KEYS } from '@abate/shared/metrics';
import { PaymentRequestEntity } from './entities/payment-request.entity';
import type { PaymentLine, PaymentState } from './entities/payment-request.entity';
import { PaymentApprovalEntity } from './entities/payment-approval.entity';
import { PaymentRequestInput, PaymentRequestsArgs, PaymentReviewDecision } from './dto/payment-request.input';
import {
  approvalRoleFor,
  isFirstApproval,
  mayGiveApproval,
  readsAllPayments,
  separationOfDuties,
  writesPaymentRequests,
} from './payments.policy';
import { paymentMessage } from './payment-messages';
import type { PaymentEvent } from './payment-messages';
import { paymentReference } from './models/payment.model';
import { fitsLimit, NARRATIVE_MAX_CHARS, tooLongMessage } from '@abate/shared/limits';

/** Submitted and not yet paid or refused: counts against the budget. FAILED stays owed until paid again. */
export const PENDING_STATES: PaymentState[] = ['SUBMITTED', 'PROGRAM_APPROVED', 'APPROVED', 'SCHEDULED', 'FAILED'];
export const EDITABLE_STATES: PaymentState[] = ['DRAFT', 'CHANGES_REQUESTED'];
const EDITABLE = EDITABLE_STATES;
const MAX_LINE_CENTS = 2_147_483_647n;

export type Members = Map<string, Array<{ userId: string; email: string; name: string }>>;

export interface BudgetRow {
  category: string;
  label: string;
  awardedCents: bigint;
  paidCents: bigint;
  pendingCents: bigint;
  remainingCents: bigint;
}

const LABELS = new Map(BUDGET_CATEGORIES.map((c) => [c.key, c.label]));

/**
 * Payment requests from draft to approved: grantees write and submit them against their
 * award's budget (checked per category, with the award's budget rows locked), then the
 * program officer and the finance officer review them in turn.
 */
/** The CONFLICT of a save or a submission sent with an old version. */
const stale = (now: number, sent: number) =>
  `This payment request was saved elsewhere since you loaded it (now version ${now}, you sent ${sent}); reload to continue`;

@Injectable()
export class PaymentsService implements OnModuleInit {
  constructor(
    @InjectRepository(PaymentRequestEntity) private readonly requests: Repository<PaymentRequestEntity>,
    @InjectRepository(PaymentApprovalEntity) private readonly approvals: Repository<PaymentApprovalEntity>,
    private readonly awards: AwardsService,
    private readonly budgets: AwardBudgetService,
    private readonly attachments: AttachmentsService,
    private readonly organizations: OrganizationsService,
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.budgets.useCommitments({
      committedByCategory: async (manager, awardId) => this.committedTotal(manager, awardId),
    });
  }

  async create(actor: AuthUser, awardId: string, input: PaymentRequestInput): Promise<PaymentRequestEntity> {
    const award = await this.awards.get(actor, awardId);
    await this.assertGrantee(actor, award.organizationId);
    if (award.status !== 'ACTIVE') throw new InvalidStateException('This award is closed: no more payment requests');
    if (!input.kind) throw new BadUserInputException('input.kind', 'Choose REIMBURSEMENT or ADVANCE');
    const lines = this.linesFrom(input, []);
    return this.transactions.run(async (manager) => {
      // Numbers are given one at a time per award.
      await manager.query(`SELECT id FROM awards WHERE id = $1 FOR UPDATE`, [awardId]);
      const [{ n }] = await manager.query(
        `SELECT coalesce(max(number), 0)::int AS n FROM payment_requests WHERE award_id = $1`,
        [awardId],
      );
      const saved = await manager.save(
        manager.create(PaymentRequestEntity, {
          awardId,
          organizationId: award.organizationId,
          number: n + 1,
          kind: input.kind,
          status: 'DRAFT',
          periodStart: input.periodStart ?? null,
          periodEnd: input.periodEnd ?? null,
          final: input.final ?? false,
          lines: lines ?? [],
          totalCents: sumCents((lines ?? []).map((l) => BigInt(l.amountCents))),
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        action: 'payment.create',
        entityType: 'PaymentRequest',
        entityId: saved.id,
        after: { awardId, number: saved.number, kind: saved.kind, lines: saved.lines },
      });
      return saved;
    });
  }

  /** Partial update while DRAFT or CHANGES_REQUESTED; CONFLICT on a stale version (checked before the state, as clients expect). */
  async save(actor: AuthUser, id: string, version: number, input: PaymentRequestInput): Promise<PaymentRequestEntity> {
    await this.getEditable(actor, id);
    return this.transactions.run((manager) =>
      versionedSave(manager, this.audit, {
        target: PaymentRequestEntity,
        id,
        expectedVersion: version,
        label: 'Payment request',
        stale,
        audit: { action: 'payment.save', entityType: 'PaymentRequest' },
        merge: (request, change) => {
          if (!EDITABLE.includes(request.status))
            throw new InvalidStateException(
              `A ${request.status.toLowerCase().replace('_', ' ')} payment request is read-only`,
            );
          if (input.kind !== undefined) change.set('kind', input.kind);
          if (input.periodStart !== undefined) change.set('periodStart', input.periodStart);
          if (input.periodEnd !== undefined) change.set('periodEnd', input.periodEnd);
          if (input.final !== undefined) change.set('final', input.final);
          const lines = this.linesFrom(input, request.lines);
          if (lines) {
            change.set('lines', lines);
            change.set('totalCents', sumCents(lines.map((l) => BigInt(l.amountCents))));
          }
        },
      }),
    );
  }

  /**
   * Submits under the award's budget lock: each line must fit what its category has left
   * after paid and pending requests (this one's earlier lines included), so concurrent
   * submissions can never together pass the budget.
   */
  async submit(actor: AuthUser, id: string, version: number): Promise<PaymentRequestEntity> {
    const current = await this.getEditable(actor, id);
    const award = await this.awards.get(actor, current.awardId);
    // Read before the transaction: a transaction never waits for a second pooled connection.
    const members = await this.membersOf([current.organizationId]);
    const documents = await this.attachments.byOwnerIds(
      'PAYMENT_LINE',
      current.lines.map((l) => l.id),
    );
    return this.transactions.run(async (manager) => {
      const budget = await this.budgets.lockBudget(manager, current.awardId);
      const request = await lockVersioned(manager, PaymentRequestEntity, id, version, 'Payment request', { stale });
      if (!EDITABLE.includes(request.status))
        throw new InvalidStateException(
          `This payment request is already ${request.status.toLowerCase().replace('_', ' ')}`,
        );
      this.assertComplete(request, award);
      if (request.kind === 'REIMBURSEMENT') {
        request.lines.forEach((line, i) => {
          if (!documents.get(line.id)?.length) {
            throw new BadUserInputException(
              `lines.${i}.documents`,
              `Line ${i + 1} (${line.description}) needs a supporting document (invoice, receipt or payroll register)`,
            );
          }
        });
      } else {
        await this.assertAdvanceAllowed(manager, request);
      }
      const committed = await this.committed(manager, request.awardId, id);
      const running = new Map<string, bigint>();
      request.lines.forEach((line, i) => {
        const amount = BigInt(line.amountCents);
        const awarded = budget.get(line.category) ?? 0n;
        const used =
          (committed.paid.get(line.category) ?? 0n) +
          (committed.pending.get(line.category) ?? 0n) +
          (running.get(line.category) ?? 0n);
        const left = awarded - used;
        if (amount > left) {
          throw new BadUserInputException(
            `lines.${i}.amountCents`,
            `Line ${i + 1}: ${formatCents(amount)} is more than the ${formatCents(left < 0n ? 0n : left)} left in ${LABELS.get(line.category) ?? line.category} (awarded ${formatCents(awarded)}, ${formatCents(used)} paid or requested)`,
          );
        }
        running.set(line.category, (running.get(line.category) ?? 0n) + amount);
      });
      const before = { status: request.status };
      request.status = 'SUBMITTED';
      request.cycle += 1;
      request.submittedBy = actor.id;
      request.submittedAt = this.clock.now();
      request.reviewNote = null;
      const saved = await manager.save(request);
      await this.audit.record(manager, {
        action: 'payment.submit',
        entityType: 'PaymentRequest',
        entityId: id,
        before,
        after: { status: saved.status, cycle: saved.cycle, totalCents: saved.totalCents.toString() },
      });
      await this.mail(manager, saved, 'submitted', members);
      return saved;
    });
  }

  /** Program officer first, finance officer second; never one person for both. */
  async review(
    actor: AuthUser,
    id: string,
    decision: PaymentReviewDecision,
    note: string | undefined,
  ): Promise<PaymentRequestEntity> {
    const text = note?.trim() ?? '';
    if (!fitsLimit(text, NARRATIVE_MAX_CHARS))
      throw new BadUserInputException('note', tooLongMessage('note', NARRATIVE_MAX_CHARS));
    if (decision === PaymentReviewDecision.REQUEST_CHANGES && !text)
      throw new BadUserInputException('note', 'Say what needs to change: the grantee reads this note');
    if (decision === PaymentReviewDecision.REJECT && !text)
      throw new BadUserInputException('note', 'Give the reason for rejecting: the grantee reads it');
    const preview = await this.requests.findOne({ where: { id } });
    if (!preview) throw new NotFoundException('Payment request', 'id');
    const members = await this.membersOf([preview.organizationId]);
    return this.transactions.run(async (manager) => {
      const request = await this.lock(manager, id);
      const role = approvalRoleFor(request.status);
      if (!role)
        throw new InvalidStateException(
          `A ${request.status.toLowerCase().replace('_', ' ')} payment request is not waiting for a review`,
        );
      const first = isFirstApproval(role);
      if (!mayGiveApproval(actor, role))
        throw new ForbiddenException(
          first ? 'A program officer gives the first approval' : 'The finance office gives the second approval',
        );
      const earlier = await manager.find(PaymentApprovalEntity, { where: { paymentRequestId: id } });
      const refusal = separationOfDuties(actor, request, earlier);
      if (refusal) throw new ForbiddenException(refusal);
      await manager.insert(PaymentApprovalEntity, {
        paymentRequestId: id,
        cycle: request.cycle,
        role,
        decision,
        userId: actor.id,
        note: text || null,
        decidedAt: this.clock.now(),
      });
      const before = { status: request.status };
      let event: PaymentEvent;
      if (decision === PaymentReviewDecision.APPROVE) {
        request.status = first ? 'PROGRAM_APPROVED' : 'APPROVED';
        event = first ? 'program_approved' : 'approved';
      } else {
        request.status = decision === PaymentReviewDecision.REJECT ? 'REJECTED' : 'CHANGES_REQUESTED';
        request.reviewNote = text;
        event = decision === PaymentReviewDecision.REJECT ? 'rejected' : 'changes_requested';
      }
      const saved = await manager.save(request);
      await this.audit.record(manager, {
        action: 'payment.review',
        entityType: 'PaymentRequest',
        entityId: id,
        before,
        after: { status: saved.status, role, decision, note: text || null },
      });
      await this.mail(manager, saved, event, members, text || null);
      return saved;
    });
  }

  /** The request a line belongs to (line ids are unique across requests). */
  async requestIdOfLine(lineId: string, manager: EntityManager = this.requests.manager): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM payment_requests WHERE lines @> $1::jsonb`, [
      JSON.stringify([{ id: lineId.toLowerCase() }]),
    ]);
    return row?.id ?? null;
  }

  async get(actor: AuthUser, id: string): Promise<PaymentRequestEntity> {
    const request = await this.requests.findOne({ where: { id } });
    if (!request) throw new NotFoundException('Payment request', 'id');
    if (!readsAllPayments(actor) && !(await this.organizations.membershipRole(actor.id, request.organizationId))) {
      throw new ForbiddenException('This payment request belongs to another organization');
    }
    return request;
  }

  async list(actor: AuthUser, args: PaymentRequestsArgs): Promise<Page<PaymentRequestEntity>> {
    const query = this.requests.createQueryBuilder('pr');
    if (!readsAllPayments(actor)) {
      query.andWhere('pr.organization_id = ANY(CAST(:organizationIds AS uuid[]))', {
        organizationIds: await this.organizations.organizationIdsOfUser(actor.id),
      });
    }
    if (args.awardId) query.andWhere('pr.award_id = :awardId', { awardId: args.awardId.toLowerCase() });
    if (args.status) query.andWhere('pr.status = :status', { status: args.status });
    return paginate(query, args, { column: 'pr.created_at', value: (r) => r.createdAt.toISOString() });
  }

  /** Requests by id, for readers of every request (a batch's items); unknown ids are left out. */
  async byIds(ids: readonly string[]): Promise<Map<string, PaymentRequestEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.requests.find({ where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async approvalsOf(ids: readonly string[]): Promise<Map<string, PaymentApprovalEntity[]>> {
    const out = new Map<string, PaymentApprovalEntity[]>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const rows = await this.approvals.find({
      where: { paymentRequestId: In([...new Set(ids)]) },
      order: { decidedAt: 'ASC' },
    });
    for (const row of rows) out.get(row.paymentRequestId)?.push(row);
    return out;
  }

  /** award.budget: awarded (as last approved), paid, pending and remaining per category. */
  async budgetOf(awardIds: readonly string[]): Promise<Map<string, BudgetRow[]>> {
    const budgets = await this.budgets.budgetsOf(awardIds);
    const sums: Array<{ award_id: string; category: string; paid: string; pending: string }> = awardIds.length
      ? await this.requests.query(
          `SELECT pr.award_id, l->>'category' AS category,
                  coalesce(sum((l->>'amountCents')::bigint) FILTER (WHERE pr.status = 'PAID'), 0)::text AS paid,
                  coalesce(sum((l->>'amountCents')::bigint) FILTER (WHERE pr.status = ANY($2)), 0)::text AS pending
             FROM payment_requests pr CROSS JOIN LATERAL jsonb_array_elements(pr.lines) l
            WHERE pr.award_id = ANY($1) GROUP BY 1, 2`,
          [[...new Set(awardIds)], PENDING_STATES],
        )
      : [];
    const out = new Map<string, BudgetRow[]>();
    for (const [awardId, awarded] of budgets) {
      const rows = sums.filter((s) => s.award_id === awardId);
      const categories = [...awarded.keys(), ...rows.map((r) => r.category).filter((c) => !awarded.has(c))];
      out.set(
        awardId,
        categories.map((category) => {
          const row = rows.find((r) => r.category === category);
          const paidCents = BigInt(row?.paid ?? '0');
          const pendingCents = BigInt(row?.pending ?? '0');
          const awardedCents = awarded.get(category) ?? 0n;
          return {
            category,
            label: LABELS.get(category) ?? category,
            awardedCents,
            paidCents,
            pendingCents,
            remainingCents: awardedCents - paidCents - pendingCents,
          };
        }),
      );
    }
    return out;
  }

  /** Paid per category by the award's requests whose period lies within [from, to] (a quarter). */
  async paidWithin(awardId: string, from: string, to: string): Promise<CategoryAmounts> {
    const rows: Array<{ category: string; paid: string }> = await this.requests.query(
      `SELECT l->>'category' AS category, sum((l->>'amountCents')::bigint)::text AS paid
         FROM payment_requests pr CROSS JOIN LATERAL jsonb_array_elements(pr.lines) l
        WHERE pr.award_id = $1 AND pr.status = 'PAID' AND pr.period_start >= $2 AND pr.period_end <= $3 GROUP BY 1`,
      [awardId, from, to],
    );
    return new Map(rows.map((r) => [r.category, BigInt(r.paid)]));
  }

  /** What each category has paid and pending, other requests only (in the caller's transaction, after the budget lock). */
  async committed(
    manager: EntityManager,
    awardId: string,
    exceptId: string | null,
  ): Promise<{ paid: CategoryAmounts; pending: CategoryAmounts }> {
    const rows: Array<{ category: string; paid: string; pending: string }> = await manager.query(
      `SELECT l->>'category' AS category,
              coalesce(sum((l->>'amountCents')::bigint) FILTER (WHERE pr.status = 'PAID'), 0)::text AS paid,
              coalesce(sum((l->>'amountCents')::bigint) FILTER (WHERE pr.status = ANY($3)), 0)::text AS pending
         FROM payment_requests pr CROSS JOIN LATERAL jsonb_array_elements(pr.lines) l
        WHERE pr.award_id = $1 AND ($2::uuid IS NULL OR pr.id <> $2::uuid) GROUP BY 1`,
      [awardId, exceptId, PENDING_STATES],
    );
    return {
      paid: new Map(rows.map((r) => [r.category, BigInt(r.paid)])),
      pending: new Map(rows.map((r) => [r.category, BigInt(r.pending)])),
    };
  }

  private async committedTotal(manager: EntityManager, awardId: string): Promise<CategoryAmounts> {
    const { paid, pending } = await this.committed(manager, awardId, null);
    const out = new Map(paid);
    for (const [c, v] of pending) out.set(c, (out.get(c) ?? 0n) + v);
    return out;
  }

  async getEditable(actor: AuthUser, id: string): Promise<PaymentRequestEntity> {
    const request = await this.get(actor, id);
    await this.assertGrantee(actor, request.organizationId);
    if (!EDITABLE.includes(request.status))
      throw new InvalidStateException(
        `A ${request.status.toLowerCase().replace('_', ' ')} payment request is read-only`,
      );
    return request;
  }

  async lock(manager: EntityManager, id: string): Promise<PaymentRequestEntity> {
    const request = await manager
      .getRepository(PaymentRequestEntity)
      .createQueryBuilder('pr')
      .setLock('pessimistic_write')
      .where('pr.id = :id', { id })
      .getOne();
    if (!request) throw new NotFoundException('Payment request', 'id');
    return request;
  }

  /** Members of each organization, read before a transaction that mails them. */
  async membersOf(organizationIds: readonly string[]): Promise<Members> {
    const unique = [...new Set(organizationIds)];
    return new Map(
      await Promise.all(unique.map(async (orgId) => [orgId, await this.organizations.membersOf(orgId)] as const)),
    );
  }

  /** Mail to each member of the grantee organization, in the transaction of the change. */
  async mail(
    manager: EntityManager,
    request: PaymentRequestEntity,
    event: PaymentEvent,
    membersByOrg: Members,
    note: string | null = null,
  ): Promise<void> {
    const members = membersByOrg.get(request.organizationId) ?? [];
    const reference = paymentReference(request);
    await this.outbox.enqueue(
      manager,
      members.map((member) => ({
        kind: `payment.${event}`,
        recipientUserId: member.userId,
        recipientEmail: member.email,
        ...paymentMessage(event, {
          reference,
          totalCents: request.totalCents,
          recipientName: member.name,
          note,
          paidOn: request.paidOn,
          paymentReference: request.paymentReference,
        }),
        dedupeKey: `payment.${event}:${request.id}:${request.cycle}:${request.version}:${member.userId}`,
      })),
    );
  }

  private async assertGrantee(actor: AuthUser, organizationId: string): Promise<void> {
    if (!writesPaymentRequests(actor) || !(await this.organizations.membershipRole(actor.id, organizationId))) {
      throw new ForbiddenException('Only members of the grantee organization write its payment requests');
    }
  }

  /** Lines from the input (ids kept for known lines so their documents stay with them); null when not given. */
  private linesFrom(input: PaymentRequestInput, existing: PaymentLine[]): PaymentLine[] | null {
    if (!input.lines) return null;
    const known = new Set(existing.map((l) => l.id));
    return input.lines.map((line, i) => {
      if (!BUDGET_CATEGORY_KEYS.has(line.category))
        throw new BadUserInputException(
          `input.lines.${i}.category`,
          `${line.category} is not a budget category (${[...BUDGET_CATEGORY_KEYS].join(', ')})`,
        );
      if (line.amountCents < 0n)
        throw new BadUserInputException(`input.lines.${i}.amountCents`, 'amountCents cannot be negative');
      if (line.amountCents > MAX_LINE_CENTS)
        throw new BadUserInputException(`input.lines.${i}.amountCents`, 'amountCents is more than any award');
      if (line.id && !known.has(line.id.toLowerCase()))
        throw new BadUserInputException(`input.lines.${i}.id`, 'This line is not part of the request');
      return {
        id: line.id?.toLowerCase() ?? randomUUID(),
        category: line.category,
        description: line.description,
        amountCents: line.amountCents.toString(),
      };
    });
  }

  private assertComplete(request: PaymentRequestEntity, award: AwardEntity): void {
    if (!request.lines.length) throw new BadUserInputException('lines', 'Add at least one line');
    request.lines.forEach((line, i) => {
      if (!line.description.trim())
        throw new BadUserInputException(`lines.${i}.description`, `Line ${i + 1} needs a description`);
      if (BigInt(line.amountCents) <= 0n)
        throw new BadUserInputException(`lines.${i}.amountCents`, `Line ${i + 1} needs an amount more than zero`);
    });
    if (!request.periodStart)
      throw new BadUserInputException('periodStart', 'Give the first day of the period this request covers');
    if (!request.periodEnd)
      throw new BadUserInputException('periodEnd', 'Give the last day of the period this request covers');
    if (request.periodEnd < request.periodStart)
      throw new BadUserInputException('periodEnd', 'The period ends before it starts');
    if (request.periodStart < award.startDate || request.periodEnd > award.endDate) {
      throw new BadUserInputException(
        'periodStart',
        `The period must fall within the grant, ${award.startDate} to ${award.endDate}`,
      );
    }
  }

  /**
   * A second advance waits until the earlier ones are paid and settled: reimbursed
   * spending paid since (PAID reimbursements) must add up to at least the advances paid.
   */
  private async assertAdvanceAllowed(manager: EntityManager, request: PaymentRequestEntity): Promise<void> {
    const [row] = await manager.query(
      `SELECT count(*) FILTER (WHERE kind = 'ADVANCE' AND status = ANY($3))::int AS open_advances,
              coalesce(sum(total_cents) FILTER (WHERE kind = 'ADVANCE' AND status = 'PAID'), 0)::text AS advanced,
              coalesce(sum(total_cents) FILTER (WHERE kind = 'REIMBURSEMENT' AND status = 'PAID'), 0)::text AS reimbursed
         FROM payment_requests WHERE award_id = $1 AND id <> $2`,
      [request.awardId, request.id, PENDING_STATES],
    );
    if (row.open_advances > 0)
      throw new InvalidStateException(
        'An earlier advance is still in review or unpaid: a second advance waits until it is paid and settled',
      );
    if (BigInt(row.advanced) > BigInt(row.reimbursed)) {
      throw new InvalidStateException(
        `Earlier advances (${formatCents(BigInt(row.advanced))}) are not yet settled by reimbursed spending (${formatCents(BigInt(row.reimbursed))}): request reimbursement of what they paid for first`,
      );
    }
  }
}
