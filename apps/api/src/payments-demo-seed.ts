import { Injectable } from '@nestjs/common';
import { Clock, runWithRequestContext } from '@abate/api/core';
import type { UserEntity } from '@abate/api/organizations';
import { MilestonesService } from '@abate/api/reporting';
import { AttachmentsService } from '@abate/api/attachments';
import {
  PaymentBatchesService,
  PaymentLineAttachments,
  PaymentKindEnum,
  PaymentOutcomeEnum,
  PaymentReviewDecision,
  PaymentsService,
} from '@abate/api/payments';
import type { PaymentRequestEntity } from '@abate/api/payments';
import { addDays } from '@abate/shared/calendar';
import { actorOf } from './review-demo-seed';

/** A one-page PDF standing in for an invoice or a payroll register. */
const invoicePdf = (title: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${title}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );

/**
 * Buncombe County's award gets three payment requests: the first quarter reimbursed and
 * paid, the second approved by the program officer and waiting for finance, the third a draft.
 */
@Injectable()
export class PaymentsDemoSeed {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly payments: PaymentsService,
    private readonly batches: PaymentBatchesService,
    private readonly attachments: AttachmentsService,
    private readonly lineOwner: PaymentLineAttachments,
  ) {}

  async run(awardId: string, grantee: UserEntity, officer: UserEntity, finance: UserEntity): Promise<void> {
    const applicant = actorOf(grantee);
    const programOfficer = actorOf(officer);
    const financeOfficer = actorOf(finance);
    const quarters = (await this.milestones.ofAwards([awardId])).get(awardId)!.filter((m) => m.kind === 'QUARTERLY');
    const at = (date: string) => new Date(`${date}T15:00:00Z`);
    const as = <T>(actor: ReturnType<typeof actorOf>, date: string, work: () => Promise<T>) =>
      runWithRequestContext({ requestId: 'demo-seed', actor }, () => Clock.runAsOf(at(date), work));

    const draft = async (
      quarter: number,
      lines: Array<{ category: string; description: string; amountCents: bigint }>,
    ): Promise<PaymentRequestEntity> => {
      const q = quarters[quarter];
      const date = addDays(q.periodEnd, 10);
      const created = await as(applicant, date, () =>
        this.payments.create(applicant, awardId, {
          kind: PaymentKindEnum.REIMBURSEMENT,
          periodStart: q.periodStart,
          periodEnd: q.periodEnd,
          final: false,
          lines,
        }),
      );
      for (const line of created.lines) {
        await as(applicant, date, () =>
          this.attachments.upload(
            applicant,
            this.lineOwner,
            line.id,
            `${line.category}-${q.label.replace(' ', '-')}.pdf`,
            invoicePdf(line.description),
          ),
        );
      }
      return created;
    };

    // Quarter 1: submitted, approved twice, paid.
    const first = await draft(0, [
      {
        category: 'personnel',
        description: 'Outreach team salaries (payroll register attached)',
        amountCents: 2_600_000n,
      },
      { category: 'supplies', description: 'Naloxone kits and test strips (invoice 2291)', amountCents: 480_000n },
    ]);
    const q1 = addDays(quarters[0].periodEnd, 12);
    await as(applicant, q1, () => this.payments.submit(applicant, first.id, first.version));
    await as(programOfficer, addDays(q1, 3), () =>
      this.payments.review(programOfficer, first.id, PaymentReviewDecision.APPROVE, undefined),
    );
    await as(financeOfficer, addDays(q1, 5), () =>
      this.payments.review(financeOfficer, first.id, PaymentReviewDecision.APPROVE, undefined),
    );
    const { batch } = await as(financeOfficer, addDays(q1, 6), () => this.batches.schedule(financeOfficer, [first.id]));
    await as(financeOfficer, addDays(q1, 9), () =>
      this.batches.record(financeOfficer, batch.id, [
        {
          paymentRequestId: first.id,
          outcome: PaymentOutcomeEnum.PAID,
          paidOn: addDays(q1, 8),
          reference: 'EFT-2025-00417',
        },
      ]),
    );

    // Quarter 2: approved by the program officer, waiting for finance.
    const second = await draft(1, [
      {
        category: 'personnel',
        description: 'Outreach team salaries (payroll register attached)',
        amountCents: 2_700_000n,
      },
      { category: 'travel', description: 'Mileage for home visits (log attached)', amountCents: 240_000n },
    ]);
    const q2 = addDays(quarters[1].periodEnd, 12);
    await as(applicant, q2, () => this.payments.submit(applicant, second.id, second.version));
    await as(programOfficer, addDays(q2, 4), () =>
      this.payments.review(programOfficer, second.id, PaymentReviewDecision.APPROVE, undefined),
    );

    // Quarter 3: a draft the grantee is still writing.
    await draft(2, [{ category: 'supplies', description: 'Naloxone kits (invoice pending)', amountCents: 480_000n }]);
  }
}
