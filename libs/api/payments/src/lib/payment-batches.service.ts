import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  AuditWriter,
  BadUserInputException,
  Clock,
  InvalidStateException,
  isUuid,
  NotFoundException,
  paginate,
  Transactions,
} from '@abate/api/core';
import type { AuthUser, Page, PageArgs } from '@abate/api/core';
import { AwardsService, toCsv } from '@abate/api/awards';
import { sumCents } from '@abate/shared/money';
import { OrganizationsService } from '@abate/api/organizations';
import { PaymentRequestEntity } from './entities/payment-request.entity';
import { PaymentBatchEntity, PaymentBatchItemEntity } from './entities/payment-batch.entity';
import { PaymentOutcomeEnum, PaymentResultInput } from './dto/payment-request.input';
import { PAYMENT_POSTING } from './payment-posting';
import type { PaymentPosting } from './payment-posting';
import { PaymentsService } from './payments.service';
import { paymentReference } from './models/payment.model';

export const MAX_BATCH = 100;

/**
 * Paying: approved requests become a batch and a payment file for the county's accounting
 * system; the results come back per request. PAID posts to the fund's ledger in the same
 * transaction; a result already recorded is never recorded (or posted) twice.
 */
@Injectable()
export class PaymentBatchesService {
  constructor(
    @InjectRepository(PaymentBatchEntity) private readonly batches: Repository<PaymentBatchEntity>,
    @InjectRepository(PaymentBatchItemEntity) private readonly items: Repository<PaymentBatchItemEntity>,
    private readonly payments: PaymentsService,
    private readonly awards: AwardsService,
    private readonly organizations: OrganizationsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
    // Bound by the ledger domain; until it is, paid requests are recorded but not posted (docs/payments.md).
    @Optional() @Inject(PAYMENT_POSTING) private readonly posting: PaymentPosting | null,
  ) {}

  async schedule(
    actor: AuthUser,
    ids: string[],
  ): Promise<{ batch: PaymentBatchEntity; items: PaymentBatchItemEntity[] }> {
    if (!ids.length) throw new BadUserInputException('paymentRequestIds', 'Choose at least one approved request');
    if (ids.length > MAX_BATCH)
      throw new BadUserInputException('paymentRequestIds', `A batch holds at most ${MAX_BATCH} requests`);
    ids.forEach((id, i) => {
      if (!isUuid(id)) throw new BadUserInputException(`paymentRequestIds.${i}`, 'This is not a payment request id');
    });
    const unique = ids.map((id) => id.toLowerCase());
    const duplicate = unique.findIndex((id, i) => unique.indexOf(id) !== i);
    if (duplicate >= 0)
      throw new BadUserInputException(`paymentRequestIds.${duplicate}`, 'This request is listed twice');
    // Read before the transaction: a transaction never waits for a second pooled connection.
    const preview = await this.batches.manager.find(PaymentRequestEntity, { where: { id: In(unique) } });
    const members = await this.payments.membersOf(preview.map((r) => r.organizationId));
    return this.transactions.run(async (manager) => {
      // In id order, so two batches scheduled at once cannot deadlock.
      const locked = await manager
        .getRepository(PaymentRequestEntity)
        .createQueryBuilder('pr')
        .setLock('pessimistic_write')
        .where('pr.id IN (:...ids)', { ids: unique })
        .orderBy('pr.id')
        .getMany();
      const byId = new Map(locked.map((r) => [r.id, r]));
      unique.forEach((id, i) => {
        const request = byId.get(id);
        if (!request) throw new NotFoundException('Payment request', `paymentRequestIds.${i}`);
        if (request.status !== 'APPROVED' && request.status !== 'FAILED') {
          throw new InvalidStateException(
            `${paymentReference(request)} is ${request.status.toLowerCase().replace('_', ' ')}: only approved (or failed) requests are scheduled`,
          );
        }
      });
      const requests = unique.map((id) => byId.get(id)!);
      const batch = await manager.save(
        manager.create(PaymentBatchEntity, {
          createdBy: actor.id,
          totalCents: sumCents(requests.map((r) => r.totalCents)),
        }),
      );
      const items: PaymentBatchItemEntity[] = [];
      for (const request of requests) {
        items.push(
          await manager.save(
            manager.create(PaymentBatchItemEntity, {
              batchId: batch.id,
              paymentRequestId: request.id,
              amountCents: request.totalCents,
              outcome: null,
            }),
          ),
        );
        const before = { status: request.status };
        request.status = 'SCHEDULED';
        request.failureReason = null;
        const saved = await manager.save(request);
        await this.audit.record(manager, {
          action: 'payment.schedule',
          entityType: 'PaymentRequest',
          entityId: request.id,
          before,
          after: { status: 'SCHEDULED', batchId: batch.id },
        });
        await this.payments.mail(manager, saved, 'scheduled', members);
      }
      await this.audit.record(manager, {
        action: 'payment.batch.create',
        entityType: 'PaymentBatch',
        entityId: batch.id,
        after: { paymentRequestIds: unique, totalCents: batch.totalCents.toString() },
      });
      return { batch, items };
    });
  }

