import { splitCents, sumCents } from '@abate/shared/money';
import { crosswalk, CROSSWALKS, RuleSet, settlement, strategyLabel, type ReportKind } from './data';

/**
 * The fund's books as pure functions of its entries. Every balance and report total is a
 * sum over entries; nothing here is stored. A reversal is an entry of the same kind with
 * the amount (and every split) negated, dated when it is posted.
 */
export type EntryKind = 'OPENING' | 'RECEIPT' | 'INTEREST' | 'EXPENDITURE' | 'ENCUMBRANCE';
export type Classification = 'REMEDIATION' | 'NON_REMEDIATION' | 'ADMINISTRATIVE' | 'AUDIT';

export interface EntrySplit {
  taxonomyKey: string;
  strategyCode: string;
  amountCents: bigint;
}

export interface EntryFact {
  id: string;
  kind: EntryKind;
  amountCents: bigint;
  /** LocalDate (YYYY-MM-DD): received, paid, or the last day of an interest period. */
  on: string;
  classification?: Classification | null;
  settlementKey?: string | null;
  payee?: string | null;
  description?: string | null;
  reversesEntryId?: string | null;
  splits: EntrySplit[];
}

export interface AuthorizationLineFact {
  id: string;
  taxonomyKey: string;
  strategyCode: string;
  amountCents: bigint;
  startsOn: string;
  endsOn: string;
}

export interface FundBalances {
  openingCents: bigint;
  receivedCents: bigint;
  interestCents: bigint;
  authorizedCents: bigint;
  allocatedCents: bigint;
  encumberedCents: bigint;
  expendedCents: bigint;
  /** Cash in the fund: opening + received + interest - expended. */
  cashCents: bigint;
  /** Cash not yet committed: cash - encumbered. */
  availableCents: bigint;
  /** Money in (opening + received + interest) not yet named by an authorization. */
  unauthorizedCents: bigint;
}

const sumKind = (entries: readonly EntryFact[], kind: EntryKind) =>
  sumCents(entries.filter((e) => e.kind === kind).map((e) => e.amountCents));

export function balances(
  entries: readonly EntryFact[],
  lines: readonly { amountCents: bigint }[] = [],
  allocations: readonly { amountCents: bigint }[] = [],
): FundBalances {
  const openingCents = sumKind(entries, 'OPENING');
  const receivedCents = sumKind(entries, 'RECEIPT');
  const interestCents = sumKind(entries, 'INTEREST');
  const expendedCents = sumKind(entries, 'EXPENDITURE');
  const encumberedCents = sumKind(entries, 'ENCUMBRANCE');
  const authorizedCents = sumCents(lines.map((l) => l.amountCents));
  const allocatedCents = sumCents(allocations.map((a) => a.amountCents));
  const cashCents = openingCents + receivedCents + interestCents - expendedCents;
  return {
    openingCents,
    receivedCents,
    interestCents,
    authorizedCents,
    allocatedCents,
    encumberedCents,
    expendedCents,
    cashCents,
    availableCents: cashCents - encumberedCents,
    unauthorizedCents: openingCents + receivedCents + interestCents - authorizedCents,
  };
}

// ---- dates ----------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Fiscal year N ends in calendar year N (NC FY2025 = 2024-07-01 to 2025-06-30); with a January start it is calendar year N. */
export function fiscalYearRange(fiscalYear: number, startMonth: number): { start: string; end: string } {
  if (startMonth === 1) return { start: `${fiscalYear}-01-01`, end: `${fiscalYear}-12-31` };
  const endMonth = startMonth - 1;
  return {
    start: `${fiscalYear - 1}-${pad(startMonth)}-01`,
    end: `${fiscalYear}-${pad(endMonth)}-${pad(lastDay(fiscalYear, endMonth))}`,
  };
}

export function fiscalYearOf(date: string, startMonth: number): number {
  const [year, month] = date.split('-').map(Number);
  return startMonth === 1 || month < startMonth ? year : year + 1;
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay(year, month)))}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---- percentages ----------------------------------------------------------------------

/** `percentOf(12345n, "2.5")`: the share in whole cents, rounded down (a cap never rounds up). */
export function percentOf(base: bigint, percent: string): bigint {
  const [whole, fraction = ''] = percent.split('.');
  const scale = 10n ** BigInt(fraction.length);
  const numerator = BigInt(whole + fraction);
  return (base * numerator) / (100n * scale);
}

