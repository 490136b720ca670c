import { centsToDollarsInput, MAX_CENTS as BIGINT_MAX_CENTS, readDollars } from '@abate/shared/money';

/** The largest amount the API stores (PostgreSQL bigint cents). */
export const MAX_CENTS = BIGINT_MAX_CENTS;

/**
 * Dollars as people type them ("2,500,000", "$2500000.50") in cents; null when
 * the text is not an amount of $0 or more. One parser for the whole app:
 * `readDollars` of @abate/shared/money.
 */
export function parseDollars(text: string): bigint | null {
  const read = readDollars(text);
  return read.kind === 'ok' ? read.cents : null;
}

/** Cents (the Cents scalar's string, or a bigint) as the text of a dollars input, without the "$": "2,500,000" or "2,500,000.50". */
export function centsToDollarsText(cents: bigint | string): string {
  return centsToDollarsInput(cents, { grouping: true });
}
