import { sumCents } from '@abate/shared/money';
import {
  addMonths,
  annualFinancialReport,
  balances,
  EntryFact,
  fiscalYearOf,
  fiscalYearRange,
  fundReport,
  percentOf,
  reportChecks,
  ruleSet,
  spendDeadlineAging,
  STRATEGY_TAXONOMIES,
  CROSSWALKS,
  RULE_SETS,
  SOURCES,
  strategySummaryReport,
  REPORT_KINDS,
  isTaggable,
} from './index';

const NC = ruleSet('nc-moa-2021')!;
const PA = ruleSet('pa-opioid-trust')!;
const GENERIC = ruleSet('generic')!;
let seq = 0;
const entry = (e: Partial<EntryFact> & Pick<EntryFact, 'kind' | 'amountCents' | 'on'>): EntryFact => ({
  id: `e${String(++seq).padStart(6, '0')}`,
  splits: [],
  ...e,
});

describe('strategy data', () => {
  it('ships Schedule A A-I, Schedule B A-L in three Parts, NC Exhibit A 1-12, each code with a known source', () => {
    const codes = (key: string) => STRATEGY_TAXONOMIES.find((t) => t.key === key)!.codes;
    expect(codes('exhibit-e-schedule-a').map((c) => c.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(
      codes('exhibit-e-schedule-b')
        .filter((c) => /^P\d$/.test(c.parent ?? ''))
        .map((c) => c.code),
    ).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']);
    expect(codes('nc-moa-exhibit-a')).toHaveLength(12);
    for (const t of STRATEGY_TAXONOMIES) for (const c of t.codes) expect(SOURCES[c.source]).toBeDefined();
    expect(isTaggable('exhibit-e-schedule-b', 'P1')).toBe(false);
    expect(isTaggable('exhibit-e-schedule-b', 'A.1')).toBe(true);
  });

  it('maps every crosswalk pair onto codes that exist', () => {
    for (const walk of CROSSWALKS) {
      for (const p of walk.pairs) {
        expect(isTaggable(walk.from, p.from)).toBe(true);
        expect(isTaggable(walk.to, p.to)).toBe(true);
      }
    }
  });

  it('ships the NC, PA and generic rule sets with a source for each number', () => {
    expect(RULE_SETS.map((r) => r.key)).toEqual(['nc-moa-2021', 'pa-opioid-trust', 'generic']);
    expect(PA).toMatchObject({ adminCapPercent: '3', spendWithinMonths: 18, interestMayFundAdmin: true });
    expect(PA.sources['adminCapPercent']).toMatch(/3%/);
    expect(NC).toMatchObject({ fiscalYearStartMonth: 7, requiresAuthorization: true, interestMayFundAdmin: false });
  });
});

describe('dates and percentages', () => {
  it('names fiscal years by the year they end in', () => {
    expect(fiscalYearRange(2025, 7)).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(fiscalYearRange(2025, 1)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(fiscalYearRange(2024, 3)).toEqual({ start: '2023-03-01', end: '2024-02-29' });
    expect(fiscalYearOf('2024-07-01', 7)).toBe(2025);
    expect(fiscalYearOf('2025-06-30', 7)).toBe(2025);
  });
  it('adds months, keeping the day inside the month', () => {
    expect(addMonths('2024-12-15', 18)).toBe('2026-06-15');
    expect(addMonths('2024-08-31', 18)).toBe('2026-02-28');
  });
  it('takes a percentage in whole cents, rounding down', () => {
    expect(percentOf(2_500_000_000n, '3')).toBe(75_000_000n);
    expect(percentOf(101n, '2.5')).toBe(2n);
    expect(percentOf(900_719_925_474_099_100n, '3')).toBe(27_021_597_764_222_973n);
  });
});

describe('reports', () => {
  const base = () => [
    entry({ kind: 'RECEIPT', amountCents: 2_500_000_000n, on: '2024-08-01', settlementKey: 'distributors' }),
    entry({ kind: 'RECEIPT', amountCents: 1_000_000n, on: '2024-09-01', settlementKey: 'teva' }),
    entry({ kind: 'INTEREST', amountCents: 10_000n, on: '2024-12-31' }),
  ];

  it('pro-rates common costs over strategies exactly, the remainder to the earlier strategy', () => {
    const entries = [
      ...base(),
      entry({
        kind: 'EXPENDITURE',
        classification: 'REMEDIATION',
        amountCents: 300n,
        on: '2024-10-01',
        splits: [
          { taxonomyKey: 'nc-moa-exhibit-a', strategyCode: '8', amountCents: 100n },
          { taxonomyKey: 'nc-moa-exhibit-a', strategyCode: '7', amountCents: 200n },
        ],
      }),
      entry({ kind: 'EXPENDITURE', classification: 'ADMINISTRATIVE', amountCents: 100n, on: '2024-11-01' }),
    ];
    const report = annualFinancialReport({
      fundName: 'F',
      ruleSet: NC,
      entries,
      fiscalYear: 2025,
      today: '2026-01-01',
    });
    const row = (label: RegExp) => report.rows.find((r) => label.test(r.label))!.values;
    // weights 200 (code 7) and 100 (code 8): 66.67 / 33.33 -> 67 / 33.
    expect(row(/Exhibit A 7/)).toEqual(['200', '67', '267']);
    expect(row(/Exhibit A 8/)).toEqual(['100', '33', '133']);
    expect(report.checks.find((c) => c.code === 'CLOSING_BALANCE')!.ok).toBe(true);
    expect(report.totals.find((t) => t.label === 'Closing balance')!.amountCents).toBe(
      2_500_000_000n + 1_000_000n + 10_000n - 400n,
    );
  });

  it('fails the admin cap check past 3% of receipts, with interest paying admin first under PA', () => {
    const entries = [
      ...base(),
      entry({
        kind: 'EXPENDITURE',
        classification: 'ADMINISTRATIVE',
        amountCents: percentOf(2_501_000_000n, '3') + 10_000n,
        on: '2024-10-01',
      }),
    ];
    const pa = reportChecks({ fundName: 'F', ruleSet: PA, entries, fiscalYear: 2024, today: '2025-01-01' });
    expect(pa.find((c) => c.code === 'ADMIN_CAP')!.ok).toBe(true); // the 10,000 of interest covers the excess
    const more = [
      ...entries,
      entry({ kind: 'EXPENDITURE', classification: 'ADMINISTRATIVE', amountCents: 1n, on: '2024-10-02' }),
    ];
    expect(
      reportChecks({ fundName: 'F', ruleSet: PA, entries: more, fiscalYear: 2024, today: '2025-01-01' }).find(
        (c) => c.code === 'ADMIN_CAP',
      )!.ok,
    ).toBe(false);
  });

  it('flags the remediation floor when non-remediation passes 15% under the generic rule set', () => {
    const entries = [
      entry({ kind: 'RECEIPT', amountCents: 10_000n, on: '2024-08-01', settlementKey: 'cvs' }),
      entry({ kind: 'EXPENDITURE', classification: 'NON_REMEDIATION', amountCents: 1_500n, on: '2024-09-01' }),
    ];
    expect(
      reportChecks({ fundName: 'F', ruleSet: GENERIC, entries, fiscalYear: 2025, today: '2025-01-01' }).find(
        (c) => c.code === 'REMEDIATION_FLOOR',
      )!.ok,
    ).toBe(true);
    entries.push(entry({ kind: 'EXPENDITURE', classification: 'NON_REMEDIATION', amountCents: 1n, on: '2024-09-02' }));
    expect(
      reportChecks({ fundName: 'F', ruleSet: GENERIC, entries, fiscalYear: 2025, today: '2025-01-01' }).find(
        (c) => c.code === 'REMEDIATION_FLOOR',
      )!.ok,
    ).toBe(false);
  });

  it('ages receipts first in, first out against spending, and flags what passed its 18 months', () => {
    const r1 = entry({ kind: 'RECEIPT', amountCents: 1_000n, on: '2023-01-10', settlementKey: 'walmart' });
    const r2 = entry({ kind: 'RECEIPT', amountCents: 1_000n, on: '2024-01-10', settlementKey: 'kroger' });
    const spend = entry({ kind: 'EXPENDITURE', classification: 'REMEDIATION', amountCents: 600n, on: '2023-06-01' });
    const lines = spendDeadlineAging([r1, r2, spend], PA, '2024-12-31');
    expect(lines.map((l) => [l.spentCents, l.unspentCents, l.spendBy, l.pastDue])).toEqual([
      [600n, 400n, '2024-07-10', true],
      [0n, 1_000n, '2025-07-10', false],
    ]);
    expect(
      reportChecks({
        fundName: 'F',
        ruleSet: PA,
        entries: [r1, r2, spend],
        fiscalYear: 2024,
        today: '2026-01-01',
      }).find((c) => c.code === 'SPEND_DEADLINE')!.ok,
    ).toBe(false);
    // Spending the rest of the oldest receipt clears it.
    const more = entry({ kind: 'EXPENDITURE', classification: 'REMEDIATION', amountCents: 400n, on: '2024-07-01' });
    expect(
      reportChecks({
        fundName: 'F',
        ruleSet: PA,
        entries: [r1, r2, spend, more],
        fiscalYear: 2024,
        today: '2026-01-01',
      }).find((c) => c.code === 'SPEND_DEADLINE')!.ok,
    ).toBe(true);
  });

  it('rolls NC Exhibit A 8 (post-overdose response teams) up to Schedule B C and Schedule A E', () => {
    const entries = [
      ...base(),
      entry({
        kind: 'EXPENDITURE',
        classification: 'REMEDIATION',
        amountCents: 500n,
        on: '2024-10-01',
        splits: [{ taxonomyKey: 'nc-moa-exhibit-a', strategyCode: '8', amountCents: 500n }],
      }),
    ];
    const report = strategySummaryReport({
      fundName: 'F',
      ruleSet: NC,
      entries,
      fiscalYear: 2025,
      today: '2026-01-01',
    });
    expect(report.rows.find((r) => r.label.startsWith('Roll-up to Schedule B C'))!.values).toEqual(['500', '500']);
    expect(report.rows.find((r) => r.label.startsWith('Roll-up to Schedule A E'))!.values).toEqual(['500', '500']);
  });

  it('lists the rounds the fund pays and fails the check while a published round is short of its budget', () => {
    const round = (title: string, published: boolean, allocatedCents: bigint) => ({
      title,
      published,
      strategyCodes: ['8'],
      budgetCents: 4_000_000_000n,
      allocatedCents,
      committedCents: 1_000n,
      paidCents: 500n,
    });
    const ctx = { fundName: 'F', ruleSet: NC, entries: base(), fiscalYear: 2025, today: '2026-01-01' };
    const report = fundReport('ROUND_ALLOCATIONS', {
      ...ctx,
      rounds: [round('Rural', true, 3_999_999_999n), round('County', false, 0n)],
    });
    expect(report.rows).toEqual([
      { label: 'County', values: ['Draft', '8', '4000000000', '0', '1000', '500'] },
      { label: 'Rural', values: ['Published', '8', '4000000000', '3999999999', '1000', '500'] },
    ]);
    expect(report.totals[0]).toEqual({ label: 'Budgets', amountCents: 8_000_000_000n });
    expect(report.checks).toEqual([expect.objectContaining({ code: 'ROUNDS_ALLOCATED', ok: false })]);
    expect(report.checks[0].message).toContain('Rural');
    const drafts = fundReport('ROUND_ALLOCATIONS', { ...ctx, rounds: [round('County', false, 0n)] });
    expect(drafts.checks[0].ok).toBe(true);
  });
});

/** A small deterministic generator (mulberry32), so a failure reproduces from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('property: every balance and report total is the sum of the entries', () => {
  const CLASSES = ['REMEDIATION', 'NON_REMEDIATION', 'ADMINISTRATIVE', 'AUDIT'] as const;
  const CODES = ['1', '2', '7', '8', '9'];
  it('holds for 150 random sequences of receipts, interest, expenditures and reversals', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const r = rng(seed);
      const int = (n: number) => Math.floor(r() * n);
      const big = () => BigInt(int(1_000_000_000)) * BigInt(1 + int(1000)) + BigInt(int(100));
      const day = () =>
        `20${22 + int(5)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
      const entries: EntryFact[] = [];
      const n = 1 + int(40);
      for (let i = 0; i < n; i++) {
        const pick = int(4);
        if (pick === 0)
          entries.push(
            entry({
              kind: 'RECEIPT',
              amountCents: big(),
              on: day(),
              settlementKey: ['distributors', 'janssen', 'teva'][int(3)],
            }),
          );
        else if (pick === 1) entries.push(entry({ kind: 'INTEREST', amountCents: BigInt(int(10_000_000)), on: day() }));
        else if (pick === 2) {
          const classification = CLASSES[int(4)];
          const parts = Array.from({ length: 1 + int(3) }, () => ({
            taxonomyKey: 'nc-moa-exhibit-a',
            strategyCode: CODES[int(CODES.length)],
            amountCents: BigInt(int(50_000_000)),
          }));
          entries.push(
            entry({
              kind: 'EXPENDITURE',
              classification,
              amountCents: sumCents(parts.map((p) => p.amountCents)),
              on: day(),
              splits: parts,
            }),
          );
        } else if (entries.length > 0) {
          const target = entries[int(entries.length)];
          if (!target.reversesEntryId && !entries.some((e) => e.reversesEntryId === target.id)) {
            entries.push({
              ...target,
              id: `r${target.id}`,
              amountCents: -target.amountCents,
              splits: target.splits.map((s) => ({ ...s, amountCents: -s.amountCents })),
              reversesEntryId: target.id,
              on: day() > target.on ? day() : target.on,
            });
          }
        }
      }
      const sumOf = (pred: (e: EntryFact) => boolean) => sumCents(entries.filter(pred).map((e) => e.amountCents));
      const b = balances(entries);
      expect(b.receivedCents).toBe(sumOf((e) => e.kind === 'RECEIPT'));
      expect(b.interestCents).toBe(sumOf((e) => e.kind === 'INTEREST'));
      expect(b.expendedCents).toBe(sumOf((e) => e.kind === 'EXPENDITURE'));
      expect(b.cashCents).toBe(b.receivedCents + b.interestCents - b.expendedCents);

      for (const fy of [2022, 2023, 2024, 2025, 2026, 2027]) {
        for (const rules of [NC, PA, GENERIC]) {
          const ctx = { fundName: 'F', ruleSet: rules, entries, fiscalYear: fy, today: '2027-12-31' };
          const { start, end } = fiscalYearRange(fy, rules.fiscalYearStartMonth);
          const inYear = (e: EntryFact) => e.on >= start && e.on <= end;
          const annual = annualFinancialReport(ctx);
          const total = (label: string) => annual.totals.find((t) => t.label === label)!.amountCents;
          expect(total('Receipts')).toBe(sumOf((e) => e.kind === 'RECEIPT' && inYear(e)));
          expect(total('Interest')).toBe(sumOf((e) => e.kind === 'INTEREST' && inYear(e)));
          expect(total('Expenditures')).toBe(sumOf((e) => e.kind === 'EXPENDITURE' && inYear(e)));
          expect(total('Opening balance')).toBe(balances(entries.filter((e) => e.on < start)).cashCents);
          expect(total('Closing balance')).toBe(balances(entries.filter((e) => e.on <= end)).cashCents);
          expect(total('Closing balance')).toBe(
            total('Opening balance') + total('Receipts') + total('Interest') - total('Expenditures'),
          );
          expect(annual.checks.find((c) => c.code === 'CLOSING_BALANCE')!.ok).toBe(true);
          // The strategy lines (direct + pro-rated common costs) plus the other classes add up to what was spent.
          const totalColumn = sumCents(
            annual.rows
              .filter(
                (row) =>
                  row.label.startsWith('Spent on') ||
                  row.label.startsWith('Common costs') ||
                  row.label === 'Non-remediation uses' ||
                  row.label === 'Audit costs',
              )
              .map((row) => BigInt(row.values[2])),
          );
          const commonShown = annual.rows.some(
            (row) => row.label.startsWith('Spent on') || row.label.startsWith('Common costs'),
          );
          const admin = sumOf((e) => e.kind === 'EXPENDITURE' && e.classification === 'ADMINISTRATIVE' && inYear(e));
          expect(totalColumn + (commonShown || admin === 0n ? 0n : admin)).toBe(total('Expenditures'));
          for (const kind of REPORT_KINDS) expect(() => fundReport(kind, ctx)).not.toThrow();
          const aging = fundReport('SPEND_DEADLINE', ctx);
          const agingTotal = (label: string) => aging.totals.find((t) => t.label === label)!.amountCents;
          expect(agingTotal('Spent') + agingTotal('Unspent')).toBe(agingTotal('Received'));
        }
      }
    }
  });
});
