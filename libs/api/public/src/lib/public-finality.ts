import type { ReportedMetric } from '@abate/api/portfolio';

/** Days after a quarter's reports are due that it closes for publication, whatever is missing. */
export const PUBLIC_FIGURES_GRACE_DAYS = 60;

/** One quarterly milestone of an award and its report, as the public page needs it. */
export interface QuarterReportFact {
  roundId: string;
  awardId: string;
  /** The milestone's label, "2027 Q1". */
  quarter: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: string | null;
  /** When the officer accepted it (ACCEPTED reports). */
  reviewedAt: Date | null;
  metrics: Array<{ key?: unknown; value?: unknown }> | null;
}

/**
 * The figures that may be published at `now`: a round's quarter is published only once final,
 * and then never changes.
 *
 * A quarter of a round is final at the earlier of (a) the moment its last report was accepted,
 * when every award of the round owes one and all are ACCEPTED, and (b) its due date plus
 * `graceDays`. What it publishes is fixed at that moment: the reports ACCEPTED by then (later
 * acceptances of that quarter are never published; accepted reports are read-only). Submitted,
 * draft and sent-back reports are never published. So every later snapshot shows the same
 * figure for the same quarter, and the difference between two snapshots is whole final quarters.
 * A quarter is published only when final in every round that owes it (all rounds share the
 * calendar, so this delays a round by at most the grace period).
 */
export function finalQuarterMetrics(
  facts: readonly QuarterReportFact[],
  now: Date,
  graceDays = PUBLIC_FIGURES_GRACE_DAYS,
): ReportedMetric[] {
  const groups = new Map<string, QuarterReportFact[]>();
  for (const fact of facts) {
    const key = `${fact.roundId}\u0000${fact.quarter}`;
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const finalAt = new Map<string, number>();
  const pendingQuarters = new Set<string>();
  for (const [key, group] of groups) {
    const due = Math.max(...group.map((f) => Date.parse(`${f.dueDate}T00:00:00Z`)));
    const closesAt = due + graceDays * 86_400_000;
    const allAccepted = group.every((f) => f.status === 'ACCEPTED' && f.reviewedAt);
    const lastAccepted = allAccepted ? Math.max(...group.map((f) => f.reviewedAt!.getTime())) : Infinity;
    const at = Math.min(closesAt, lastAccepted);
    finalAt.set(key, at);
    if (!(at <= now.getTime())) pendingQuarters.add(group[0].quarter);
  }
  const rows: ReportedMetric[] = [];
  for (const [key, group] of groups) {
    // A quarter appears only once final in every round that owes it, so the all-rounds figure
    // for it is never published with one round missing and then revised.
    if (pendingQuarters.has(group[0].quarter)) continue;
    const at = finalAt.get(key)!;
    for (const fact of group) {
      if (fact.status !== 'ACCEPTED' || !fact.reviewedAt || fact.reviewedAt.getTime() > at) continue;
      for (const metric of Array.isArray(fact.metrics) ? fact.metrics : []) {
        if (typeof metric?.key !== 'string' || metric.value === null || metric.value === undefined) continue;
        const value = Number(metric.value);
        if (Number.isFinite(value)) rows.push({ awardId: fact.awardId, quarter: fact.quarter, key: metric.key, value });
      }
    }
  }
  return rows.sort((a, b) => a.quarter.localeCompare(b.quarter) || a.awardId.localeCompare(b.awardId));
}