// ---- checks -----------------------------------------------------------------------------

export interface ReportCheck {
  code: 'CLOSING_BALANCE' | 'ADMIN_CAP' | 'REMEDIATION_FLOOR' | 'SPEND_DEADLINE' | 'ROUNDS_ALLOCATED';
  ok: boolean;
  message: string;
}

export type ColumnKind = 'TEXT' | 'DATE' | 'MONEY';
export interface ReportColumn {
  label: string;
  kind: ColumnKind;
}
export interface ReportRow {
  label: string;
  /** One per column; money as a decimal string of cents, '' when the cell is empty. */
  values: string[];
}
export interface ReportTotal {
  label: string;
  amountCents: bigint;
}
export interface FundReportData {
  kind: ReportKind;
  title: string;
  fiscalYear: number;
  periodStart: string;
  periodEnd: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  totals: ReportTotal[];
  checks: ReportCheck[];
}

export interface ReportContext {
  fundName: string;
  ruleSet: RuleSet;
  /** Every entry of the fund (reports read up to the fiscal year's end). */
  entries: readonly EntryFact[];
  fiscalYear: number;
  /** Today (LocalDate): deadlines are judged at the earlier of today and the year's end. */
  today: string;
  /** The funding rounds paid from the fund, as of the year's end (the ROUND_ALLOCATIONS report). */
  rounds?: readonly RoundFact[];
}

/** A funding round paid from the fund, its money as of the report's date. */
export interface RoundFact {
  title: string;
  /** False while the round is a draft (its budget need not be allocated yet). */
  published: boolean;
  strategyCodes: readonly string[];
  budgetCents: bigint;
  allocatedCents: bigint;
  /** Outstanding commitments to the round's awards (encumbrances net of liquidations). */
  committedCents: bigint;
  paidCents: bigint;
}

const cashDelta = (e: EntryFact): bigint =>
  e.kind === 'OPENING' || e.kind === 'RECEIPT' || e.kind === 'INTEREST'
    ? e.amountCents
    : e.kind === 'EXPENDITURE'
      ? -e.amountCents
      : 0n;

const money = (c: bigint) => c.toString();

export interface AgingLine {
  entryId: string;
  receivedOn: string;
  label: string;
  amountCents: bigint;
  spentCents: bigint;
  unspentCents: bigint;
  spendBy: string | null;
  pastDue: boolean;
}

/**
 * First in, first out: spending (net of reversals, up to `asOf`) uses the oldest money first.
 * Money in is the opening balance and receipts (a reversed receipt reduces its original).
 */
export function spendDeadlineAging(entries: readonly EntryFact[], ruleSet: RuleSet, asOf: string): AgingLine[] {
  const upTo = entries.filter((e) => e.on <= asOf);
  const inflows = upTo.filter((e) => (e.kind === 'RECEIPT' || e.kind === 'OPENING') && !e.reversesEntryId);
  const reversed = new Map<string, bigint>();
  for (const e of upTo)
    if ((e.kind === 'RECEIPT' || e.kind === 'OPENING') && e.reversesEntryId)
      reversed.set(e.reversesEntryId, (reversed.get(e.reversesEntryId) ?? 0n) + e.amountCents);
  const ordered = [...inflows].sort((a, b) => (a.on === b.on ? a.id.localeCompare(b.id) : a.on < b.on ? -1 : 1));
  let spentPool = sumCents(upTo.filter((e) => e.kind === 'EXPENDITURE').map((e) => e.amountCents));
  return ordered.map((e) => {
    const amountCents = e.amountCents + (reversed.get(e.id) ?? 0n);
    const spentCents = spentPool <= 0n ? 0n : spentPool >= amountCents ? amountCents : spentPool;
    spentPool -= spentCents;
    const unspentCents = amountCents - spentCents;
    const months = ruleSet.spendWithinMonths;
    const spendBy = months === null ? null : addMonths(e.on, months);
    const label =
      e.kind === 'OPENING'
        ? 'Opening balance'
        : `${settlement(e.settlementKey ?? '')?.title ?? e.settlementKey ?? 'Receipt'}`;
    return {
      entryId: e.id,
      receivedOn: e.on,
      label,
      amountCents,
      spentCents,
      unspentCents,
      spendBy,
      pastDue: spendBy !== null && unspentCents > 0n && spendBy < asOf,
    };
  });
}

