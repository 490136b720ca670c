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
/** An NC Exhibit A authorization line (FY2025 and FY2026 unless told). */
const ncLine = (strategyCode: string, amountCents: string, startsOn = '2024-07-01', endsOn = '2026-06-30') => ({
  taxonomyKey: 'nc-moa-exhibit-a',
  strategyCode,
  amountCents,
  startsOn,
  endsOn,
});
type Line = ReturnType<typeof ncLine>;
/** An expenditure: a remediation payment on 2024-09-01 unless told. */
const expenditure = (input: Record<string, unknown>) => ({
  paidOn: '2024-09-01',
  payee: 'Outreach Inc',
  description: 'Team salaries',
  classification: 'REMEDIATION',
  splits: [],
  ...input,
});

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

  // Written by the finance officer, as the API's callers write them.
  const receive = (fundId: string, amountCents: string, receivedOn?: string) =>
    gql<{ recordReceipt: { id: string; amountCents: string } }>(
      t,
      RECEIPT,
      { fundId, input: receipt(amountCents, receivedOn) },
      { token: finance.token },
    );
  const authorize = (fundId: string, lines: Line[], authority = 'Resolution 2024-7', adoptedOn = '2024-06-15') =>
    gql<{ authorizeSpending: { id: string; totalCents: string; lines: Array<{ id: string; strategyCode: string }> } }>(
      t,
      AUTHORIZE,
      { fundId, input: { authority, adoptedOn, lines } },
      { token: finance.token },
    );
  const spend = (fundId: string, input: Record<string, unknown>) =>
    gql<{ recordExpenditure: { id: string } }>(
      t,
      EXPEND,
      { fundId, input: expenditure(input) },
      { token: finance.token },
    );
  const count = async (sql: string, params: unknown[]) =>
    ((await t.dataSource.query(sql, params)) as Array<{ n: number }>)[0].n;
  /** A report download, its body as a Buffer (XLSX) or text (CSV). */
  const exported = (path: string, token: string) =>
    t
      .http()
      .get(path)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  it('round-trips a $25,000,000.00 receipt exactly through the API, the database, CSV and XLSX', async () => {
    const fund = await createFund(t);
    const res = await receive(fund.id, '2500000000');
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
    const csv = await exported(`/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.csv`, finance.token);
    expect(csv.status).toBe(200);
    expect((csv.body as Buffer).toString('utf8')).toMatch(
      /"Received: Distributors \(McKesson, Cardinal Health, AmerisourceBergen\)",,,25000000\.00\r\n/,
    );
    const xlsx = await exported(`/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.xlsx`, officer.token);
    expect(xlsx.status).toBe(200);
    const [sheet] = await readXlsxFile(xlsx.body as Buffer);
    expect(sheet.data.flat()).toContain(25_000_000);
    // Also exact beyond Int: a $9,007,199,254,740.99 receipt (2^53 - 1 cents).
    expect((await receive(fund.id, '900719925474099')).data?.recordReceipt.amountCents).toBe('900719925474099');
  });

  it('keeps balances as sums: receipts, interest, spending and a reversal', async () => {
    const fund = await createFund(t);
    await receive(fund.id, '1000000');
    await gql(
      t,
      INTEREST,
      { fundId: fund.id, input: { periodStart: '2024-08-01', periodEnd: '2024-08-31', amountCents: '500' } },
      { token: finance.token },
    );
    expect((await authorize(fund.id, [ncLine('8', '600000', '2024-07-01', '2025-06-30')])).errors).toBeUndefined();
    const spent = await spend(fund.id, { splits: [nc8('200000')] });
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

  it('pages through entries posted in one transaction one at a time, each exactly once', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic' });
    const first = (await receive(fund.id, '100000', '2024-08-01')).data!.recordReceipt;
    // Four more by one statement, as a payment batch's results are posted: one transaction, so
    // one now() for their creation time. The newest-first cursor carries the last row's time.
    const columns = (
      (await t.dataSource.query(
        `SELECT column_name AS name FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = 'ledger_entries' AND column_name NOT IN ('id', 'created_at')`,
      )) as Array<{ name: string }>
    )
      .map((c) => `"${c.name}"`)
      .join(', ');
    await t.dataSource.query(
      `INSERT INTO ledger_entries (${columns}) SELECT ${columns} FROM ledger_entries, generate_series(1, 4) WHERE id = $1`,
      [first.id],
    );
    const ENTRIES = `query($id: ID!, $after: String) { settlementFund(id: $id) { entries(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;
    type OnePage = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: Array<{ id: string }>;
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: { data?: { settlementFund: { entries: OnePage } } | null } = await gql<{
        settlementFund: { entries: OnePage };
      }>(t, ENTRIES, { id: fund.id, after }, { token: auditor.token });
      const entries: OnePage = res.data!.settlementFund.entries;
      expect(entries.totalCount).toBe(5);
      seen.push(...entries.nodes.map((n) => n.id));
      if (!entries.pageInfo.hasNextPage) break;
      after = entries.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
    expect(seen).toHaveLength(5);
  });

  it('filters the entries by kind, date range and strategy code, paging through what matches', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic' });
    for (const on of ['2024-08-01', '2024-08-15', '2024-09-01', '2024-10-01']) await receive(fund.id, '100000', on);
    const H = { taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'H' };
    const C = { taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'C' };
    await spend(fund.id, { paidOn: '2024-08-20', splits: [{ ...H, amountCents: '100' }] });
    await spend(fund.id, {
      paidOn: '2024-09-05',
      splits: [
        { ...H, amountCents: '200' },
        { ...C, amountCents: '50' },
      ],
    });
    await spend(fund.id, { paidOn: '2024-09-06', splits: [{ ...C, amountCents: '300' }] });
    const ENTRIES = `query($id: ID!, $first: Int!, $after: String, $kind: LedgerEntryKind, $from: String, $to: String, $code: String) {
      settlementFund(id: $id) { entries(first: $first, after: $after, kind: $kind, from: $from, to: $to, strategyCode: $code) {
        totalCount pageInfo { hasNextPage endCursor } nodes { occurredOn kind amountCents } } } }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: Array<{ occurredOn: string; kind: string; amountCents: string }>;
    };
    const list = async (vars: Record<string, unknown>) => {
      const res = await gql<{ settlementFund: { entries: Page } }>(
        t,
        ENTRIES,
        { id: fund.id, first: 10, ...vars },
        { token: auditor.token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.settlementFund.entries;
    };
    const days = (p: Page) => p.nodes.map((n) => `${n.occurredOn} ${n.kind}`);
    expect(days(await list({ from: '2024-08-15', to: '2024-09-05' }))).toEqual([
      '2024-09-05 EXPENDITURE',
      '2024-09-01 RECEIPT',
      '2024-08-20 EXPENDITURE',
      '2024-08-15 RECEIPT',
    ]);
    expect(days(await list({ kind: 'RECEIPT', from: '2024-09-01' }))).toEqual([
      '2024-10-01 RECEIPT',
      '2024-09-01 RECEIPT',
    ]);
    expect(days(await list({ code: 'H' }))).toEqual(['2024-09-05 EXPENDITURE', '2024-08-20 EXPENDITURE']);
    expect(days(await list({ code: 'C', to: '2024-09-05' }))).toEqual(['2024-09-05 EXPENDITURE']);
    // Paging keeps the filter: two pages of one, then the end.
    const first = await list({ code: 'C', first: 1 });
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await list({ code: 'C', first: 1, after: first.pageInfo.endCursor });
    expect(days(first).concat(days(second))).toEqual(['2024-09-06 EXPENDITURE', '2024-09-05 EXPENDITURE']);
    expect(second).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false } });
    // A range that ends before it starts, and a code in no strategy list, are the caller's mistakes.
    const bad = (vars: Record<string, unknown>) =>
      gql(t, ENTRIES, { id: fund.id, first: 10, ...vars }, { token: auditor.token }).then(errorOf);
    expect(await bad({ from: '2024-09-02', to: '2024-09-01' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(await bad({ code: 'ZZ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'strategyCode' });
    expect(await bad({ from: '2024-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('records a resolution of several lines at once, or none of it, naming the line at fault', async () => {
    const fund = await createFund(t);
    const res = await authorize(fund.id, [
      ncLine('8', '4000000000'),
      ncLine('7', '40000'),
      ncLine('8', '100', '2026-07-01', '2027-06-30'),
    ]);
    expect(res.data?.authorizeSpending).toMatchObject({
      totalCents: '4000040100',
      lines: [{ strategyCode: '8' }, { strategyCode: '7' }, { strategyCode: '8' }],
    });
    const lines = () =>
      count(`SELECT count(*)::int AS n FROM spending_authorization_lines WHERE fund_id = $1`, [fund.id]);
    expect(await lines()).toBe(3);
    const refusals: Array<[Line[], string]> = [
      [[ncLine('8', '100'), ncLine('99', '100')], 'input.lines.1.strategyCode'],
      [
        [ncLine('8', '100'), ncLine('7', '100'), ncLine('7', '5', '2025-01-01', '2025-03-31')],
        'input.lines.2.strategyCode',
      ],
      [[ncLine('8', '100'), ncLine('7', '100', '2025-07-01', '2025-06-30')], 'input.lines.1.endsOn'],
      [[ncLine('8', '100'), ncLine('7', '0')], 'input.lines.1.amountCents'],
      [[ncLine('8', '100'), ncLine('7', '100', '2025-02-30')], 'input.lines.1.startsOn'],
    ];
    for (const [bad, field] of refusals)
      expect(errorOf(await authorize(fund.id, bad))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await authorize(fund.id, [ncLine('8', '100'), ncLine('7', '100')])).errors).toBeUndefined();
    expect(await lines()).toBe(5);
    expect(await count(`SELECT count(*)::int AS n FROM spending_authorizations WHERE fund_id = $1`, [fund.id])).toBe(2);
  });

  it('refuses a reversal of a reversal and a second reversal of the same entry', async () => {
    const fund = await createFund(t);
    const r = await receive(fund.id, '1000');
    const reverse = (id: string, reason: string) =>
      gql<{ reverseLedgerEntry: { id: string } }>(t, REVERSE, { id, reason }, { token: finance.token });
    const rev = await reverse(r.data!.recordReceipt.id, 'Duplicate');
    expect(errorOf(await reverse(r.data!.recordReceipt.id, 'Again')).code).toBe('INVALID_STATE');
    expect(errorOf(await reverse(rev.data!.reverseLedgerEntry.id, 'Undo')).code).toBe('INVALID_STATE');
    expect(errorOf(await reverse(r.data!.recordReceipt.id, '')).field).toBe('reason');
  });

  it('keeps entries immutable: the database refuses UPDATE and DELETE', async () => {
    const fund = await createFund(t);
    const id = (await receive(fund.id, '1000')).data!.recordReceipt.id;
    await expect(t.dataSource.query(`UPDATE ledger_entries SET amount_cents = 1 WHERE id = $1`, [id])).rejects.toThrow(
      /immutable/,
    );
    await expect(t.dataSource.query(`DELETE FROM ledger_entries WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
  });

  it('refuses splits that do not add up, naming the split', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic' });
    await receive(fund.id, '1000000');
    const b = (strategyCode: string, amountCents: string) => ({
      taxonomyKey: 'exhibit-e-schedule-b',
      strategyCode,
      amountCents,
    });
    const refused = async (input: Record<string, unknown>) => errorOf(await spend(fund.id, input));
    expect(await refused({ amountCents: '1000', splits: [b('H', '600'), b('C', '300')] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.splits.1.amountCents',
    });
    expect(await refused({ splits: [b('P1', '600')] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.splits.0.strategyCode',
    });
    expect(await refused({ splits: [b('H', '1000001')] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.amountCents',
    });
    expect(
      await count(`SELECT count(*)::int AS n FROM ledger_entries WHERE fund_id = $1 AND kind = 'EXPENDITURE'`, [
        fund.id,
      ]),
    ).toBe(0);
  });

  it('NC: refuses spending on a strategy no authorization covers, and past what is authorized', async () => {
    const fund = await createFund(t);
    await receive(fund.id, '1000000');
    const spend8 = (amount: string, paidOn = '2024-09-01') => spend(fund.id, { paidOn, splits: [nc8(amount)] });
    expect(errorOf(await spend8('100'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.splits.0.strategyCode',
    });
    await authorize(fund.id, [ncLine('8', '1000', '2024-07-01', '2025-06-30')], 'Resolution 2024-8', '2024-08-01');
    expect(errorOf(await spend8('100', '2025-07-01'))).toMatchObject({ field: 'input.splits.0.strategyCode' });
    expect((await spend8('600')).errors).toBeUndefined();
    expect(errorOf(await spend8('401'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.splits.0.amountCents' });
  });

  it('reports the admin cap, the floor and the deadline as check lines, refusing nothing', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic', openedOn: '2019-07-01' });
    expect((await receive(fund.id, '10000', '2019-08-01')).errors).toBeUndefined();
    const admin = await spend(fund.id, {
      paidOn: '2019-09-01',
      payee: 'County',
      description: 'Fund administration',
      classification: 'ADMINISTRATIVE',
      amountCents: '1001',
    });
    expect(admin.errors).toBeUndefined();
    await spend(fund.id, {
      paidOn: '2019-09-02',
      payee: 'Law firm',
      description: 'Litigation costs',
      classification: 'NON_REMEDIATION',
      amountCents: '1501',
    });
    const checksOf = async (kind: string, fy: number) =>
      Object.fromEntries(
        (
          await gql<{ fundReport: { checks: Array<{ code: string; ok: boolean }> } }>(
            t,
            REPORT,
            { id: fund.id, kind, fy },
            { token: auditor.token },
          )
        ).data!.fundReport.checks.map((c) => [c.code, c.ok]),
      );
    expect(await checksOf('ADMIN_CAP', 2020)).toEqual({
      CLOSING_BALANCE: true,
      ADMIN_CAP: false,
      REMEDIATION_FLOOR: false,
      SPEND_DEADLINE: true,
    });
    // Five years on, the unspent remainder of the 2019 receipt is past its 60-month deadline.
    expect((await checksOf('SPEND_DEADLINE', 2025))['SPEND_DEADLINE']).toBe(false);
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

  it('raises the fund’s ledger revision with every posting: balances, entry counts and reports change at once', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic', openedOn: '2019-07-01' });
    const revision = async () =>
      (
        (await t.dataSource.query(
          `SELECT f.ledger_revision::int AS revision,
                  (SELECT count(*) FROM ledger_entries e WHERE e.fund_id = f.id)::int
                  + (SELECT count(*) FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id WHERE e.fund_id = f.id)::int AS rows
             FROM settlement_funds f WHERE f.id = $1`,
          [fund.id],
        )) as Array<{ revision: number; rows: number }>
      )[0];
    type Fund = {
      settlementFund: {
        balances: { receivedCents: string; expendedCents: string };
        entries: { totalCount: number; nodes: Array<{ id: string; reversedByEntryId: string | null }> };
      };
    };
    const page = async () => {
      const r = await gql<Fund>(t, FUND, { id: fund.id }, { token: auditor.token });
      expect(r.errors).toBeUndefined();
      return r.data!.settlementFund;
    };
    const filtered = async () =>
      (
        await gql<{ settlementFund: { entries: { totalCount: number } } }>(
          t,
          `query($id: ID!) { settlementFund(id: $id) { entries(first: 5, kind: EXPENDITURE) { totalCount } } }`,
          { id: fund.id },
          { token: auditor.token },
        )
      ).data!.settlementFund.entries.totalCount;
    const start = await revision();
    expect(start.revision).toBe(start.rows);
    await receive(fund.id, '1000000', '2019-08-01');
    expect((await page()).balances.receivedCents).toBe('1000000');
    expect(await filtered()).toBe(0);
    // Read again (kept), then an expenditure with two splits: three rows, seen by the next read.
    expect((await page()).entries.totalCount).toBe(start.rows + 1);
    const spent = await spend(fund.id, {
      paidOn: '2019-09-01',
      amountCents: '3000',
      splits: [
        { taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'H', amountCents: '1000' },
        { taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'C', amountCents: '2000' },
      ],
    });
    expect(spent.errors).toBeUndefined();
    const after = await revision();
    expect(after.revision).toBe(after.rows);
    expect(after.revision).toBe(start.revision + 4);
    const now = await page();
    expect(now.balances).toMatchObject({ receivedCents: '1000000', expendedCents: '3000' });
    expect(now.entries.totalCount).toBe(start.rows + 2);
    expect(await filtered()).toBe(1);
    // A reversal is a posting too.
    expect(
      (await gql(t, REVERSE, { id: spent.data!.recordExpenditure.id, reason: 'Paid twice' }, { token: finance.token }))
        .errors,
    ).toBeUndefined();
    const reversedPage = await page();
    expect(reversedPage.balances.expendedCents).toBe('0');
    // The kept first page shows the reversal at once, on the original entry too.
    const original = reversedPage.entries.nodes.find((n) => n.id === spent.data!.recordExpenditure.id);
    expect(original?.reversedByEntryId).toBe(reversedPage.entries.nodes[0].id);
    expect(await filtered()).toBe(2);
    expect((await revision()).revision).toBe(after.revision + 3);
  });

  it('builds a fund report and the fund’s sums once for concurrent readers, and again after a posting', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic', openedOn: '2019-07-01' });
    await receive(fund.id, '500000', '2019-08-01');
    const ledger = t.app.get(LedgerService);
    const facts = jest.spyOn(ledger, 'facts');
    const query = jest.spyOn(t.dataSource, 'query');
    const sumsByKind = () => query.mock.calls.filter(([sql]) => String(sql).includes('GROUP BY kind')).length;
    try {
      const reports = await Promise.all(
        Array.from({ length: 5 }, () => ledger.report(fund.id, 'ANNUAL_FINANCIAL', 2020)),
      );
      expect(facts).toHaveBeenCalledTimes(1);
      for (const r of reports) expect(r).toBe(reports[0]);
      const balances = await Promise.all(Array.from({ length: 5 }, () => ledger.balances(fund.id)));
      expect(sumsByKind()).toBe(1);
      expect(balances.map((b) => b.receivedCents)).toEqual(Array(5).fill(500000n));
      await receive(fund.id, '250000', '2019-08-02');
      const report = await ledger.report(fund.id, 'ANNUAL_FINANCIAL', 2020);
      expect(facts).toHaveBeenCalledTimes(2);
      expect(JSON.stringify(report, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))).toContain('750000');
      expect((await ledger.balances(fund.id)).receivedCents).toBe(750000n);
      expect(sumsByKind()).toBe(2);
    } finally {
      facts.mockRestore();
      query.mockRestore();
    }
  });

  it('starts each fund’s ledger revision at its exact row count when the migration runs', async () => {
    const fund = await createFund(t, { ruleSetKey: 'generic', openedOn: '2019-07-01' });
    await receive(fund.id, '700000', '2019-08-01');
    expect(
      (
        await spend(fund.id, {
          paidOn: '2019-09-01',
          amountCents: '300',
          splits: [{ taxonomyKey: 'exhibit-e-schedule-b', strategyCode: 'H', amountCents: '300' }],
        })
      ).errors,
    ).toBeUndefined();
    const migration = t.dataSource.migrations.find((m) => m.name === 'LedgerRevision1764910000000')!;
    expect(migration).toBeDefined();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      let columns: unknown[];
      try {
        // Reverted: the column is gone from this test's schema.
        columns = await runner.query(
          `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'settlement_funds' AND column_name = 'ledger_revision'`,
        );
      } finally {
        await migration.up(runner);
      }
      expect(columns).toEqual([]);
      const [row] = await runner.query(
        `SELECT f.ledger_revision::int AS revision,
                (SELECT count(*) FROM ledger_entries e WHERE e.fund_id = f.id)::int AS entries,
                (SELECT count(*) FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id WHERE e.fund_id = f.id)::int AS splits
           FROM settlement_funds f WHERE f.id = $1`,
        [fund.id],
      );
      expect(row.splits).toBe(1);
      expect(row.revision).toBe(row.entries + row.splits);
      const mismatched = await runner.query(
        `SELECT f.id FROM settlement_funds f
          WHERE f.ledger_revision <> (SELECT count(*) FROM ledger_entries e WHERE e.fund_id = f.id)
                + (SELECT count(*) FROM ledger_entry_splits s JOIN ledger_entries e ON e.id = s.entry_id WHERE e.fund_id = f.id)`,
      );
      expect(mismatched).toEqual([]);
    } finally {
      await runner.release();
    }
    // The triggers are back: the next posting counts.
    const [before] = await t.dataSource.query(
      `SELECT ledger_revision::int AS revision FROM settlement_funds WHERE id = $1`,
      [fund.id],
    );
    await receive(fund.id, '100', '2019-08-03');
    const [{ revision }] = await t.dataSource.query(
      `SELECT ledger_revision::int AS revision FROM settlement_funds WHERE id = $1`,
      [fund.id],
    );
    expect(revision).toBe(before.revision + 1);
  });

  it('will not publish a round linked to a fund until its budget is allocated; lists and reports the rounds it pays', async () => {
    const fund = await createFund(t);
    await receive(fund.id, '4000000000');
    const auth = await authorize(fund.id, [ncLine('8', '4000000000')], 'Budget ordinance FY25');
    const line = auth.data!.authorizeSpending.lines[0].id;
    // A $40,000,000.00 round: beyond Int, exact all the way.
    const round = await createRound(t, { status: 'DRAFT', budgetCents: 4_000_000_000n, title: 'Outreach FY25' });
    const allocate = (amount: string) =>
      gql<{ allocateToRound: { funding: { allocatedCents: string; strategyCodes: string[] } } }>(
        t,
        ALLOCATE,
        { roundId: round.id, lineId: line, amount },
        { token: finance.token },
      );
    const first = await allocate('1500000000');
    expect(first.data?.allocateToRound.funding).toMatchObject({ allocatedCents: '1500000000', strategyCodes: ['8'] });
    expect(errorOf(await gql(t, PUBLISH, { id: round.id }, { token: officer.token })).code).toBe('INVALID_STATE');
    expect(errorOf(await allocate('2500000001'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    // The finance officer sees the draft among the fund's rounds (it is allocated before it is published).
    const rounds = await gql<{ settlementFund: { fundedRounds: Array<Record<string, unknown>> } }>(
      t,
      `query($id: ID!) { settlementFund(id: $id) { fundedRounds { roundId title published budgetCents allocatedCents } } }`,
      { id: fund.id },
      { token: finance.token },
    );
    expect(rounds.data?.settlementFund.fundedRounds).toEqual([
      {
        roundId: round.id,
        title: 'Outreach FY25',
        published: false,
        budgetCents: '4000000000',
        allocatedCents: '1500000000',
      },
    ]);
    const fy = new Date().getUTCMonth() >= 6 ? new Date().getUTCFullYear() + 1 : new Date().getUTCFullYear();
    const report = async () =>
      (
        await gql<{ fundReport: { rows: Array<{ label: string; values: string[] }>; checks: Array<{ ok: boolean }> } }>(
          t,
          REPORT,
          { id: fund.id, kind: 'ROUND_ALLOCATIONS', fy },
          { token: auditor.token },
        )
      ).data!.fundReport;
    expect((await report()).rows).toEqual([
      { label: 'Outreach FY25', values: ['Draft', '8', '4000000000', '1500000000', '0', '0'] },
    ]);
    await allocate('2500000000');
    expect(
      (await gql<{ publishFundingRound: { status: string } }>(t, PUBLISH, { id: round.id }, { token: officer.token }))
        .data?.publishFundingRound.status,
    ).toBe('PUBLISHED');
    expect(await report()).toMatchObject({
      rows: [{ label: 'Outreach FY25', values: ['Published', '8', '4000000000', '4000000000', '0', '0'] }],
      checks: [{ ok: true }],
    });
    const csv = await exported(`/exports/funds/${fund.id}/reports/ROUND_ALLOCATIONS/${fy}.csv`, finance.token);
    expect((csv.body as Buffer).toString('utf8')).toContain(
      'Outreach FY25,Published,8,40000000.00,40000000.00,0.00,0.00\r\n',
    );
    const xlsx = await exported(`/exports/funds/${fund.id}/reports/ROUND_ALLOCATIONS/${fy}.xlsx`, auditor.token);
    const [sheet] = await readXlsxFile(xlsx.body as Buffer);
    expect(sheet.data.find((r) => r[0] === 'Outreach FY25')?.slice(0, 5)).toEqual([
      'Outreach FY25',
      'Published',
      '8',
      40_000_000,
      40_000_000,
    ]);
  });

  it('posts a grant payment once per payment request, tagged like the round, releasing the encumbrance', async () => {
    const fund = await createFund(t);
    await receive(fund.id, '100000000');
    const auth = await authorize(fund.id, [ncLine('8', '3000'), ncLine('7', '1000')], 'Resolution 9');
    const round = await createRound(t, { status: 'DRAFT' });
    for (const [i, amount] of [
      [0, '3000'],
      [1, '1000'],
    ] as const)
      await gql(
        t,
        ALLOCATE,
        { roundId: round.id, lineId: auth.data!.authorizeSpending.lines[i].id, amount },
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
    await receive(fund.id, '500000');
    await authorize(fund.id, [ncLine('8', '1000', '2024-07-01', '2025-06-30')], 'Resolution 1', '2024-08-01');
    const spent = await spend(fund.id, { payee: 'Jane Doe Consulting', description: 'Outreach', splits: [nc8('700')] });
    expect(spent.errors).toBeUndefined();
    await spend(fund.id, {
      payee: 'Law firm',
      description: 'Fees',
      classification: 'NON_REMEDIATION',
      amountCents: '50',
    });
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
    const annual = `/exports/funds/${fund.id}/reports/ANNUAL_FINANCIAL/2025.csv`;
    expect((await t.http().get(annual).set('authorization', `Bearer ${applicant.token}`)).status).toBe(403);
    expect((await t.http().get(annual)).status).toBe(401);
  });
});
