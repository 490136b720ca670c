/** Test factories for payments (`@abate/testing/payments`). */
import type { TestApp } from '@abate/api/testing';
import { gql } from '@abate/api/testing';
import { samplePdf } from '@abate/testing/attachments';

export const PAYMENT_FIELDS = `id status version kind number reference totalCents reviewNote paidOn paymentReference failureReason ledgerEntryId
  lines { id category description amountCents documents { id } } approvals { role decision note cycle user { id } } attachments { id fileName }`;

export interface PaymentRequestJson {
  id: string;
  status: string;
  version: number;
  kind: string;
  number: number;
  reference: string;
  totalCents: string;
  reviewNote: string | null;
  paidOn: string | null;
  paymentReference: string | null;
  failureReason: string | null;
  ledgerEntryId: string | null;
  lines: Array<{
    id: string;
    category: string;
    description: string;
    amountCents: string;
    documents: Array<{ id: string }>;
  }>;
  approvals: Array<{ role: string; decision: string; note: string | null; cycle: number; user: { id: string } }>;
  attachments: Array<{ id: string; fileName: string }>;
}

export function uploadPaymentDocument(
  t: TestApp,
  options: { lineId: string; token: string; fileName?: string; bytes?: Buffer },
) {
  return t
    .http()
    .post(`/api/payment-lines/${options.lineId}/attachments`)
    .set('content-type', 'application/octet-stream')
    .set('x-file-name', encodeURIComponent(options.fileName ?? 'invoice.pdf'))
    .set('authorization', `Bearer ${options.token}`)
    .send(options.bytes ?? samplePdf('Invoice'));
}

/**
 * A draft payment request through the API (as the grantee), each line with a document,
 * for the period 2027-01-01 to 2027-03-31 unless told otherwise.
 */
export async function draftPaymentRequest(
  t: TestApp,
  options: {
    awardId: string;
    token: string;
    kind?: 'REIMBURSEMENT' | 'ADVANCE';
    lines?: Array<{ category: string; amountCents: string | number; description?: string }>;
    documents?: boolean;
    periodStart?: string;
    periodEnd?: string;
  },
): Promise<PaymentRequestJson> {
  const res = await gql<{ createPaymentRequest: PaymentRequestJson }>(
    t,
    `mutation($a: ID!, $i: PaymentRequestInput!) { createPaymentRequest(awardId: $a, input: $i) { ${PAYMENT_FIELDS} } }`,
    {
      a: options.awardId,
      i: {
        kind: options.kind ?? 'REIMBURSEMENT',
        periodStart: options.periodStart ?? '2027-01-01',
        periodEnd: options.periodEnd ?? '2027-03-31',
        final: false,
        lines: (options.lines ?? [{ category: 'supplies', amountCents: '100000' }]).map((l) => ({
          category: l.category,
          description: l.description ?? `Spending on ${l.category}`,
          amountCents: String(l.amountCents),
        })),
      },
    },
    { token: options.token },
  );
  if (!res.data) throw new Error(`createPaymentRequest failed: ${JSON.stringify(res.errors)}`);
  const request = res.data.createPaymentRequest;
  if (options.documents !== false && request.kind === 'REIMBURSEMENT') {
    for (const line of request.lines) {
      const up = await uploadPaymentDocument(t, { lineId: line.id, token: options.token });
      if (up.status !== 201) throw new Error(`upload failed: ${up.status} ${JSON.stringify(up.body)}`);
    }
  }
  return request;
}

export const SUBMIT_PAYMENT = `mutation($id: ID!, $v: Int!) { submitPaymentRequest(id: $id, version: $v) { ${PAYMENT_FIELDS} } }`;
export const REVIEW_PAYMENT = `mutation($id: ID!, $d: PaymentReviewDecision!, $n: String) { reviewPaymentRequest(id: $id, decision: $d, note: $n) { ${PAYMENT_FIELDS} } }`;
export const SCHEDULE_PAYMENTS = `mutation($ids: [ID!]!) { schedulePayments(paymentRequestIds: $ids) { id totalCents csvUrl complete items { paymentRequestId amountCents outcome } } }`;
export const RECORD_RESULTS = `mutation($b: ID!, $r: [PaymentResultInput!]!) { recordPaymentResults(batchId: $b, results: $r) { id complete items { paymentRequestId outcome paidOn reference note } } }`;

/** Submitted, approved by `officer` then `finance`: ready to schedule. */
export async function approvedPaymentRequest(
  t: TestApp,
  options: {
    awardId: string;
    token: string;
    officerToken: string;
    financeToken: string;
    lines?: Array<{ category: string; amountCents: string | number }>;
  },
): Promise<PaymentRequestJson> {
  const draft = await draftPaymentRequest(t, options);
  const submitted = await gql<{ submitPaymentRequest: PaymentRequestJson }>(
    t,
    SUBMIT_PAYMENT,
    { id: draft.id, v: draft.version },
    { token: options.token },
  );
  if (!submitted.data) throw new Error(`submit failed: ${JSON.stringify(submitted.errors)}`);
  for (const token of [options.officerToken, options.financeToken]) {
    const res = await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token });
    if (!res.data) throw new Error(`review failed: ${JSON.stringify(res.errors)}`);
  }
  const res = await gql<{ paymentRequest: PaymentRequestJson }>(
    t,
    `query($id: ID!) { paymentRequest(id: $id) { ${PAYMENT_FIELDS} } }`,
    { id: draft.id },
    { token: options.token },
  );
  return res.data!.paymentRequest;
}
