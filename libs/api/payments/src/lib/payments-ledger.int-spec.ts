import { Role, runWithRequestContext, SYSTEM_ACTOR } from '@abate/api/core';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { createAward } from '@abate/testing/awards';
import { createFund } from '@abate/testing/ledger';
import { LedgerService } from '@abate/api/ledger';
import { approvedPaymentRequest, RECORD_RESULTS, SCHEDULE_PAYMENTS } from '../testing';
import { LedgerPostingModule } from './ledger-posting.module';
import { PaymentsModule } from './payments.module';

/** Paying through the real ledger: the round's fund records each paid request once, a failed one not at all. */
describe('payments posted to the settlement fund ledger', () => {
  let t: TestApp;
  let officer: TestUser;
  let finance: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [LedgerPostingModule, PaymentsModule] });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    finance = await createUser(t, { roles: [Role.FINANCE_OFFICER] });
  });
  afterAll(() => t.close());

  /** An award whose round draws on a fund holding $1,000,000 for NC MOA strategy 8. */
  async function fundedAward() {
    const { award, owner } = await createAward(t);
    const ledger = t.get(LedgerService);
    const fund = await createFund(t);
    await runWithRequestContext({ requestId: 'factory', actor: SYSTEM_ACTOR }, async () => {
      await ledger.recordReceipt(
        fund.id,
        {
          settlementKey: 'distributors',
          paymentYear: 2024,
          receivedOn: '2024-08-15',
          amountCents: 100_000_000n,
          payer: 'BrownGreer',
          reference: 'WIRE-1',
        },
        SYSTEM_ACTOR,
      );
      const auth = await ledger.authorize(
        fund.id,
        {
          authority: 'Resolution 9',
          adoptedOn: '2024-06-15',
          lines: [
            {
              taxonomyKey: 'nc-moa-exhibit-a',
              strategyCode: '8',
              amountCents: 50_000_000n,
              startsOn: '2024-07-01',
              endsOn: '2028-06-30',
            },
          ],
        },
        SYSTEM_ACTOR,
      );
      const [line] = (await ledger.authorizations(fund.id)).rows.find((a) => a.id === auth.id)!.lines!;
      await ledger.allocateToRound(award.roundId, line.id, 20_000_000n, SYSTEM_ACTOR);
    });
    return { award, owner, fund };
  }

  const entriesOf = (requestId: string) =>
    t.dataSource.query(`SELECT kind, amount_cents::text AS amount FROM ledger_entries WHERE payment_request_id = $1`, [
      requestId,
    ]) as Promise<Array<{ kind: string; amount: string }>>;

  it('posts a paid request once, tagged with the round’s strategy, even when the result is sent twice; a failed one posts nothing', async () => {
    const { award, owner, fund } = await fundedAward();
    const paid = await approvedPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      officerToken: officer.token,
      financeToken: finance.token,
      lines: [{ category: 'supplies', amountCents: 123_456 }],
    });
    const failed = await approvedPaymentRequest(t, {
      awardId: award.id,
      token: owner.token,
      officerToken: officer.token,
      financeToken: finance.token,
    });
    const batch = (
      await gql<{ schedulePayments: { id: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: [paid.id, failed.id] },
        { token: finance.token },
      )
    ).data!.schedulePayments;
    const results = [
      { paymentRequestId: paid.id, outcome: 'PAID', paidOn: '2026-11-02', reference: 'EFT-7' },
      { paymentRequestId: failed.id, outcome: 'FAILED', note: 'Vendor record incomplete' },
    ];
    for (let i = 0; i < 2; i++) {
      const res = await gql(t, RECORD_RESULTS, { b: batch.id, r: results }, { token: finance.token });
      expect(res.errors).toBeUndefined();
    }
    expect(await entriesOf(paid.id)).toEqual([{ kind: 'EXPENDITURE', amount: '123456' }]);
    expect(await entriesOf(failed.id)).toEqual([]);
    const splits = await t.dataSource.query(
      `SELECT s.strategy_code, s.amount_cents::text AS a FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id WHERE e.payment_request_id = $1`,
      [paid.id],
    );
    expect(splits).toEqual([{ strategy_code: '8', a: '123456' }]);
    const balances = await t.get(LedgerService).balances(fund.id);
    expect(balances.expendedCents).toBe(123_456n);
    // The award's budget shows the same cents as paid.
    const budget = await gql<{ award: { budget: Array<{ category: string; paidCents: string }> } }>(
      t,
      'query($id: ID!) { award(id: $id) { budget { category paidCents } } }',
      { id: award.id },
      { token: owner.token },
    );
    expect(budget.data!.award.budget.find((b) => b.category === 'supplies')!.paidCents).toBe('123456');
  });

  it('puts the round’s strategy codes on the payment file, and none for a round without a fund', async () => {
    const funded = await fundedAward();
    const unfunded = await createAward(t);
    const requests = [];
    for (const { award, owner } of [funded, unfunded]) {
      requests.push(
        await approvedPaymentRequest(t, {
          awardId: award.id,
          token: owner.token,
          officerToken: officer.token,
          financeToken: finance.token,
        }),
      );
    }
    const batch = (
      await gql<{ schedulePayments: { csvUrl: string } }>(
        t,
        SCHEDULE_PAYMENTS,
        { ids: requests.map((r) => r.id) },
        { token: finance.token },
      )
    ).data!.schedulePayments;
    const file = await t.http().get(batch.csvUrl).set('authorization', `Bearer ${finance.token}`);
    expect(file.status).toBe(200);
    const rows = file.text.trim().split(/\r?\n/).slice(1);
    const row = (awardId: string) => rows.find((r) => r.includes(awardId))!.split(',');
    expect(row(funded.award.id).at(-2)).toBe('8'); // the last two columns: strategy codes, reference
    expect(row(unfunded.award.id).at(-2)).toBe('');
  });
});
