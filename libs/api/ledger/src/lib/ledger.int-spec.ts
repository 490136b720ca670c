import readXlsxFile from 'read-excel-file/node';
import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TestUser } from '@abate/testing/organizations';
import { OrganizationsModule } from '@abate/api/organizations';
import { RoundsModule } from '@abate/api/rounds';
import { createRound } from '@abate/testing/rounds';
import { createFund } from '../testing';
import { LedgerModule } from './ledger.module';
import { LedgerService } from './ledger.service';

const RECEIPT = `mutation($fundId: ID!, $input: ReceiptInput!) { recordReceipt(fundId: $fundId, input: $input) { id kind amountCents occurredOn } }`;
const INTEREST = `mutation($fundId: ID!, $input: InterestInput!) { recordInterest(fundId: $fundId, input: $input) { id amountCents } }`;
const AUTHORIZE = `mutation($fundId: ID!, $input: SpendingAuthorizationInput!) { authorizeSpending(fundId: $fundId, input: $input) { id totalCents lines { id strategyCode amountCents } } }`;
const EXPEND = `mutation($fundId: ID!, $input: ExpenditureInput!) { recordExpenditure(fundId: $fundId, input: $input) { id amountCents splits { strategyCode amountCents } } }`;
const REVERSE = `mutation($id: ID!, $reason: String!) { reverseLedgerEntry(entryId: $id, reason: $reason) { id amountCents reversesEntryId splits { amountCents } } }`;
const ALLOCATE = `mutation($roundId: ID!, $lineId: ID!, $amount: Cents!) { allocateToRound(roundId: $roundId, authorizationLineId: $lineId, amountCents: $amount) { id funding { fundId strategyCodes allocatedCents } } }`;
const PUBLISH = `mutation($id: ID!) { publishFundingRound(id: $id) { id status } }`;
const FUND = `query($id: ID!) { settlementFund(id: $id) { id name ruleSet { key adminCapPercent } balances { receivedCents interestCents authorizedCents allocatedCents encumberedCents expendedCents availableCents } entries(first: 50) { totalCount nodes { id kind amountCents reversedByEntryId } } } }`;
const REPORT = `query($id: ID!, $kind: FundReportKind!, $fy: Int!) { fundReport(fundId: $id, kind: $kind, fiscalYear: $fy) { title rows { label values } totals { label amountCents } checks { code ok message } } }`;
const PUBLIC = `query($id: ID) { publicSpending(fundId: $id) { funds { fundName years { fiscalYear receivedCents spentCents nonRemediationCents strategies { strategyCode spentCents } } } } }`;

const receipt = (amountCents: string, receivedOn = '2024-08-15') => ({
  settlementKey: 'distributors',
  paymentYear: 2024,
  receivedOn,
  amountCents,
  payer: 'BrownGreer',
  reference: 'WIRE-1',
});
const nc8 = (amountCents: string) => ({ taxonomyKey: 'nc-moa-exhibit-a', strategyCode: '8', amountCents });