interface Cumulative {
  inCents: bigint;
  receiptsCents: bigint;
  interestCents: bigint;
  adminCents: bigint;
  nonRemediationCents: bigint;
}

function cumulative(entries: readonly EntryFact[], end: string): Cumulative {
  const upTo = entries.filter((e) => e.on <= end);
  const exp = (c: Classification) =>
    sumCents(upTo.filter((e) => e.kind === 'EXPENDITURE' && e.classification === c).map((e) => e.amountCents));
  const receiptsCents = sumKind(upTo, 'RECEIPT');
  return {
    inCents: receiptsCents + sumKind(upTo, 'OPENING'),
    receiptsCents,
    interestCents: sumKind(upTo, 'INTEREST'),
    adminCents: exp('ADMINISTRATIVE'),
    nonRemediationCents: exp('NON_REMEDIATION'),
  };
}

export interface AdminCapPosition {
  baseCents: bigint;
  adminCents: bigint;
  fundedByInterestCents: bigint;
  countedCents: bigint;
  capCents: bigint | null;
}

export function adminCapPosition(entries: readonly EntryFact[], ruleSet: RuleSet, end: string): AdminCapPosition {
  const c = cumulative(entries, end);
  const fundedByInterestCents = ruleSet.interestMayFundAdmin
    ? c.adminCents < c.interestCents
      ? c.adminCents > 0n
        ? c.adminCents
        : 0n
      : c.interestCents > 0n
        ? c.interestCents
        : 0n
    : 0n;
  const countedCents = c.adminCents - fundedByInterestCents;
  return {
    baseCents: c.inCents,
    adminCents: c.adminCents,
    fundedByInterestCents,
    countedCents,
    capCents: ruleSet.adminCapPercent === null ? null : percentOf(c.inCents, ruleSet.adminCapPercent),
  };
}

export function reportChecks(ctx: ReportContext): ReportCheck[] {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const asOf = ctx.today < end ? ctx.today : end;
  const { ruleSet, entries } = ctx;
  const checks: ReportCheck[] = [];

  const opening = sumCents(entries.filter((e) => e.on < start).map(cashDelta));
  const inYear = entries.filter((e) => e.on >= start && e.on <= end);
  const closing = sumCents(entries.filter((e) => e.on <= end).map(cashDelta));
  const formula =
    opening +
    sumKind(inYear, 'RECEIPT') +
    sumKind(inYear, 'OPENING') +
    sumKind(inYear, 'INTEREST') -
    sumKind(inYear, 'EXPENDITURE');
  checks.push({
    code: 'CLOSING_BALANCE',
    ok: closing === formula,
    message:
      closing === formula
        ? `Closing balance ${fmt(closing)} = opening + receipts + interest - expenditures`
        : `Closing balance ${fmt(closing)} differs from opening + receipts + interest - expenditures (${fmt(formula)})`,
  });

  const cap = adminCapPosition(entries, ruleSet, end);
  if (cap.capCents === null) {
    checks.push({
      code: 'ADMIN_CAP',
      ok: true,
      message: `No administration cap in the ${ruleSet.title} rule set; administration to date ${fmt(cap.adminCents)}`,
    });
  } else {
    const ok = cap.countedCents <= cap.capCents;
    checks.push({
      code: 'ADMIN_CAP',
      ok,
      message: `Administration counted against the cap ${fmt(cap.countedCents)} ${ok ? 'within' : 'exceeds'} ${ruleSet.adminCapPercent}% of funds received (${fmt(cap.capCents)})`,
    });
  }

  const c = cumulative(entries, end);
  if (ruleSet.remediationFloorPercent === null) {
    checks.push({
      code: 'REMEDIATION_FLOOR',
      ok: true,
      message: `No remediation floor in the ${ruleSet.title} rule set; non-remediation uses to date ${fmt(c.nonRemediationCents)} are reported apart`,
    });
  } else {
    const allowed = c.inCents - percentOf(c.inCents, ruleSet.remediationFloorPercent);
    const ok = c.nonRemediationCents <= allowed;
    checks.push({
      code: 'REMEDIATION_FLOOR',
      ok,
      message: `Non-remediation uses to date ${fmt(c.nonRemediationCents)} ${ok ? 'keep' : 'break'} the ${ruleSet.remediationFloorPercent}% remediation floor (at most ${fmt(allowed)} of ${fmt(c.inCents)} received)`,
    });
  }

  if (ruleSet.spendWithinMonths === null) {
    checks.push({
      code: 'SPEND_DEADLINE',
      ok: true,
      message: `No spend-within deadline in the ${ruleSet.title} rule set`,
    });
  } else {
    const late = spendDeadlineAging(entries, ruleSet, asOf).filter((l) => l.pastDue);
    const lateCents = sumCents(late.map((l) => l.unspentCents));
    checks.push({
      code: 'SPEND_DEADLINE',
      ok: late.length === 0,
      message:
        late.length === 0
          ? `Nothing past its ${ruleSet.spendWithinMonths}-month spend-by date on ${asOf}`
          : `${fmt(lateCents)} from ${late.length} receipt(s) is past its ${ruleSet.spendWithinMonths}-month spend-by date on ${asOf}`,
    });
  }
  return checks;
}

