import { derivedRates } from '@abate/shared/metrics';
import { formatPercent } from './format';

/** The two rates the dashboard compares across grantees, as quarterly-metrics.json derives them. */
export const REACH_RATE = 'reach_rate';
export const MOUD_LINKAGE_RATE = 'moud_linkage_rate';

/** What the awards query gives: each award's milestones with their reports. */
export interface AwardReports {
  id: string;
  milestones: readonly {
    kind: 'QUARTERLY' | 'FINAL';
    report?: {
      status: 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'ACCEPTED';
      metrics: readonly { key: string; value: number }[];
    } | null;
  }[];
}

/** A report counts towards outcomes as it does on the API: a quarterly one, submitted or accepted (the final report restates the grant). */
export function countsTowardsOutcomes(milestone: AwardReports['milestones'][number]): boolean {
  const status = milestone.report?.status;
  return milestone.kind === 'QUARTERLY' && (status === 'SUBMITTED' || status === 'ACCEPTED');
}

/** Each award's metric totals over its counted reports: award id -> metric key -> sum. */
export function granteeTotals(awards: readonly AwardReports[]): Map<string, Map<string, number>> {
  const totals = new Map<string, Map<string, number>>();
  for (const award of awards) {
    const sums = new Map<string, number>();
    for (const milestone of award.milestones) {
      if (!countsTowardsOutcomes(milestone)) continue;
      for (const { key, value } of milestone.report?.metrics ?? []) sums.set(key, (sums.get(key) ?? 0) + value);
    }
    totals.set(award.id, sums);
  }
  return totals;
}

/** A grantee as portfolioOutcomes lists it. */
export interface GranteeName {
  award: { id: string };
  organizationName: string;
  roundTitle: string;
}

/**
 * Names that tell grantees apart: the organization's name, with the round's
 * title when the same organization holds awards in several of the rounds shown.
 */
export function granteeNames(grantees: readonly GranteeName[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const g of grantees) count.set(g.organizationName, (count.get(g.organizationName) ?? 0) + 1);
  return new Map(
    grantees.map((g) => [
      g.award.id,
      (count.get(g.organizationName) ?? 0) > 1 ? `${g.organizationName} (${g.roundTitle})` : g.organizationName,
    ]),
  );
}

export interface GranteeRateRow {
  awardId: string;
  name: string;
  referralsReceived: number | null;
  survivorsReached: number | null;
  moudStarts: number | null;
  /** survivors_reached / referrals_received; null without referrals or reports. */
  reachRate: number | null;
  /** moud_starts / survivors_reached; null when nobody was reached. */
  moudLinkageRate: number | null;
}

const rateOf = (rates: ReturnType<typeof derivedRates>, key: string) => rates.find((r) => r.key === key)?.value ?? null;

/** One row per grantee, in the dashboard's order, with the counts behind each rate. */
export function granteeRateRows(
  grantees: readonly GranteeName[],
  totals: ReadonlyMap<string, ReadonlyMap<string, number>>,
): GranteeRateRow[] {
  const names = granteeNames(grantees);
  return grantees.map((g) => {
    const sums = totals.get(g.award.id);
    const rates = derivedRates(new Map(sums ?? []));
    return {
      awardId: g.award.id,
      name: names.get(g.award.id) ?? g.organizationName,
      referralsReceived: sums?.get('referrals_received') ?? null,
      survivorsReached: sums?.get('survivors_reached') ?? null,
      moudStarts: sums?.get('moud_starts') ?? null,
      reachRate: sums ? rateOf(rates, REACH_RATE) : null,
      moudLinkageRate: sums ? rateOf(rates, MOUD_LINKAGE_RATE) : null,
    };
  });
}

/** Rates as whole percentages for the bar chart; a missing rate is null (no bar), never 0. */
export function rateChartData(
  rows: readonly GranteeRateRow[],
): Array<{ name: string; reach: number | null; moud: number | null }> {
  const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
  return rows.map((row) => ({ name: row.name, reach: percent(row.reachRate), moud: percent(row.moudLinkageRate) }));
}

/** The bar chart's text alternative: the range of each rate across grantees, and who has none. */
export function describeGranteeRates(rows: readonly GranteeRateRow[]): string {
  if (rows.length === 0) return 'No grantee to compare yet.';
  const sentences = [
    `Bar chart of the reach rate and MOUD linkage of ${rows.length === 1 ? '1 grantee' : `${rows.length} grantees`}.`,
  ];
  const describe = (label: string, pick: (row: GranteeRateRow) => number | null) => {
    const known = rows
      .filter((row) => pick(row) !== null)
      .map((row) => ({ name: row.name, value: pick(row) as number }));
    if (known.length === 0) return `${label}: not available for any grantee yet.`;
    if (known.length === 1) return `${label}: ${formatPercent(known[0].value)} for ${known[0].name}.`;
    const low = known.reduce((a, b) => (b.value < a.value ? b : a));
    const high = known.reduce((a, b) => (b.value > a.value ? b : a));
    const missing = rows.length - known.length;
    return `${label}: from ${formatPercent(low.value)} (${low.name}) to ${formatPercent(high.value)} (${high.name})${missing ? `; not available for ${missing === 1 ? '1 grantee' : `${missing} grantees`}` : ''}.`;
  };
  sentences.push(describe('Reach rate', (row) => row.reachRate));
  sentences.push(describe('MOUD linkage', (row) => row.moudLinkageRate));
  return sentences.join(' ');
}