describe('settlement fund ledger', () => {
  let t: TestApp;
  let finance: TestUser;
  let officer: TestUser;
  let auditor: TestUser;
  let applicant: TestUser;
  let reviewer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({ imports: [OrganizationsModule, RoundsModule, LedgerModule] });
    [finance, officer, auditor, applicant, reviewer] = await Promise.all([
      createUser(t, { roles: [Role.FINANCE_OFFICER] }),
      createUser(t, { roles: [Role.PROGRAM_OFFICER] }),
      createUser(t, { roles: [Role.AUDITOR] }),
      createUser(t, { roles: [Role.APPLICANT] }),
      createUser(t, { roles: [Role.REVIEWER] }),
    ]);
  });
  afterAll(() => t.close());

  it('round-trips a $25,000,000.00 receipt exactly through the API, the database, CSV and XLSX', async () => {
    const fund = await createFund(t);
    const res = await gql<{ recordReceipt: { id: string; amountCents: string } }>(
      t,
      RECEIPT,
      { fundId: fund.id, input: receipt('2500000000') },
      { token: finance.token },
    );
    expect(res.data?.recordReceipt.amountCents).toBe('2500000000');
    const [row] = await t.dataSource.query('SELECT amount_cents::text AS a FROM ledger_entries WHERE id = $1', [
      res.data!.recordReceipt.id,
    ]);
    expect(row.a).toBe('2500000000');
    const read = await gql<{ settlementFund: { balances: { receivedCents: string } } }>(
      t,
      FUND,
      { id: fund.id },
      { token: auditor.token },
    );
    expect(read.data?.settlementFund.balances.receivedCents).toBe('2500000000');
    const csv = await t
      .http()
      .get(`/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.csv`)
      .set('authorization', `Bearer ${finance.token}`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('25000000.00');
    const xlsx = await t
      .http()
      .get(`/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.xlsx`)
      .set('authorization', `Bearer ${officer.token}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const [sheet] = await readXlsxFile(xlsx.body as Buffer);
    const cells = sheet.data.flat();
    expect(cells).toContain(25_000_000);
    // Also exact beyond Int: a $9,007,199,254,740.99 receipt (2^53 - 1 cents).
    const huge = await gql<{ recordReceipt: { amountCents: string } }>(
      t,
      RECEIPT,
      { fundId: fund.id, input: receipt('900719925474099') },
      { token: finance.token },
    );
    expect(huge.data?.recordReceipt.amountCents).toBe('900719925474099');
  });

  it('keeps balances as sums: receipts, interest, spending and a reversal', async () => {
    const fund = await createFund(t);
    await gql(t, RECEIPT, { fundId: fund.id, input: receipt('1000000') }, { token: finance.token });
    await gql(
      t,
      INTEREST,
      { fundId: fund.id, input: { periodStart: '2024-08-01', periodEnd: '2024-08-31', amountCents: '500' } },
      { token: finance.token },
    );
    const auth = await gql<{ authorizeSpending: { lines: Array<{ id: string }> } }>(
      t,
      AUTHORIZE,
      {
        fundId: fund.id,
        input: {
          authority: 'Resolution 2024-7',
          adoptedOn: '2024-08-01',
          lines: [{ ...nc8('600000'), startsOn: '2024-07-01', endsOn: '2025-06-30' }],
        },
      },
      { token: finance.token },
    );
    expect(auth.errors).toBeUndefined();
    const spent = await gql<{ recordExpenditure: { id: string } }>(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2024-09-01',
          payee: 'Outreach Inc',
          description: 'Team salaries',
          classification: 'REMEDIATION',
          splits: [nc8('200000')],
        },
      },
      { token: finance.token },
    );
    expect(spent.errors).toBeUndefined();
    const reversed = await gql<{
      reverseLedgerEntry: { amountCents: string; reversesEntryId: string; splits: Array<{ amountCents: string }> };
    }>(
      t,
      REVERSE,
      { id: spent.data!.recordExpenditure.id, reason: 'Paid from the wrong fund' },
      { token: finance.token },
    );
    expect(reversed.data?.reverseLedgerEntry).toMatchObject({
      amountCents: '-200000',
      reversesEntryId: spent.data!.recordExpenditure.id,
      splits: [{ amountCents: '-200000' }],
    });
    const read = await gql<{ settlementFund: { balances: Record<string, string>; entries: { totalCount: number } } }>(
      t,
      FUND,
      { id: fund.id },
      { token: officer.token },
    );
    expect(read.data?.settlementFund.balances).toMatchObject({
      receivedCents: '1000000',
      interestCents: '500',
      authorizedCents: '600000',
      expendedCents: '0',
      availableCents: '1000500',
    });
    expect(read.data?.settlementFund.entries.totalCount).toBe(4);
  });

  it('refuses a reversal of a reversal and a second reversal of the same entry', async () => {
    const fund = await createFund(t);
    const r = await gql<{ recordReceipt: { id: string } }>(
      t,
      RECEIPT,
      { fundId: fund.id, input: receipt('1000') },
      { token: finance.token },
    );
    const rev = await gql<{ reverseLedgerEntry: { id: string } }>(
      t,
      REVERSE,
      { id: r.data!.recordReceipt.id, reason: 'Duplicate' },
      { token: finance.token },
    );
    expect(
      errorOf(await gql(t, REVERSE, { id: r.data!.recordReceipt.id, reason: 'Again' }, { token: finance.token })).code,
    ).toBe('INVALID_STATE');
    expect(
      errorOf(await gql(t, REVERSE, { id: rev.data!.reverseLedgerEntry.id, reason: 'Undo' }, { token: finance.token }))
        .code,
    ).toBe('INVALID_STATE');
    expect(
      errorOf(await gql(t, REVERSE, { id: r.data!.recordReceipt.id, reason: '' }, { token: finance.token })).field,
    ).toBe('reason');
  });

  it('keeps entries immutable: the database refuses UPDATE and DELETE', async () => {
    const fund = await createFund(t);
    const r = await gql<{ recordReceipt: { id: string } }>(
      t,
      RECEIPT,
      { fundId: fund.id, input: receipt('1000') },
      { token: finance.token },
    );
    await expect(
      t.dataSource.query(`UPDATE ledger_entries SET amount_cents = 1 WHERE id = $1`, [r.data!.recordReceipt.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      t.dataSource.query(`DELETE FROM ledger_entries WHERE id = $1`, [r.data!.recordReceipt.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('refuses splits that do not add up, naming the split', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic' });
    await gql(t, RECEIPT, { fundId: fund.id, input: receipt('1000000') }, { token: finance.token });
    const res = await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2024-09-01',
          payee: 'X Co',
          description: 'Naloxone',
          classification: 'REMEDIATION',
          amountCents: '1000',
          splits: [
            { taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'H', amountCents: '600' },
            { taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'C', amountCents: '300' },
          ],
        },
      },
      { token: finance.token },
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.splits.1.amountCents' });
    const heading = await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2024-09-01',
          payee: 'X Co',
          description: 'Naloxone',
          classification: 'REMEDIATION',
          splits: [{ taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'P1', amountCents: '600' }],
        },
      },
      { token: finance.token },
    );
    expect(errorOf(heading)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.splits.0.strategyCode' });
    const tooMuch = await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2024-09-01',
          payee: 'X Co',
          description: 'Naloxone',
          classification: 'REMEDIATION',
          splits: [{ taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'H', amountCents: '1000001' }],
        },
      },
      { token: finance.token },
    );
    expect(errorOf(tooMuch)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amountCents' });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_entries WHERE fund_id = $1 AND kind = 'EXPENDITURE'`,
      [fund.id],
    );
    expect(n).toBe(0);
  });

  it('NC: refuses spending on a strategy no authorization covers, and past what is authorized', async () => {
    const fund = await createFund(t);
    await gql(t, RECEIPT, { fundId: fund.id, input: receipt('1000000') }, { token: finance.token });
    const spend = (amount: string, paidOn = '2024-09-01') =>
      gql(
        t,
        EXPEND,
        {
          fundId: fund.id,
          input: {
            paidOn,
            payee: 'Outreach Inc',
            description: 'Team',
            classification: 'REMEDIATION',
            splits: [nc8(amount)],
          },
        },
        { token: finance.token },
      );
    expect(errorOf(await spend('100'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.splits.0.strategyCode' });
    await gql(
      t,
      AUTHORIZE,
      {
        fundId: fund.id,
        input: {
          authority: 'Resolution 2024-8',
          adoptedOn: '2024-08-01',
          lines: [{ ...nc8('1000'), startsOn: '2024-07-01', endsOn: '2025-06-30' }],
        },
      },
      { token: finance.token },
    );
    expect(errorOf(await spend('100', '2025-07-01'))).toMatchObject({ field: 'input.splits.0.strategyCode' });
    expect((await spend('600')).errors).toBeUndefined();
    expect(errorOf(await spend('401'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.splits.0.amountCents' });
  });

  it('reports the admin cap, the floor and the deadline as check lines, refusing nothing', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic', openedOn: '2019-07-01' });
    expect(
      (await gql(t, RECEIPT, { fundId: fund.id, input: receipt('10000', '2019-08-01') }, { token: finance.token }))
        .errors,
    ).toBeUndefined();
    const admin = await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2019-09-01',
          payee: 'County',
          description: 'Fund administration',
          classification: 'ADMINISTRATIVE',
          amountCents: '1001',
          splits: [],
        },
      },
      { token: finance.token },
    );
    expect(admin.errors).toBeUndefined();
    await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2019-09-02',
          payee: 'Law firm',
          description: 'Litigation costs',
          classification: 'NON_REMEDIATION',
          amountCents: '1501',
          splits: [],
        },
      },
      { token: finance.token },
    );
    const report = await gql<{ fundReport: { checks: Array<{ code: string; ok: boolean }> } }>(
      t,
      REPORT,
      { id: fund.id, kind: 'ADMIN_CAP', fy: 2020 },
      { token: auditor.token },
    );
    const checks = Object.fromEntries(report.data!.fundReport.checks.map((c) => [c.code, c.ok]));
    expect(checks).toEqual({ CLOSING_BALANCE: true, ADMIN_CAP: false, REMEDIATION_FLOOR: false, SPEND_DEADLINE: true });
    // Five years on, the unspent remainder of the 2019 receipt is past its 60-month deadline.
    const later = await gql<{ fundReport: { checks: Array<{ code: string; ok: boolean }> } }>(
      t,
      REPORT,
      { id: fund.id, kind: 'SPEND_DEADLINE', fy: 2025 },
      { token: auditor.token },
    );
    expect(later.data!.fundReport.checks.find((c) => c.code === 'SPEND_DEADLINE')!.ok).toBe(false);
  });

  it('gives concurrent readers the same report, and a new one after every posting', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic', openedOn: '2019-07-01' });
    const post = async (amountCents: string) =>
      expect(
        (
          await gql(
            t,
            RECEIPT,
            { fundId: fund.id, input: receipt(amountCents, '2019-08-01') },
            { token: finance.token },
          )
        ).errors,
      ).toBeUndefined();
    type Report = { fundReport: { totals: Array<{ label: string; amountCents: string }> } };
    const read = async () => {
      const r = await gql<Report>(
        t,
        REPORT,
        { id: fund.id, kind: 'ANNUAL_FINANCIAL', fy: 2020 },
        { token: auditor.token },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.fundReport.totals;
    };
    await post('10000');
    const [first, second] = await Promise.all([read(), read()]);
    expect(second).toEqual(first);
    expect(JSON.stringify(first)).toContain('10000');
    // A new receipt is in the next read: a report kept built never outlives a posting.
    await post('2500');
    const after = await read();
    expect(JSON.stringify(after)).toContain('12500');
    expect(after).not.toEqual(first);
  });

  it('will not publish a round linked to a fund until its budget is allocated', async () => {
    const fund = await createFund(t);
    await gql(t, RECEIPT, { fundId: fund.id, input: receipt('4000000000') }, { token: finance.token });
    const auth = await gql<{ authorizeSpending: { lines: Array<{ id: string }> } }>(
      t,
      AUTHORIZE,
      {
        fundId: fund.id,
        input: {
          authority: 'Budget ordinance FY25',
          adoptedOn: '2024-06-15',
          lines: [{ ...nc8('150000000'), startsOn: '2024-07-01', endsOn: '2026-06-30' }],
        },
      },
      { token: finance.token },
    );
    const line = auth.data!.authorizeSpending.lines[0].id;
    const round = await createRound(t, { status: 'DRAFT', budgetCents: 100_000_000n });
    const first = await gql<{ allocateToRound: { funding: { allocatedCents: string; strategyCodes: string[] } } }>(
      t,
      ALLOCATE,
      { roundId: round.id, lineId: line, amount: '60000000' },
      { token: finance.token },
    );
    expect(first.data?.allocateToRound.funding).toMatchObject({ allocatedCents: '60000000', strategyCodes: ['8'] });
    expect(errorOf(await gql(t, PUBLISH, { id: round.id }, { token: officer.token })).code).toBe('INVALID_STATE');
    expect(
      errorOf(
        await gql(t, ALLOCATE, { roundId: round.id, lineId: line, amount: '90000001' }, { token: finance.token }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    await gql(t, ALLOCATE, { roundId: round.id, lineId: line, amount: '40000000' }, { token: finance.token });
    expect(
      (await gql<{ publishFundingRound: { status: string } }>(t, PUBLISH, { id: round.id }, { token: officer.token }))
        .data?.publishFundingRound.status,
    ).toBe('PUBLISHED');
  });

  it('posts a grant payment once per payment request, tagged like the round, releasing the encumbrance', async () => {
    const fund = await createFund(t);
    await gql(t, RECEIPT, { fundId: fund.id, input: receipt('100000000') }, { token: finance.token });
    const auth = await gql<{ authorizeSpending: { lines: Array<{ id: string }> } }>(
      t,
      AUTHORIZE,
      {
        fundId: fund.id,
        input: {
          authority: 'Resolution 9',
          adoptedOn: '2024-06-15',
          lines: [
            { ...nc8('3000'), startsOn: '2024-07-01', endsOn: '2026-06-30' },
            {
              taxonomyKey: 'nc-moa-exhibit-a',
              strategyCode: '7',
              amountCents: '1000',
              startsOn: '2024-07-01',
              endsOn: '2026-06-30',
            },
          ],
        },
      },
      { token: finance.token },
    );
    const round = await createRound(t, { status: 'DRAFT' });
    for (const [i, amount] of [
      ['0', '3000'],
      ['1', '1000'],
    ] as const)
      await gql(
        t,
        ALLOCATE,
        { roundId: round.id, lineId: auth.data!.authorizeSpending.lines[Number(i)].id, amount },
        { token: finance.token },
      );
    const ledger = t.get(LedgerService);
    const awardId = '00000000-0000-4000-8000-000000000001';
    await t.dataSource.transaction((m) =>
      ledger.encumberAward(m, { roundId: round.id, awardId, amountCents: 1000n, on: '2024-09-01', actorId: null }),
    );
    const input = {
      roundId: round.id,
      awardId,
      paymentRequestId: '00000000-0000-4000-8000-000000000002',
      paidOn: '2024-10-01',
      payee: 'Buncombe County',
      description: 'Q1 reimbursement',
      amountCents: 401n,
      actorId: finance.user.id,
    };
    const first = await t.dataSource.transaction((m) => ledger.postGrantPayment(m, input));
    const second = await t.dataSource.transaction((m) => ledger.postGrantPayment(m, input));
    expect(second.entryId).toBe(first.entryId);
    const splits = await t.dataSource.query(
      `SELECT strategy_code, amount_cents::text AS a FROM ledger_entry_splits WHERE entry_id = $1 ORDER BY position`,
      [first.entryId],
    );
    expect(splits).toEqual([
      { strategy_code: '7', a: '100' },
      { strategy_code: '8', a: '301' },
    ]);
    const b = await ledger.balances(fund.id);
    expect(b).toMatchObject({ expendedCents: 401n, encumberedCents: 599n });
  });

  it('shows the public what was received and spent, by strategy, non-remediation apart, with no payees', async () => {
    const fund = await createFund(t, { name: 'Public Test Fund' });
    await gql(t, RECEIPT, { fundId: fund.id, input: receipt('500000') }, { token: finance.token });
    await gql(
      t,
      AUTHORIZE,
      {
        fundId: fund.id,
        input: {
          authority: 'Resolution 1',
          adoptedOn: '2024-08-01',
          lines: [{ ...nc8('1000'), startsOn: '2024-07-01', endsOn: '2025-06-30' }],
        },
      },
      { token: finance.token },
    );
    const spent = await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2024-09-01',
          payee: 'Jane Doe Consulting',
          description: 'Outreach',
          classification: 'REMEDIATION',
          splits: [nc8('700')],
        },
      },
      { token: finance.token },
    );
    expect(spent.errors).toBeUndefined();
    await gql(
      t,
      EXPEND,
      {
        fundId: fund.id,
        input: {
          paidOn: '2024-09-01',
          payee: 'Law firm',
          description: 'Fees',
          classification: 'NON_REMEDIATION',
          amountCents: '50',
          splits: [],
        },
      },
      { token: finance.token },
    );
    const res = await gql<{ publicSpending: { funds: Array<{ years: Array<Record<string, unknown>> }> } }>(t, PUBLIC, {
      id: fund.id,
    });
    expect(res.data?.publicSpending.funds[0].years).toEqual([
      {
        fiscalYear: 2025,
        receivedCents: '500000',
        spentCents: '750',
        nonRemediationCents: '50',
        strategies: [{ strategyCode: '8', spentCents: '700' }],
      },
    ]);
    const json = await t.http().get(`/exports/public-spending.json?fundId=${fund.id}`);
    expect(json.status).toBe(200);
    expect(json.text).not.toMatch(/Jane Doe|Law firm/);
    const csv = await t.http().get(`/exports/public-spending.csv?fundId=${fund.id}`);
    expect(csv.text).toContain('Non-remediation uses');
  });

  it('lets finance officers write; officers and auditors read; everyone else is refused', async () => {
    const fund = await createFund(t);
    for (const who of [officer, auditor, applicant, reviewer]) {
      expect(
        errorOf(await gql(t, RECEIPT, { fundId: fund.id, input: receipt('100') }, { token: who.token })).code,
      ).toBe('FORBIDDEN');
    }
    expect(errorOf(await gql(t, RECEIPT, { fundId: fund.id, input: receipt('100') })).code).toBe('UNAUTHENTICATED');
    for (const who of [finance, officer, auditor])
      expect((await gql(t, FUND, { id: fund.id }, { token: who.token })).errors).toBeUndefined();
    for (const who of [applicant, reviewer])
      expect(errorOf(await gql(t, FUND, { id: fund.id }, { token: who.token })).code).toBe('FORBIDDEN');
    expect(
      (
        await t
          .http()
          .get(`/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.csv`)
          .set('authorization', `Bearer ${applicant.token}`)
      ).status,
    ).toBe(403);
    expect((await t.http().get(`/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.csv`)).status).toBe(401);
  });
});