function fmt(c: bigint): string {
  const neg = c < 0n;
  const abs = neg ? -c : c;
  return `${neg ? '-' : ''}$${(abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(abs % 100n).toString().padStart(2, '0')}`;
}

const splitKey = (s: { taxonomyKey: string; strategyCode: string }) => `${s.taxonomyKey}\u0000${s.strategyCode}`;
const fromKey = (key: string) => {
  const [taxonomyKey, strategyCode] = key.split('\u0000');
  return { taxonomyKey, strategyCode };
};

/** Direct spending by strategy: remediation splits, plus any untagged remainder under its own row. */
function directByStrategy(entries: readonly EntryFact[]): { byStrategy: Map<string, bigint>; untaggedCents: bigint } {
  const byStrategy = new Map<string, bigint>();
  let untaggedCents = 0n;
  for (const e of entries) {
    if (e.kind !== 'EXPENDITURE' || e.classification !== 'REMEDIATION') continue;
    for (const s of e.splits) byStrategy.set(splitKey(s), (byStrategy.get(splitKey(s)) ?? 0n) + s.amountCents);
    untaggedCents += e.amountCents - sumCents(e.splits.map((s) => s.amountCents));
  }
  return { byStrategy, untaggedCents };
}

const compareCodes = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function annualFinancialReport(ctx: ReportContext): FundReportData {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const inYear = ctx.entries.filter((e) => e.on >= start && e.on <= end);
  const opening = sumCents(ctx.entries.filter((e) => e.on < start).map(cashDelta));
  const openingInYear = sumKind(inYear, 'OPENING');
  const receipts = sumKind(inYear, 'RECEIPT');
  const interest = sumKind(inYear, 'INTEREST');
  const expended = sumKind(inYear, 'EXPENDITURE');
  const closing = sumCents(ctx.entries.filter((e) => e.on <= end).map(cashDelta));
  const exp = (c: Classification) =>
    sumCents(inYear.filter((e) => e.kind === 'EXPENDITURE' && e.classification === c).map((e) => e.amountCents));
  const common = exp('ADMINISTRATIVE');
  const audit = exp('AUDIT');
  const nonRemediation = exp('NON_REMEDIATION');
  const { byStrategy, untaggedCents } = directByStrategy(inYear);

  const keys = [...byStrategy.keys()].sort((a, b) => compareCodes(a, b));
  const weights = keys.map((k) => (byStrategy.get(k)! > 0n ? byStrategy.get(k)! : 0n));
  const canProRate = weights.some((w) => w > 0n);
  const shares = canProRate ? splitCents(common, weights) : keys.map(() => 0n);

  const one = (label: string, total: bigint): ReportRow => ({ label, values: ['', '', money(total)] });
  const rows: ReportRow[] = [one(`Balance at the start of the fiscal year (${start})`, opening)];
  if (openingInYear !== 0n) rows.push(one('Opening balance brought into the fund', openingInYear));
  const bySettlement = new Map<string, bigint>();
  for (const e of inYear)
    if (e.kind === 'RECEIPT')
      bySettlement.set(e.settlementKey ?? '', (bySettlement.get(e.settlementKey ?? '') ?? 0n) + e.amountCents);
  for (const [key, amount] of [...bySettlement].sort(([a], [b]) => a.localeCompare(b)))
    rows.push(one(`Received: ${settlement(key)?.title ?? key}`, amount));
  rows.push(one('Amount received during the year', receipts));
  rows.push(one('Interest earned', interest));
  keys.forEach((key, i) => {
    const { taxonomyKey, strategyCode } = fromKey(key);
    const direct = byStrategy.get(key)!;
    rows.push({
      label: `Spent on ${strategyLabel(taxonomyKey, strategyCode)}`,
      values: [money(direct), money(shares[i]), money(direct + shares[i])],
    });
  });
  if (untaggedCents !== 0n)
    rows.push({
      label: 'Spent on remediation, no strategy named',
      values: [money(untaggedCents), '0', money(untaggedCents)],
    });
  if (!canProRate && common !== 0n)
    rows.push({
      label: 'Common costs (no strategy spending this year to pro-rate them over)',
      values: ['', money(common), money(common)],
    });
  rows.push(one('Non-remediation uses', nonRemediation));
  rows.push(one('Audit costs', audit));
  rows.push(one('Amount disbursed or applied during the year', expended));
  rows.push(one(`Balance at the end of the fiscal year (${end})`, closing));

  return {
    kind: 'ANNUAL_FINANCIAL',
    title: `${ctx.fundName}: annual financial report, fiscal year ${ctx.fiscalYear} (${start} to ${end})`,
    fiscalYear: ctx.fiscalYear,
    periodStart: start,
    periodEnd: end,
    columns: [
      { label: 'Direct', kind: 'MONEY' },
      { label: 'Common costs pro-rated', kind: 'MONEY' },
      { label: 'Total', kind: 'MONEY' },
    ],
    rows,
    totals: [
      { label: 'Opening balance', amountCents: opening },
      { label: 'Receipts', amountCents: receipts + openingInYear },
      { label: 'Interest', amountCents: interest },
      { label: 'Expenditures', amountCents: expended },
      { label: 'Closing balance', amountCents: closing },
    ],
    checks: reportChecks(ctx),
  };
}

