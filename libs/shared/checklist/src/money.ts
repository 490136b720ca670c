import { formatCents } from '@abate/shared/money';

/**
 * US dollars for people: "$1,234.56", and whole dollars without cents
 * ("$50,000"): `formatCents` of @abate/shared/money with `trimZeroCents`.
 * Cents as a bigint, the Cents scalar's string, or a number (a fraction of a
 * cent, as in an average, is rounded).
 */
export function formatDollars(cents: bigint | string | number): string {
  if (typeof cents === 'number') {
    if (!Number.isFinite(cents)) return String(cents);
    return formatCents(BigInt(Math.round(cents)), { trimZeroCents: true });
  }
  return formatCents(cents, { trimZeroCents: true });
}
