import type { BudgetLine } from './application';

/** The budget's total in cents: the sum of every line's amount. */
export function budgetTotalCents(lines: BudgetLine[]): bigint {
  return lines.reduce((total, line) => total + line.amountCents, 0n);
}

/** Cents per budget category key, in the order each category first appears. */
export function budgetByCategory(lines: BudgetLine[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const line of lines) totals.set(line.category, (totals.get(line.category) ?? 0n) + line.amountCents);
  return totals;
}

/** The budget category that pays for naloxone, test strips and outreach materials. */
export const SUPPLIES_CATEGORY = 'supplies';

/** Whether the budget funds supplies (naloxone, test strips): a `supplies` line with an amount above zero. */
export function hasSuppliesLine(lines: BudgetLine[]): boolean {
  return lines.some((line) => line.category === SUPPLIES_CATEGORY && line.amountCents > 0n);
}