export function nonRemediationReport(ctx: ReportContext): FundReportData {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const items = ctx.entries
    .filter((e) => e.on >= start && e.on <= end && e.kind === 'EXPENDITURE' && e.classification === 'NON_REMEDIATION')
    .sort((a, b) => (a.on === b.on ? a.id.localeCompare(b.id) : a.on < b.on ? -1 : 1));
  const c = cumulative(ctx.entries, end);
  return {
    kind: 'NON_REMEDIATION',
    title: `${ctx.fundName}: non-remediation uses, fiscal year ${ctx.fiscalYear}`,
    fiscalYear: ctx.fiscalYear,
    periodStart: start,
    periodEnd: end,
    columns: [
      { label: 'Paid on', kind: 'DATE' },
      { label: 'Payee', kind: 'TEXT' },
      { label: 'Amount', kind: 'MONEY' },
    ],
    rows: items.map((e) => ({
      label: `${e.description ?? ''}${e.reversesEntryId ? ' (reversal)' : ''}`,
      values: [e.on, e.payee ?? '', money(e.amountCents)],
    })),
    totals: [
      { label: 'Non-remediation uses this year', amountCents: sumCents(items.map((e) => e.amountCents)) },
      { label: 'Non-remediation uses to date', amountCents: c.nonRemediationCents },
      { label: 'Funds received to date', amountCents: c.inCents },
    ],
    checks: reportChecks(ctx),
  };
}

