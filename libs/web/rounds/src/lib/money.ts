/** The largest amount GraphQL's 32-bit Int carries, in cents ($21,474,836.47). */
export const MAX_CENTS = 2_147_483_647;

// Whole dollars, optionally grouped with commas (2,500,000) and with up to two decimals.
const DOLLARS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Dollars as people type them ("2,500,000", "$2500000.50") in integer cents;
 * null when the text is not an amount of dollars. Computed from the digits,
 * never through floating point, so "0.29" is 29 cents exactly.
 */
export function parseDollars(text: string): number | null {
  const match = DOLLARS.exec(text.trim().replace(/^\$\s*/, ''));
  if (!match) return null;
  const cents = Number(match[1].replace(/,/g, '')) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as the text of a dollars input, without the "$": "2,500,000" or "2,500,000.50". */
export function centsToDollarsText(cents: number): string {
  const dollars = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = cents % 100;
  return rest === 0 ? dollars : `${dollars}.${String(rest).padStart(2, '0')}`;
}
