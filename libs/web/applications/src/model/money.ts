/** The largest amount the API stores (a 32-bit integer of cents). */
export const MAX_CENTS = 2_147_483_647;

export type ParsedDollars = { ok: true; cents: number | null } | { ok: false; message: string };

/**
 * Dollars as people type them ("50000", "50,000.50", "$1,200") to integer cents.
 * Blank is `null` (no amount). Never uses floating point for the cents.
 */
export function parseDollars(text: string): ParsedDollars {
  const cleaned = text.trim().replace(/^\$/, '').replace(/[,\s]/g, '');
  if (cleaned === '') return { ok: true, cents: null };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[1] === '' && !match[2])) {
    return { ok: false, message: 'Enter an amount in dollars, for example 50000 or 50,000.50' };
  }
  const [, whole, fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, message: 'Enter dollars and cents, with no more than 2 digits after the decimal point' };
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS) return { ok: false, message: 'That amount is too large' };
  return { ok: true, cents };
}

/** Cents as an editable dollar amount: 5000000 -> "50000", 5000050 -> "50000.50". */
export function centsToDollarInput(cents: number | null | undefined): string {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return '';
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}