export function adminCapReport(ctx: ReportContext): FundReportData {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const inYear = ctx.entries.filter((e) => e.on >= start && e.on <= end);
  const adminYear = sumCents(
    inYear.filter((e) => e.kind === 'EXPENDITURE' && e.classification === 'ADMINISTRATIVE').map((e) => e.amountCents),
  );
  const p = adminCapPosition(ctx.entries, ctx.ruleSet, end);
  const c = cumulative(ctx.entries, end);
  const row = (label: string, amount: bigint | null): ReportRow => ({
    label,
    values: [amount === null ? '' : money(amount)],
  });
  const rows = [
    row('Funds received to date (the cap’s base)', p.baseCents),
    row('Interest earned to date', c.interestCents),
    row('Administration this year', adminYear),
    row('Administration to date', p.adminCents),
    row(
      ctx.ruleSet.interestMayFundAdmin
        ? 'Of which paid from interest (outside the cap)'
        : 'Of which paid from interest (this rule set does not let interest fund administration)',
      p.fundedByInterestCents,
    ),
    row('Counted against the cap', p.countedCents),
    row(
      ctx.ruleSet.adminCapPercent === null
        ? 'Cap (none in this rule set)'
        : `Cap: ${ctx.ruleSet.adminCapPercent}% of funds received`,
      p.capCents,
    ),
    row('Room left under the cap', p.capCents === null ? null : p.capCents - p.countedCents),
  ];
  return {
    kind: 'ADMIN_CAP',
    title: `${ctx.fundName}: administration against the cap, fiscal year ${ctx.fiscalYear}`,
    fiscalYear: ctx.fiscalYear,
    periodStart: start,
    periodEnd: end,
    columns: [{ label: 'Amount', kind: 'MONEY' }],
    rows,
    totals: [
      { label: 'Administration to date', amountCents: p.adminCents },
      { label: 'Counted against the cap', amountCents: p.countedCents },
      ...(p.capCents === null ? [] : [{ label: 'Cap', amountCents: p.capCents }]),
    ],
    checks: reportChecks(ctx),
  };
}

export function spendDeadlineReport(ctx: ReportContext): FundReportData {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const asOf = ctx.today < end ? ctx.today : end;
  const lines = spendDeadlineAging(ctx.entries, ctx.ruleSet, asOf);
  return {
    kind: 'SPEND_DEADLINE',
    title: `${ctx.fundName}: spend-deadline aging on ${asOf} (first in, first out)`,
    fiscalYear: ctx.fiscalYear,
    periodStart: start,
    periodEnd: end,
    columns: [
      { label: 'Received on', kind: 'DATE' },
      { label: 'Amount', kind: 'MONEY' },
      { label: 'Spent', kind: 'MONEY' },
      { label: 'Unspent', kind: 'MONEY' },
      { label: 'Spend by', kind: 'DATE' },
      { label: 'Status', kind: 'TEXT' },
    ],
    rows: lines.map((l) => ({
      label: l.label,
      values: [
        l.receivedOn,
        money(l.amountCents),
        money(l.spentCents),
        money(l.unspentCents),
        l.spendBy ?? '',
        l.unspentCents <= 0n
          ? 'Spent'
          : l.pastDue
            ? 'Past due'
            : l.spendBy
              ? `Due in ${daysBetween(asOf, l.spendBy)} days`
              : 'No deadline',
      ],
    })),
    totals: [
      { label: 'Received', amountCents: sumCents(lines.map((l) => l.amountCents)) },
      { label: 'Spent', amountCents: sumCents(lines.map((l) => l.spentCents)) },
      { label: 'Unspent', amountCents: sumCents(lines.map((l) => l.unspentCents)) },
      { label: 'Past due', amountCents: sumCents(lines.filter((l) => l.pastDue).map((l) => l.unspentCents)) },
    ],
    checks: reportChecks(ctx),
  };
}

export function strategySummaryReport(ctx: ReportContext): FundReportData {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const tagged = (from: string | null) => {
    const map = new Map<string, bigint>();
    for (const e of ctx.entries) {
      if (e.kind !== 'EXPENDITURE' || e.on > end || (from && e.on < from)) continue;
      for (const s of e.splits) map.set(splitKey(s), (map.get(splitKey(s)) ?? 0n) + s.amountCents);
    }
    return map;
  };
  const year = tagged(start);
  const toDate = tagged(null);
  const keys = [...new Set([...year.keys(), ...toDate.keys()])].sort(compareCodes);
  const rows: ReportRow[] = keys.map((key) => {
    const { taxonomyKey, strategyCode } = fromKey(key);
    return {
      label: strategyLabel(taxonomyKey, strategyCode),
      values: [money(year.get(key) ?? 0n), money(toDate.get(key) ?? 0n)],
    };
  });
  // Roll-ups: money tagged to a state list also shown under the national letters it maps to.
  for (const walk of CROSSWALKS) {
    const rolled = new Map<string, [bigint, bigint]>();
    for (const key of keys) {
      const { taxonomyKey, strategyCode } = fromKey(key);
      if (taxonomyKey !== walk.from) continue;
      const target = crosswalk(walk.from, walk.to)?.pairs.find((p) => p.from === strategyCode)?.to ?? '(not mapped)';
      const [y, t] = rolled.get(target) ?? [0n, 0n];
      rolled.set(target, [y + (year.get(key) ?? 0n), t + (toDate.get(key) ?? 0n)]);
    }
    for (const [target, [y, t]] of [...rolled].sort(([a], [b]) => compareCodes(a, b))) {
      rows.push({ label: `Roll-up to ${strategyLabel(walk.to, target)}`, values: [money(y), money(t)] });
    }
  }
  const sumMap = (m: Map<string, bigint>) => sumCents(m.values());
  return {
    kind: 'STRATEGY_SUMMARY',
    title: `${ctx.fundName}: spending by strategy, fiscal year ${ctx.fiscalYear}, with the crosswalk to Exhibit E`,
    fiscalYear: ctx.fiscalYear,
    periodStart: start,
    periodEnd: end,
    columns: [
      { label: 'This year', kind: 'MONEY' },
      { label: 'To date', kind: 'MONEY' },
    ],
    rows,
    totals: [
      { label: 'Tagged spending this year', amountCents: sumMap(year) },
      { label: 'Tagged spending to date', amountCents: sumMap(toDate) },
    ],
    checks: reportChecks(ctx),
  };
}