  /**
   * Records what the accounting system did. One transaction for the whole call; the batch
   * row is locked, so a retry waits for (and then sees) an earlier attempt. A result already
   * recorded the same way is skipped, never posted again; a different one is refused.
   */
  async record(
    actor: AuthUser,
    batchId: string,
    results: PaymentResultInput[],
  ): Promise<{ batch: PaymentBatchEntity; items: PaymentBatchItemEntity[] }> {
    if (!results.length) throw new BadUserInputException('results', 'Give at least one result');
    if (results.length > MAX_BATCH)
      throw new BadUserInputException('results', `At most ${MAX_BATCH} results at a time`);
    results.forEach((r, i) => {
      if (results.findIndex((o) => o.paymentRequestId.toLowerCase() === r.paymentRequestId.toLowerCase()) !== i)
        throw new BadUserInputException(`results.${i}.paymentRequestId`, 'This request is listed twice');
      if (r.outcome === PaymentOutcomeEnum.PAID) {
        if (!r.paidOn) throw new BadUserInputException(`results.${i}.paidOn`, 'Give the date it was paid');
        // A real calendar date in a plausible range (never a year PostgreSQL cannot store).
        if (
          !/^(19|20)\d\d-\d\d-\d\d$/.test(r.paidOn) ||
          Number.isNaN(Date.parse(`${r.paidOn}T00:00:00Z`)) ||
          new Date(`${r.paidOn}T00:00:00Z`).toISOString().slice(0, 10) !== r.paidOn
        ) {
          throw new BadUserInputException(`results.${i}.paidOn`, 'paidOn must be a date (YYYY-MM-DD)');
        }
        if (!r.reference) throw new BadUserInputException(`results.${i}.reference`, 'Give the check or EFT reference');
        if (r.paidOn > this.clock.now().toISOString().slice(0, 10))
          throw new BadUserInputException(`results.${i}.paidOn`, 'The payment date cannot be in the future');
      } else if (!r.note) {
        throw new BadUserInputException(`results.${i}.note`, 'Say why the payment failed: the grantee reads it');
      }
    });
    const preview = await this.items.find({ where: { batchId } });
    const previewRequests = preview.length
      ? await this.batches.manager.find(PaymentRequestEntity, {
          where: { id: In(preview.map((i) => i.paymentRequestId)) },
        })
      : [];
    const members = await this.payments.membersOf(previewRequests.map((r) => r.organizationId));
    const organizations = await this.organizations.byIds(previewRequests.map((r) => r.organizationId));
    const awards = await this.awards.byIds(previewRequests.map((r) => r.awardId));
    return this.transactions.run(async (manager) => {
      const batch = await manager
        .getRepository(PaymentBatchEntity)
        .createQueryBuilder('b')
        .setLock('pessimistic_write')
        .where('b.id = :batchId', { batchId })
        .getOne();
      if (!batch) throw new NotFoundException('Payment batch', 'batchId');
      const items = await manager.find(PaymentBatchItemEntity, { where: { batchId } });
      for (const [i, result] of results.entries()) {
        const item = items.find((it) => it.paymentRequestId === result.paymentRequestId.toLowerCase());
        if (!item)
          throw new BadUserInputException(`results.${i}.paymentRequestId`, 'This request is not in this batch');
        if (item.outcome) {
          const same =
            item.outcome === result.outcome &&
            (result.outcome === PaymentOutcomeEnum.FAILED ||
              (item.paidOn === result.paidOn && item.reference === result.reference));
          if (same) continue;
          throw new InvalidStateException(
            `The result of this request was already recorded as ${item.outcome.toLowerCase()}${item.reference ? ` (${item.reference})` : ''}; it cannot change`,
          );
        }
        const request = await this.payments.lock(manager, item.paymentRequestId);
        if (request.status !== 'SCHEDULED')
          throw new InvalidStateException(
            `${paymentReference(request)} is ${request.status.toLowerCase()}, not scheduled`,
          );
        const before = { status: request.status };
        item.outcome = result.outcome;
        item.recordedBy = actor.id;
        item.recordedAt = this.clock.now();
        item.note = result.note ?? null;
        if (result.outcome === PaymentOutcomeEnum.PAID) {
          item.paidOn = result.paidOn!;
          item.reference = result.reference!;
          request.status = 'PAID';
          request.paidOn = item.paidOn;
          request.paymentReference = item.reference;
          if (this.posting) {
            const award = awards.get(request.awardId)!;
            const org = organizations.get(request.organizationId);
            const posted = await this.posting.postGrantPayment(manager, {
              roundId: award.roundId,
              awardId: award.id,
              paymentRequestId: request.id,
              paidOn: item.paidOn,
              payee: org?.name ?? request.organizationId,
              description: `${paymentReference(request)} (${request.kind.toLowerCase()})`,
              amountCents: item.amountCents,
              actorId: actor.id,
            });
            item.ledgerEntryId = request.ledgerEntryId = posted?.entryId ?? null;
          }
        } else {
          request.status = 'FAILED';
          request.failureReason = item.note;
        }
        await manager.save(item);
        const saved = await manager.save(request);
        await this.audit.record(manager, {
          action: 'payment.record',
          entityType: 'PaymentRequest',
          entityId: request.id,
          before,
          after: {
            status: saved.status,
            batchId,
            paidOn: item.paidOn,
            reference: item.reference,
            note: item.note,
            ledgerEntryId: item.ledgerEntryId,
          },
        });
        await this.payments.mail(manager, saved, saved.status === 'PAID' ? 'paid' : 'failed', members, item.note);
      }
      return { batch, items };
    });
  }

