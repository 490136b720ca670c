import { Global, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { MembershipRole } from '@abate/api/organizations';
import { createAward } from '@abate/testing/awards';
import {
  approvedPaymentRequest,
  draftPaymentRequest,
  PAYMENT_FIELDS,
  PaymentRequestJson,
  RECORD_RESULTS,
  REVIEW_PAYMENT,
  SCHEDULE_PAYMENTS,
  SUBMIT_PAYMENT,
  uploadPaymentDocument,
} from '../testing';
import { PAYMENT_POSTING } from './payment-posting';
import type { GrantPaymentPosting, PaymentPosting } from './payment-posting';
import { PaymentsModule } from './payments.module';

/**
 * Stands in for the ledger (LedgerService.postGrantPayment) until it is on main: it writes
 * a row in the caller's transaction, so a rolled-back or repeated call shows as the ledger would.
 */
const calls: GrantPaymentPosting[] = [];
const recordingLedger: PaymentPosting = {
  async postGrantPayment(manager: EntityManager, input: GrantPaymentPosting) {
    calls.push(input);
    const [row] = await manager.query(
      `INSERT INTO test_ledger (payment_request_id, amount_cents) VALUES ($1, $2) RETURNING id`,
      [input.paymentRequestId, input.amountCents.toString()],
    );
    return { entryId: row.id as string };
  },
};
@Global()
@Module({ providers: [{ provide: PAYMENT_POSTING, useValue: recordingLedger }], exports: [PAYMENT_POSTING] })
class RecordingLedgerModule {}

const BUDGET =
  'query($id: ID!) { award(id: $id) { id version amountCents budget { category awardedCents paidCents pendingCents remainingCents } application { budgetLines { category amountCents } } } }';
const GET = `query($id: ID!) { paymentRequest(id: $id) { ${PAYMENT_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $v: Int!, $i: PaymentRequestInput!) { savePaymentRequest(id: $id, version: $v, input: $i) { ${PAYMENT_FIELDS} } }`;
const AMEND =
  'mutation($a: ID!, $v: Int!, $i: AwardAmendmentInput!) { amendAward(awardId: $a, version: $v, input: $i) { id number status previous { amountCents budgetLines { category amountCents } } } }';
const DECIDE_AMENDMENT =
  'mutation($id: ID!, $d: AmendmentDecision!, $n: String) { decideAwardAmendment(id: $id, decision: $d, note: $n) { id status decidedAt } }';

interface BudgetLine {
  category: string;
  awardedCents: string;
  paidCents: string;
  pendingCents: string;
  remainingCents: string;
}

describe('payments', () => {
  let t: TestApp;
  let officer: TestUser;
  let officer2: TestUser;
  let finance: TestUser;
  let both: TestUser;
  let auditor: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [RecordingLedgerModule, PaymentsModule] });
    await t.dataSource.query(
      `CREATE TABLE test_ledger (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), payment_request_id uuid NOT NULL, amount_cents bigint NOT NULL)`,
    );
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    officer2 = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    finance = await createUser(t, { roles: [Role.FINANCE_OFFICER] });
    both = await createUser(t, { roles: [Role.PROGRAM_OFFICER, Role.FINANCE_OFFICER] });
    auditor = await createUser(t, { roles: [Role.AUDITOR] });
  });
  afterAll(() => t.close());

  const budgetOf = async (awardId: string, token: string) =>
    (await gql<{ award: { version: number; budget: BudgetLine[] } }>(t, BUDGET, { id: awardId }, { token })).data!
      .award;
  const get = async (id: string, token: string) =>
    (await gql<{ paymentRequest: PaymentRequestJson }>(t, GET, { id }, { token })).data!.paymentRequest;
  const ledgerRows = async (id: string) =>
    (await t.dataSource.query(`SELECT amount_cents::text AS amount FROM test_ledger WHERE payment_request_id = $1`, [
      id,
    ])) as Array<{ amount: string }>;

  it('gives each award a budget per category: the request, scaled when less is awarded, leaving the application as it was', async () => {
    const { award, owner } = await createAward(t, { amountCents: 9_000_001 });
    const res = await gql<{
      award: { budget: BudgetLine[]; application: { budgetLines: Array<{ category: string; amountCents: string }> } };
    }>(t, BUDGET, { id: award.id }, { token: owner.token });
    expect(res.data!.award.budget.map((b) => [b.category, b.awardedCents, b.remainingCents])).toEqual([
      ['personnel', '8100001', '8100001'],
      ['supplies', '900000', '900000'],
    ]);
    expect(res.data!.award.application.budgetLines.map((l) => l.amountCents)).toEqual(['9000000', '1000000']);
  });

  it('gives an award made before budgets existed its default budget when a payment request is first checked against it', async () => {
    const { award, owner } = await createAward(t, { amountCents: 9_000_001 });
    await t.dataSource.query(`DELETE FROM award_budget_lines WHERE award_id = $1`, [award.id]);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    // The default comes from the application's budget, read in the submission's transaction
    // (on the embedded PGlite a read on another connection waited for that transaction forever).
    const submitted = await gql<{ submitPaymentRequest: PaymentRequestJson }>(
      t,
      SUBMIT_PAYMENT,
      { id: draft.id, v: draft.version },
      { token: owner.token },
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitPaymentRequest.status).toBe('SUBMITTED');
    expect(
      (await budgetOf(award.id, owner.token)).budget.map((b) => [b.category, b.awardedCents, b.pendingCents]),
    ).toEqual([
      ['personnel', '8100001', '0'],
      ['supplies', '900000', '100000'],
    ]);
  });

  it('shows the queue’s awards with their organizations and rounds, read in one query for the page', async () => {
    // One after another: the factory moves the test clock to each round's deadline.
    const made = [await createAward(t), await createAward(t)];
    const ids: string[] = [];
    for (const { award, owner } of made) {
      const draft = await draftPaymentRequest(t, {
        awardId: award.id,
        token: owner.token,
        lines: [{ category: 'personnel', amountCents: 1_000 }],
      });
      ids.push(draft.id);
    }
    const QUEUE = `query($a: ID) { paymentRequests(awardId: $a, first: 10) { nodes { id award { id organization { id name } round { id title closesAtLocal } } } } }`;
    // Every statement, the repositories' included, goes through a query runner.
    const runner = t.dataSource.createQueryRunner();
    const query = jest.spyOn(Object.getPrototypeOf(runner) as { query: (sql: string) => Promise<unknown> }, 'query');
    await runner.release();
    try {
      for (const [i, { award, round }] of made.entries()) {
        query.mockClear();
        const r = await gql<{
          paymentRequests: {
            nodes: Array<{
              id: string;
              award: {
                id: string;
                organization: { id: string };
                round: { id: string; title: string; closesAtLocal: string };
              };
            }>;
          };
        }>(t, QUEUE, { a: award.id }, { token: officer.token });
        expect(r.errors).toBeUndefined();
        const [node] = r.data!.paymentRequests.nodes;
        expect(node.id).toBe(ids[i]);
        expect(node.award).toMatchObject({
          id: award.id,
          organization: { id: award.organizationId },
          round: { id: round.id, title: round.title },
        });
        expect(node.award.round.closesAtLocal).toMatch(/\d{4}/);
        // The award, its organization and its round come from one joined query, not three.
        const reads = query.mock.calls.map(([sql]) => String(sql));
        expect(reads.filter((sql) => /FROM "[^"]+"\."awards"/.test(sql) && /JOIN/.test(sql))).toHaveLength(1);
        expect(reads.filter((sql) => /FROM "[^"]+"\."organizations"/.test(sql) && !/JOIN/.test(sql))).toEqual([]);
        expect(reads.filter((sql) => /FROM "[^"]+"\."funding_rounds"/.test(sql) && !/JOIN/.test(sql))).toEqual([]);
      }
    } finally {
      query.mockRestore();
    }
  });

  it('walks a reimbursement from draft to paid: program officer, then finance, a batch and its file, one ledger posting', async () => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      lines: [
        { category: 'personnel', amountCents: 250_000 },
        { category: 'supplies', amountCents: '125050' },
      ],
    });
    expect(draft).toMatchObject({ status: 'DRAFT', totalCents: '375050', number: 1 });
    expect(draft.attachments).toHaveLength(0); // the documents were added after this answer

    // Stale version: CONFLICT; the grantee's autosave then carries on with the current one.
    const stale = await gql(
      t,
      SAVE,
      { id: draft.id, v: draft.version - 1, i: { final: true } },
      { token: owner.token },
    );
    expect(errorOf(stale).code).toBe('CONFLICT');
    const saved = (
      await gql<{ savePaymentRequest: PaymentRequestJson }>(
        t,
        SAVE,
        { id: draft.id, v: draft.version, i: { final: true } },
        { token: owner.token },
      )
    ).data!.savePaymentRequest;
    expect(saved.version).toBe(draft.version + 1);

    // Nobody but the grantee submits, and nobody reviews a draft.
    expect(
      errorOf(await gql(t, SUBMIT_PAYMENT, { id: draft.id, v: saved.version }, { token: officer.token })).code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: officer.token })).code).toBe(
      'INVALID_STATE',
    );

    const submitted = (
      await gql<{ submitPaymentRequest: PaymentRequestJson }>(
        t,
        SUBMIT_PAYMENT,
        { id: draft.id, v: saved.version },
        { token: owner.token },
      )
    ).data!.submitPaymentRequest;
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.lines.map((l) => l.documents.length)).toEqual([1, 1]);
    expect(submitted.attachments).toHaveLength(2);
    expect((await budgetOf(award.id, owner.token)).budget).toEqual([
      {
        category: 'personnel',
        awardedCents: '9000000',
        paidCents: '0',
        pendingCents: '250000',
        remainingCents: '8750000',
      },
      {
        category: 'supplies',
        awardedCents: '1000000',
        paidCents: '0',
        pendingCents: '125050',
        remainingCents: '874950',
      },
    ]);

    // The grantee's submitted request is read-only; finance cannot go first; the grantee cannot review.
    expect(
      errorOf(await gql(t, SAVE, { id: draft.id, v: submitted.version, i: { final: true } }, { token: owner.token }))
        .code,
    ).toBe('INVALID_STATE');
    expect(errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: finance.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: owner.token })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: auditor.token })).code).toBe(
      'FORBIDDEN',
    );

    // The person holding both roles gives the program approval, and then may not give finance's.
    const first = (
      await gql<{ reviewPaymentRequest: PaymentRequestJson }>(
        t,
        REVIEW_PAYMENT,
        { id: draft.id, d: 'APPROVE' },
        { token: both.token },
      )
    ).data!.reviewPaymentRequest;
    expect(first.status).toBe('PROGRAM_APPROVED');
    const twice = await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: both.token });
    expect(errorOf(twice)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('another person') });
    expect(errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: officer.token })).code).toBe(
      'FORBIDDEN',
    );
    const approved = (
      await gql<{ reviewPaymentRequest: PaymentRequestJson }>(
        t,
        REVIEW_PAYMENT,
        { id: draft.id, d: 'APPROVE' },
        { token: finance.token },
      )
    ).data!.reviewPaymentRequest;
    expect(approved.status).toBe('APPROVED');
    expect(approved.approvals.map((a) => [a.role, a.decision, a.user.id])).toEqual([
      ['PROGRAM_OFFICER', 'APPROVE', both.user.id],
      ['FINANCE_OFFICER', 'APPROVE', finance.user.id],
    ]);

    // Only finance schedules; the batch's file lists the payment, formula-safe.
    expect(errorOf(await gql(t, SCHEDULE_PAYMENTS, { ids: [draft.id] }, { token: officer.token })).code).toBe(
      'FORBIDDEN',
    );
    const batch = (
      await gql<{ schedulePayments: { id: string; csvUrl: string; totalCents: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: [draft.id] },
        { token: finance.token },
      )
    ).data!.schedulePayments;
    expect(batch.totalCents).toBe('375050');
    expect((await get(draft.id, owner.token)).status).toBe('SCHEDULED');
    const file = await t.http().get(batch.csvUrl).set('authorization', `Bearer ${finance.token}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    const lines = file.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Payee,Organization,Award,Amount,Strategy codes,Reference');
    expect(lines[1]).toContain(`,${award.id},3750.50,,${approved.reference}`);
    expect((await t.http().get(batch.csvUrl).set('authorization', `Bearer ${owner.token}`)).status).toBe(403);
    expect((await t.http().get(batch.csvUrl)).status).toBe(401);
    // The batch page names each item's request and payee.
    const items = await gql<{
      paymentBatch: { items: Array<{ paymentRequest: { reference: string; status: string } }> };
    }>(
      t,
      'query($id: ID!) { paymentBatch(id: $id) { items { paymentRequest { reference status } } } }',
      { id: batch.id },
      { token: finance.token },
    );
    expect(items.data!.paymentBatch.items).toEqual([
      { paymentRequest: { reference: approved.reference, status: 'SCHEDULED' } },
    ]);

    // Paid: posted once, in the same transaction; a retried call posts nothing more.
    const result = { paymentRequestId: draft.id, outcome: 'PAID', paidOn: '2026-11-02', reference: 'EFT-000123' };
    const recorded = await gql<{ recordPaymentResults: { complete: boolean } }>(
      t,
      RECORD_RESULTS,
      { b: batch.id, r: [result] },
      { token: finance.token },
    );
    expect(recorded.data!.recordPaymentResults.complete).toBe(true);
    const again = await gql<{ recordPaymentResults: { complete: boolean } }>(
      t,
      RECORD_RESULTS,
      { b: batch.id, r: [result] },
      { token: finance.token },
    );
    expect(again.data!.recordPaymentResults.complete).toBe(true);
    expect(await ledgerRows(draft.id)).toEqual([{ amount: '375050' }]);
    expect(calls.filter((c) => c.paymentRequestId === draft.id)).toHaveLength(1);
    const paid = await get(draft.id, owner.token);
    expect(paid).toMatchObject({ status: 'PAID', paidOn: '2026-11-02', paymentReference: 'EFT-000123' });
    expect(paid.ledgerEntryId).toBeTruthy();
    // A different result for a recorded request is refused.
    expect(
      errorOf(
        await gql(
          t,
          RECORD_RESULTS,
          { b: batch.id, r: [{ ...result, reference: 'EFT-999' }] },
          { token: finance.token },
        ),
      ).code,
    ).toBe('INVALID_STATE');
    expect(
      (await budgetOf(award.id, owner.token)).budget.map((b) => [
        b.category,
        b.paidCents,
        b.pendingCents,
        b.remainingCents,
      ]),
    ).toEqual([
      ['personnel', '250000', '0', '8750000'],
      ['supplies', '125050', '0', '874950'],
    ]);

    // The grantee heard of every step.
    const mail: Array<{ kind: string }> = await t.dataSource.query(
      `SELECT kind FROM outbox_messages WHERE recipient_user_id = $1 ORDER BY created_at`,
      [owner.user.id],
    );
    expect(mail.map((m) => m.kind).filter((k) => k.startsWith('payment.'))).toEqual([
      'payment.submitted',
      'payment.program_approved',
      'payment.approved',
      'payment.scheduled',
      'payment.paid',
    ]);
    // And the trail has every step.
    const trail: Array<{ action: string }> = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, action`,
      [draft.id],
    );
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'payment.create',
        'payment.save',
        'payment.submit',
        'payment.review',
        'payment.schedule',
        'payment.record',
      ]),
    );
  });

  it('a failed payment posts nothing, and the request can be scheduled again and paid once', async () => {
    const { award, owner } = await createAward(t);
    const request = await approvedPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      officerToken: officer.token,
      financeToken: finance.token,
    });
    const batch = (
      await gql<{ schedulePayments: { id: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: [request.id] },
        { token: finance.token },
      )
    ).data!.schedulePayments;
    const missingNote = await gql(
      t,
      RECORD_RESULTS,
      { b: batch.id, r: [{ paymentRequestId: request.id, outcome: 'FAILED' }] },
      { token: finance.token },
    );
    expect(errorOf(missingNote)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'results.0.note' });
    await gql(
      t,
      RECORD_RESULTS,
      { b: batch.id, r: [{ paymentRequestId: request.id, outcome: 'FAILED', note: 'Bank account closed' }] },
      { token: finance.token },
    );
    expect(await ledgerRows(request.id)).toEqual([]);
    const failed = await get(request.id, owner.token);
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'Bank account closed', ledgerEntryId: null });
    // Still owed: it counts as pending against the budget.
    expect((await budgetOf(award.id, owner.token)).budget.find((b) => b.category === 'supplies')!.pendingCents).toBe(
      '100000',
    );

    const second = (
      await gql<{ schedulePayments: { id: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: [request.id] },
        { token: finance.token },
      )
    ).data!.schedulePayments;
    await gql(
      t,
      RECORD_RESULTS,
      {
        b: second.id,
        r: [{ paymentRequestId: request.id, outcome: 'PAID', paidOn: '2026-11-03', reference: 'CHK-5' }],
      },
      { token: finance.token },
    );
    expect(await ledgerRows(request.id)).toEqual([{ amount: '100000' }]);
    // The first batch's result stays FAILED and cannot be turned into a second payment.
    expect(
      errorOf(
        await gql(
          t,
          RECORD_RESULTS,
          {
            b: batch.id,
            r: [{ paymentRequestId: request.id, outcome: 'PAID', paidOn: '2026-11-03', reference: 'CHK-5' }],
          },
          { token: finance.token },
        ),
      ).code,
    ).toBe('INVALID_STATE');
    expect(await ledgerRows(request.id)).toEqual([{ amount: '100000' }]);
    // Only approved or failed requests are scheduled.
    expect(errorOf(await gql(t, SCHEDULE_PAYMENTS, { ids: [request.id] }, { token: finance.token })).code).toBe(
      'INVALID_STATE',
    );
  });

  it('sends a request back with a note, takes it again, and rejects with a reason (both need the note)', async () => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    await gql(t, SUBMIT_PAYMENT, { id: draft.id, v: draft.version }, { token: owner.token });
    expect(
      errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'REQUEST_CHANGES' }, { token: officer.token })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const back = (
      await gql<{ reviewPaymentRequest: PaymentRequestJson }>(
        t,
        REVIEW_PAYMENT,
        { id: draft.id, d: 'REQUEST_CHANGES', n: 'Attach the naloxone invoice, not the quote' },
        { token: officer.token },
      )
    ).data!.reviewPaymentRequest;
    expect(back).toMatchObject({
      status: 'CHANGES_REQUESTED',
      reviewNote: 'Attach the naloxone invoice, not the quote',
    });
    // Not counted against the budget while it is back with the grantee.
    expect((await budgetOf(award.id, owner.token)).budget.find((b) => b.category === 'supplies')!.pendingCents).toBe(
      '0',
    );
    const edited = (
      await gql<{ savePaymentRequest: PaymentRequestJson }>(
        t,
        SAVE,
        {
          id: draft.id,
          v: back.version,
          i: {
            lines: [
              {
                id: back.lines[0].id,
                category: 'supplies',
                description: 'Naloxone (invoice 42)',
                amountCents: '90000',
              },
            ],
          },
        },
        { token: owner.token },
      )
    ).data!.savePaymentRequest;
    expect(edited.lines[0].id).toBe(back.lines[0].id); // its document stays with it
    const again = (
      await gql<{ submitPaymentRequest: PaymentRequestJson }>(
        t,
        SUBMIT_PAYMENT,
        { id: draft.id, v: edited.version },
        { token: owner.token },
      )
    ).data!.submitPaymentRequest;
    expect(again.status).toBe('SUBMITTED');
    // A new cycle: the officer who sent it back may approve it now; a different finance officer rejects.
    await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: officer.token });
    expect(
      errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'REJECT' }, { token: finance.token })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const rejected = (
      await gql<{ reviewPaymentRequest: PaymentRequestJson }>(
        t,
        REVIEW_PAYMENT,
        { id: draft.id, d: 'REJECT', n: 'Costs outside the grant period' },
        { token: finance.token },
      )
    ).data!.reviewPaymentRequest;
    expect(rejected.status).toBe('REJECTED');
    // Terminal.
    expect(errorOf(await gql(t, REVIEW_PAYMENT, { id: draft.id, d: 'APPROVE' }, { token: officer2.token })).code).toBe(
      'INVALID_STATE',
    );
    expect(
      errorOf(await gql(t, SAVE, { id: draft.id, v: rejected.version, i: { final: true } }, { token: owner.token }))
        .code,
    ).toBe('INVALID_STATE');
  });

  it('refuses a line that passes what its category has left, naming the line, and asks for a document per reimbursed line', async () => {
    const { award, owner } = await createAward(t);
    const noDocs = await draftPaymentRequest(t, { awardId: award.id, token: owner.token, documents: false });
    expect(
      errorOf(await gql(t, SUBMIT_PAYMENT, { id: noDocs.id, v: noDocs.version }, { token: owner.token })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.documents' });
    const over = await draftPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      lines: [
        { category: 'supplies', amountCents: 600_000 },
        { category: 'personnel', amountCents: 100 },
        { category: 'supplies', amountCents: 400_001 },
      ],
    });
    const refused = await gql(t, SUBMIT_PAYMENT, { id: over.id, v: over.version }, { token: owner.token });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.2.amountCents' });
    expect(errorOf(refused).message).toContain('$4,000.00 left');
    expect((await get(over.id, owner.token)).status).toBe('DRAFT');
    // A category the award has no budget for.
    const travel = await draftPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      lines: [{ category: 'travel', amountCents: 1 }],
    });
    expect(
      errorOf(await gql(t, SUBMIT_PAYMENT, { id: travel.id, v: travel.version }, { token: owner.token })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines.0.amountCents' });
  });

  it('20 concurrent submissions that together exceed a category never all pass: approved + pending stays within the budget', async () => {
    const { award, owner } = await createAward(t);
    // supplies: $10,000 awarded; 20 requests of $1,000 = $20,000.
    const drafts: PaymentRequestJson[] = [];
    for (let i = 0; i < 20; i++)
      drafts.push(
        await draftPaymentRequest(t, {
          awardId: award.id,
          token: owner.token,
          lines: [{ category: 'supplies', amountCents: 100_000 }],
        }),
      );
    const results = await Promise.all(
      drafts.map((d) => gql(t, SUBMIT_PAYMENT, { id: d.id, v: d.version }, { token: owner.token })),
    );
    const passed = results.filter((r) => r.data);
    const refused = results.filter((r) => !r.data);
    expect(passed).toHaveLength(10);
    expect(
      refused.every((r) => errorOf(r).code === 'BAD_USER_INPUT' && errorOf(r).field === 'lines.0.amountCents'),
    ).toBe(true);
    const supplies = (await budgetOf(award.id, owner.token)).budget.find((b) => b.category === 'supplies')!;
    expect(supplies).toMatchObject({ awardedCents: '1000000', pendingCents: '1000000', remainingCents: '0' });
  });

  it('shows the officer, on a quarterly report, its spending beside what was paid for the quarter, with the differences', async () => {
    const { award, owner } = await createAward(t);
    const request = await approvedPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      officerToken: officer.token,
      financeToken: finance.token,
      lines: [{ category: 'personnel', amountCents: 250_000 }],
    });
    const batch = (
      await gql<{ schedulePayments: { id: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: [request.id] },
        { token: finance.token },
      )
    ).data!.schedulePayments;
    await gql(
      t,
      RECORD_RESULTS,
      { b: batch.id, r: [{ paymentRequestId: request.id, outcome: 'PAID', paidOn: '2026-11-02', reference: 'EFT-9' }] },
      { token: finance.token },
    );
    const milestones = await gql<{ award: { milestones: Array<{ id: string; periodStart: string }> } }>(
      t,
      'query($id: ID!) { award(id: $id) { milestones { id periodStart } } }',
      { id: award.id },
      { token: owner.token },
    );
    const q1 = milestones.data!.award.milestones.find((m) => m.periodStart === '2027-01-01')!;
    const saved = await gql<{ saveQuarterlyReport: { id: string } }>(
      t,
      'mutation($m: ID!, $i: QuarterlyReportInput!) { saveQuarterlyReport(milestoneId: $m, input: $i) { id } }',
      {
        m: q1.id,
        i: {
          spending: [
            { category: 'personnel', amountCents: 300_000 },
            { category: 'travel', amountCents: 4_000 },
          ],
        },
      },
      { token: owner.token },
    );
    const res = await gql<{
      quarterlyReport: {
        paymentComparison: Array<{
          category: string;
          reportedCents: string;
          paidCents: string;
          differenceCents: string;
        }>;
      };
    }>(
      t,
      'query($id: ID!) { quarterlyReport(id: $id) { paymentComparison { category reportedCents paidCents differenceCents } } }',
      { id: saved.data!.saveQuarterlyReport.id },
      { token: officer.token },
    );
    expect(res.data!.quarterlyReport.paymentComparison).toEqual([
      { category: 'personnel', reportedCents: '300000', paidCents: '250000', differenceCents: '50000' },
      { category: 'travel', reportedCents: '4000', paidCents: '0', differenceCents: '4000' },
    ]);
  });

  it('keeps a second advance waiting until the first is paid and settled', async () => {
    const { award, owner } = await createAward(t);
    const first = await draftPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      kind: 'ADVANCE',
      lines: [{ category: 'personnel', amountCents: 500_000 }],
    });
    expect(
      (await gql(t, SUBMIT_PAYMENT, { id: first.id, v: first.version }, { token: owner.token })).data,
    ).toBeTruthy();
    const second = await draftPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      kind: 'ADVANCE',
      lines: [{ category: 'personnel', amountCents: 500_000 }],
    });
    expect(
      errorOf(await gql(t, SUBMIT_PAYMENT, { id: second.id, v: second.version }, { token: owner.token })).code,
    ).toBe('INVALID_STATE');
  });

  it('keeps other organizations and anonymous callers out', async () => {
    const { award, owner } = await createAward(t);
    const { owner: stranger } = await createAward(t);
    const draft = await draftPaymentRequest(t, { awardId: award.id, token: owner.token });
    expect(errorOf(await gql(t, GET, { id: draft.id }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(t, GET, { id: draft.id })).code).toBe('UNAUTHENTICATED');
    expect(
      errorOf(await gql(t, SAVE, { id: draft.id, v: draft.version, i: { final: true } }, { token: stranger.token }))
        .code,
    ).toBe('FORBIDDEN');
    const create = await gql(
      t,
      `mutation($a: ID!) { createPaymentRequest(awardId: $a, input: { kind: ADVANCE }) { id } }`,
      { a: award.id },
      { token: stranger.token },
    );
    expect(errorOf(create).code).toBe('FORBIDDEN');
    expect((await uploadPaymentDocument(t, { lineId: draft.lines[0].id, token: stranger.token })).status).toBe(403);
    const list = await gql<{ paymentRequests: { nodes: Array<{ id: string }> } }>(
      t,
      `query($a: ID) { paymentRequests(awardId: $a, first: 100) { nodes { id } } }`,
      { a: award.id },
      { token: stranger.token },
    );
    expect(list.data!.paymentRequests.nodes).toEqual([]);
  });

  it('amends an award: versions kept and audited, remaining follows the approved version only', async () => {
    const { award, owner } = await createAward(t);
    const draft = await draftPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      lines: [{ category: 'supplies', amountCents: 500_000 }],
    });
    await gql(t, SUBMIT_PAYMENT, { id: draft.id, v: draft.version }, { token: owner.token });
    const { version } = await budgetOf(award.id, owner.token);
    const move = {
      reason: 'More naloxone, fewer staff hours',
      budgetLines: [
        { category: 'personnel', amountCents: '7000000' },
        { category: 'supplies', amountCents: '3000000' },
      ],
    };
    const unbalanced = await gql(
      t,
      AMEND,
      { a: award.id, v: version, i: { ...move, budgetLines: [{ category: 'supplies', amountCents: '1' }] } },
      { token: owner.token },
    );
    expect(errorOf(unbalanced)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budgetLines' });
    const proposed = (
      await gql<{ amendAward: { id: string; number: number; status: string } }>(
        t,
        AMEND,
        { a: award.id, v: version, i: move },
        { token: owner.token },
      )
    ).data!.amendAward;
    expect(proposed).toMatchObject({ number: 1, status: 'PENDING' });
    // Pending: nothing changes yet.
    expect((await budgetOf(award.id, owner.token)).budget.find((b) => b.category === 'supplies')!.remainingCents).toBe(
      '500000',
    );
    expect(
      errorOf(await gql(t, DECIDE_AMENDMENT, { id: proposed.id, d: 'APPROVE' }, { token: owner.token })).code,
    ).toBe('FORBIDDEN');
    expect(
      (await gql(t, DECIDE_AMENDMENT, { id: proposed.id, d: 'APPROVE' }, { token: officer.token })).data,
    ).toBeTruthy();
    const after = await budgetOf(award.id, owner.token);
    expect(after.budget.map((b) => [b.category, b.awardedCents, b.remainingCents])).toEqual([
      ['personnel', '7000000', '7000000'],
      ['supplies', '3000000', '2500000'],
    ]);
    // A rejected amendment changes nothing; cutting below what is committed is refused on approval.
    const cut = (
      await gql<{ amendAward: { id: string } }>(
        t,
        AMEND,
        {
          a: award.id,
          v: after.version,
          i: {
            reason: 'Cut supplies',
            budgetLines: [
              { category: 'personnel', amountCents: '9600000' },
              { category: 'supplies', amountCents: '400000' },
            ],
          },
        },
        { token: officer.token },
      )
    ).data!.amendAward;
    expect(errorOf(await gql(t, DECIDE_AMENDMENT, { id: cut.id, d: 'APPROVE' }, { token: officer.token })).code).toBe(
      'FORBIDDEN',
    ); // proposed it
    expect(errorOf(await gql(t, DECIDE_AMENDMENT, { id: cut.id, d: 'APPROVE' }, { token: officer2.token })).code).toBe(
      'INVALID_STATE',
    );
    await gql(t, DECIDE_AMENDMENT, { id: cut.id, d: 'REJECT', n: 'Supplies are committed' }, { token: officer2.token });
    expect((await budgetOf(award.id, owner.token)).budget.map((b) => b.awardedCents)).toEqual(['7000000', '3000000']);
    const trail: Array<{ action: string }> = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE entity_id IN ($1, $2, $3) ORDER BY occurred_at`,
      [award.id, proposed.id, cut.id],
    );
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['award.amend', 'award.amendment.decide', 'award.budget.set']),
    );
    const amendments = await gql<{ award: { amendments: Array<{ number: number; status: string }> } }>(
      t,
      'query($id: ID!) { award(id: $id) { amendments { number status } } }',
      { id: award.id },
      { token: owner.token },
    );
    expect(amendments.data!.award.amendments).toEqual([
      { number: 1, status: 'APPROVED' },
      { number: 2, status: 'REJECTED' },
    ]);
  });

  it('names who proposed and who decided each amendment to those who may read it, in one query of users; other organizations still read nothing', async () => {
    const { award, owner } = await createAward(t);
    const jane = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId: award.organizationId,
      organizationRole: MembershipRole.CONTRIBUTOR,
      name: 'Jane Doe',
    });
    const olivia = await createUser(t, { roles: [Role.PROGRAM_OFFICER], name: 'Olivia Okafor' });
    const { owner: stranger } = await createAward(t);
    const lines = (personnel: string, supplies: string) => [
      { category: 'personnel', amountCents: personnel },
      { category: 'supplies', amountCents: supplies },
    ];
    const first = await gql<{ amendAward: { id: string } }>(
      t,
      AMEND,
      {
        a: award.id,
        v: (await budgetOf(award.id, owner.token)).version,
        i: { reason: 'Staff', budgetLines: lines('8500000', '1500000') },
      },
      { token: jane.token },
    );
    const decided = await gql<{ decideAwardAmendment: { decidedByName: string; proposedByName: string } }>(
      t,
      'mutation($id: ID!) { decideAwardAmendment(id: $id, decision: APPROVE) { proposedByName decidedByName } }',
      { id: first.data!.amendAward.id },
      { token: olivia.token },
    );
    expect(decided.data!.decideAwardAmendment).toEqual({ proposedByName: 'Jane Doe', decidedByName: 'Olivia Okafor' });
    const second = await gql(
      t,
      AMEND,
      {
        a: award.id,
        v: (await budgetOf(award.id, owner.token)).version,
        i: { reason: 'Back', budgetLines: lines('8000000', '2000000') },
      },
      { token: olivia.token },
    );
    expect(second.errors).toBeUndefined();

    const NAMES =
      'query($id: ID!) { award(id: $id) { amendments { number proposedBy proposedByName decidedBy decidedByName } } }';
    const expected = [
      {
        number: 1,
        proposedBy: jane.user.id,
        proposedByName: 'Jane Doe',
        decidedBy: olivia.user.id,
        decidedByName: 'Olivia Okafor',
      },
      { number: 2, proposedBy: olivia.user.id, proposedByName: 'Olivia Okafor', decidedBy: null, decidedByName: null },
    ];
    // Every statement, the repositories' included, goes through a query runner.
    const runner = t.dataSource.createQueryRunner();
    const query = jest.spyOn(Object.getPrototypeOf(runner) as { query: (sql: string) => Promise<unknown> }, 'query');
    await runner.release();
    try {
      // The grantee's other member (the owner), and the state's auditor: both may read the award.
      for (const reader of [owner, auditor]) {
        query.mockClear();
        const res = await gql<{ award: { amendments: typeof expected } }>(
          t,
          NAMES,
          { id: award.id },
          { token: reader.token },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.award.amendments).toEqual(expected);
        // Three names over two amendments, two people: one read of users for the whole response.
        const userReads = query.mock.calls
          .map(([sql]) => String(sql))
          .filter((sql) => /FROM "[^"]+"\."users"/.test(sql));
        expect(userReads.filter((sql) => !/"sessions"/.test(sql))).toHaveLength(1);
      }
    } finally {
      query.mockRestore();
    }

    // An applicant of another organization reads neither the amendments nor the names.
    const refused = await gql(t, NAMES, { id: award.id }, { token: stranger.token });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect(refused.data?.award ?? null).toBeNull();
  });

  it('pages payment batches newest first by cursor, and filters those with results still to record', async () => {
    const { award, owner } = await createAward(t);
    const batches: string[] = [];
    for (let i = 0; i < 3; i++) {
      const request = await approvedPaymentRequest(t, {
        awardId: award.id,
        token: owner.token,
        officerToken: officer.token,
        financeToken: finance.token,
        lines: [{ category: 'supplies', amountCents: 1_000 + i }],
      });
      const batch = await gql<{ schedulePayments: { id: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: [request.id] },
        { token: finance.token },
      );
      batches.push(batch.data!.schedulePayments.id);
      if (i === 0) {
        const recorded = await gql(
          t,
          RECORD_RESULTS,
          {
            b: batches[0],
            r: [{ paymentRequestId: request.id, outcome: 'PAID', paidOn: '2026-11-02', reference: 'EFT-9' }],
          },
          { token: finance.token },
        );
        expect(recorded.errors).toBeUndefined();
      }
    }
    const [oldest, middle, newest] = batches;
    const LIST =
      'query($after: String, $newest: Boolean, $complete: Boolean) { paymentBatches(first: 2, after: $after, newestFirst: $newest, complete: $complete) { totalCount pageInfo { hasNextPage endCursor } nodes { id complete } } }';
    type List = {
      paymentBatches: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: Array<{ id: string; complete: boolean }>;
      };
    };
    const list = async (variables: Record<string, unknown>, token = finance.token) => {
      const res = await gql<List>(t, LIST, variables, { token });
      expect(res.errors).toBeUndefined();
      return res.data!.paymentBatches;
    };
    // Newest first: the last three batches made, page by page; the auditor reads the same.
    const first = await list({ newest: true }, auditor.token);
    expect(first.nodes.map((n) => n.id)).toEqual([newest, middle]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ newest: true, after: first.pageInfo.endCursor });
    expect(second.nodes[0]).toEqual({ id: oldest, complete: true });
    // Every page walked either way: each batch once (a cursor never repeats or skips a batch made
    // within the same millisecond), oldest first by default, newest first on request.
    const walk = async (newest: boolean) => {
      const ids: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await list({ newest, after });
        ids.push(...page.nodes.map((n) => n.id));
        if (!page.pageInfo.hasNextPage) return { ids, totalCount: page.totalCount };
        after = page.pageInfo.endCursor;
      }
    };
    const forward = await walk(false);
    const backward = await walk(true);
    expect(new Set(forward.ids).size).toBe(forward.totalCount);
    expect(forward.ids.length).toBe(forward.totalCount);
    expect(forward.ids.filter((id) => batches.includes(id))).toEqual(batches);
    expect(backward.ids).toEqual([...forward.ids].reverse());
    // Still to record and fully recorded split the batches between them.
    const waiting = await list({ newest: true, complete: false });
    expect(waiting.nodes.map((n) => n.id)).toEqual([newest, middle]);
    expect(waiting.nodes.every((n) => !n.complete)).toBe(true);
    const done = await list({ newest: true, complete: true });
    expect(done.nodes[0]).toEqual({ id: oldest, complete: true });
    expect(waiting.totalCount + done.totalCount).toBe(forward.totalCount);
    // Only finance officers and auditors list batches.
    expect(errorOf(await gql(t, LIST, { newest: true }, { token: owner.token })).code).toBe('FORBIDDEN');
  });
});
