/** The largest amount the API stores (a 32-bit integer of cents). */
export const MAX_CENTS = 2_147_483_647;

export type ParsedAmount = { kind: 'blank' } | { kind: 'ok'; cents: number } | { kind: 'invalid'; message: string };

/**
 * Dollars as people type them ("1250", "1,250.50", "$1,250") in integer cents,
 * computed from the digits (never through floating point, so "0.29" is 29 cents).
 */
export function parseDollars(text: string): ParsedAmount {
  const cleaned = text.trim().replace(/^\$\s*/, '');
  if (cleaned === '') return { kind: 'blank' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[1] === undefined && !match[2])) {
    return { kind: 'invalid', message: 'Enter an amount in dollars, for example 1250 or 1,250.50' };
  }
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return { kind: 'invalid', message: 'Enter dollars and cents, with no more than 2 digits after the decimal point' };
  const cents = Number((match[1] ?? '0').replace(/,/g, '')) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { kind: 'invalid', message: 'That amount is too large' };
  return { kind: 'ok', cents };
}

/** Cents as the text of a dollars input: 125000 -> "1250", 125050 -> "1250.50". */
export function centsToDollarsInput(cents: number): string {
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}