  async get(id: string): Promise<{ batch: PaymentBatchEntity; items: PaymentBatchItemEntity[] }> {
    const batch = await this.batches.findOne({ where: { id } });
    if (!batch) throw new NotFoundException('Payment batch', 'id');
    return { batch, items: await this.items.find({ where: { batchId: id }, order: { id: 'ASC' } }) };
  }

  /**
   * Batches by creation time, oldest first unless `newestFirst`; `complete` keeps only batches
   * with every result recorded (true) or with one still missing (false).
   */
  async list(
    args: PageArgs & { newestFirst?: boolean; complete?: boolean },
  ): Promise<Page<{ batch: PaymentBatchEntity; items: PaymentBatchItemEntity[] }>> {
    const query = this.batches.createQueryBuilder('b');
    if (args.complete !== undefined && args.complete !== null) {
      const waiting = 'SELECT 1 FROM payment_batch_items i WHERE i.batch_id = b.id AND i.outcome IS NULL';
      query.where(`${args.complete ? 'NOT ' : ''}EXISTS (${waiting})`);
    }
    const page = await paginate(query, args, {
      // created_at holds milliseconds, as the cursor's JavaScript Date does (BaseEntity).
      column: 'b.created_at',
      value: (b) => b.createdAt.toISOString(),
      direction: args.newestFirst ? 'DESC' : 'ASC',
    });
    const items = page.nodes.length
      ? await this.items.find({ where: { batchId: In(page.nodes.map((b) => b.id)) } })
      : [];
    return {
      ...page,
      nodes: page.nodes.map((batch) => ({ batch, items: items.filter((i) => i.batchId === batch.id) })),
    };
  }

  /** The payment file: one row per request (payee, organization, award, amount, strategy codes, reference), CSV-injection safe. */
  async csv(id: string): Promise<Buffer> {
    const { items } = await this.get(id);
    const requests = items.length
      ? await this.batches.manager.find(PaymentRequestEntity, {
          where: { id: In(items.map((i) => i.paymentRequestId)) },
        })
      : [];
    const awards = await this.awards.byIds(requests.map((r) => r.awardId));
    const orgs = await this.organizations.byIds(requests.map((r) => r.organizationId));
    const codes = (await this.posting?.strategyCodes?.([...awards.values()].map((a) => a.roundId))) ?? new Map();
    const rows = items.map((item) => {
      const request = requests.find((r) => r.id === item.paymentRequestId)!;
      const org = orgs.get(request.organizationId);
      const award = awards.get(request.awardId);
      const cents = item.amountCents;
      return [
        org?.name ?? '',
        org ? `${org.name}${org.state ? `, ${org.state}` : ''}` : '',
        award?.id ?? '',
        `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`,
        // The round's strategy tags, as the ledger posts the expenditure (empty when the round has no fund).
        (award ? (codes.get(award.roundId) ?? []) : []).join('; '),
        paymentReference(request),
      ];
    });
    return toCsv({
      name: 'Payments',
      columns: [
        { header: 'Payee', kind: 'text' },
        { header: 'Organization', kind: 'text' },
        { header: 'Award', kind: 'text' },
        { header: 'Amount', kind: 'text' },
        { header: 'Strategy codes', kind: 'text' },
        { header: 'Reference', kind: 'text' },
      ],
      rows,
    });
  }
}
