import { formatDollars } from '@abate/shared/checklist';

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A count or an hours figure for people: "1,234", "36.5"; "Not reported" when there is none. */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Not reported' : COUNT.format(value);
}

/**
 * A rate (0.62) as a percentage: "62%"; below 10% with one decimal ("4.5%") so
 * small rates do not all read "0%". Rates above 1 are real (people referred last
 * quarter may be reached this one): "120%". "Not available" when the rate has no
 * denominator.
 */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'Not available';
  const percent = rate * 100;
  const digits = Math.abs(percent) < 10 && !Number.isInteger(percent) ? 1 : 0;
  return `${percent.toFixed(digits).replace(/\.0$/, '')}%`;
}

/** Cents as the API sends them (the Cents scalar's decimal string) or as a bigint. */
export type CentsValue = string | bigint;

/** Whole cents as dollars: "$1,250,000", "$12.50"; exact at any size. */
export function formatMoney(cents: CentsValue): string {
  return formatDollars(cents);
}

/** part / whole as a number for a percentage (exact enough for a share; the amounts themselves stay exact); null when whole is 0. */
export function centsShare(part: CentsValue, whole: CentsValue): number | null {
  const denominator = BigInt(whole);
  return denominator === 0n ? null : Number(BigInt(part)) / Number(denominator);
}

/** "$400,000 of $1,000,000 (40%)": spending against a budget. */
export function spentOfBudget(spentCents: CentsValue, budgetCents: CentsValue): string {
  const share = BigInt(budgetCents) > 0n ? ` (${formatPercent(centsShare(spentCents, budgetCents))})` : '';
  return `${formatMoney(spentCents)} of ${formatMoney(budgetCents)}${share}`;
}

/** "1 report" / "3 reports". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? one : many}`;
}