export function fundReport(kind: ReportKind, ctx: ReportContext): FundReportData {
  switch (kind) {
    case 'ANNUAL_FINANCIAL':
      return annualFinancialReport(ctx);
    case 'NON_REMEDIATION':
      return nonRemediationReport(ctx);
    case 'ADMIN_CAP':
      return adminCapReport(ctx);
    case 'SPEND_DEADLINE':
      return spendDeadlineReport(ctx);
    case 'STRATEGY_SUMMARY':
      return strategySummaryReport(ctx);
    case 'ROUND_ALLOCATIONS':
      return roundAllocationsReport(ctx);
  }
}

/** The rounds the fund pays: budget, allocated, committed, paid; every published round's budget must be allocated. */
function roundAllocationsReport(ctx: ReportContext): FundReportData {
  const { start, end } = fiscalYearRange(ctx.fiscalYear, ctx.ruleSet.fiscalYearStartMonth);
  const rounds = [...(ctx.rounds ?? [])].sort((a, b) => a.title.localeCompare(b.title));
  const short = rounds.filter((r) => r.published && r.allocatedCents < r.budgetCents);
  const total = (pick: (r: RoundFact) => bigint) => sumCents(rounds.map(pick));
  return {
    kind: 'ROUND_ALLOCATIONS',
    title: `${ctx.fundName}: funding rounds paid from the fund, fiscal year ${ctx.fiscalYear} (as of ${end})`,
    fiscalYear: ctx.fiscalYear,
    periodStart: start,
    periodEnd: end,
    columns: [
      { label: 'Status', kind: 'TEXT' },
      { label: 'Strategies', kind: 'TEXT' },
      { label: 'Budget', kind: 'MONEY' },
      { label: 'Allocated', kind: 'MONEY' },
      { label: 'Committed to awards', kind: 'MONEY' },
      { label: 'Paid', kind: 'MONEY' },
    ],
    rows: rounds.map((r) => ({
      label: r.title,
      values: [
        r.published ? 'Published' : 'Draft',
        r.strategyCodes.join(', '),
        money(r.budgetCents),
        money(r.allocatedCents),
        money(r.committedCents),
        money(r.paidCents),
      ],
    })),
    totals: [
      { label: 'Budgets', amountCents: total((r) => r.budgetCents) },
      { label: 'Allocated', amountCents: total((r) => r.allocatedCents) },
      { label: 'Committed to awards', amountCents: total((r) => r.committedCents) },
      { label: 'Paid', amountCents: total((r) => r.paidCents) },
    ],
    checks: [
      {
        code: 'ROUNDS_ALLOCATED',
        ok: short.length === 0,
        message: short.length
          ? `Published rounds with less allocated than their budget: ${short.map((r) => r.title).join('; ')}`
          : 'Every published round’s budget is allocated from authorized money',
      },
    ],
  };
}

/** Splits that must add up to the whole: the index of the first split to fix, or null when they do. */
export function splitsMismatch(amountCents: bigint, splits: readonly { amountCents: bigint }[]): bigint | null {
  const total = sumCents(splits.map((s) => s.amountCents));
  return total === amountCents ? null : total;
}
