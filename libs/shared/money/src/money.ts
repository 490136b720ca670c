/**
 * Money, once: a whole number of cents as a `bigint`, everywhere (PostgreSQL
 * `bigint`, the GraphQL `Cents` scalar's decimal string, the web's inputs).
 * A state's settlement fund holds billions; `number` is exact only to 2^53 and
 * PostgreSQL `integer` stops at $21,474,836.47, so neither holds money here.
 */

/** The largest amount PostgreSQL `bigint` holds: 9,223,372,036,854,775,807 cents. */
export const MAX_CENTS = 9_223_372_036_854_775_807n;
/** The smallest amount PostgreSQL `bigint` holds. */
export const MIN_CENTS = -9_223_372_036_854_775_808n;

/** A decimal integer as text: optional minus, digits, no sign-plus, spaces, exponent, fraction or leading zeros (other than "0"). */
const INTEGER_TEXT = /^-?(0|[1-9][0-9]*)$/;

/** Whether a bigint fits a PostgreSQL `bigint` column. */
export function inCentsRange(cents: bigint): boolean {
  return cents >= MIN_CENTS && cents <= MAX_CENTS;
}

/**
 * A whole number of cents from what an API or a database gives: a bigint, a
 * decimal-integer string ("2500000000", "-500") or a safe integer number.
 * Throws a RangeError on anything else (fractions, floats, exponents, spaces,
 * unsafe numbers beyond 2^53-1, values outside PostgreSQL `bigint`).
 */
export function parseCents(value: string | number | bigint): bigint {
  let cents: bigint;
  if (typeof value === 'bigint') cents = value;
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new RangeError(`${value} is not a whole number of cents between -(2^53-1) and 2^53-1`);
    cents = BigInt(value);
  } else if (typeof value === 'string') {
    if (value.length > 20 || !INTEGER_TEXT.test(value) || value === '-0')
      throw new RangeError(
        `${JSON.stringify(value.slice(0, 40))} is not a whole number of cents written as a decimal integer`,
      );
    cents = BigInt(value);
  } else throw new RangeError(`${typeof value} is not a whole number of cents`);
  if (!inCentsRange(cents)) throw new RangeError(`${cents} cents is outside the range PostgreSQL bigint holds`);
  return cents;
}

/**
 * What a person types as dollars, to cents: "$1,234.56", "1234.5", "1,000",
 * ".25", "-$5.00" or "$-5". Commas must group thousands; at most two decimal
 * places (never rounded). Returns null for anything else, including an empty
 * field, so a form can say "enter an amount such as $1,234.56".
 */
export function parseDollars(text: string): bigint | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  let rest = text.trim();
  let negative = false;
  if (rest.startsWith('-')) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  if (rest.startsWith('$')) rest = rest.slice(1).trimStart();
  if (!negative && rest.startsWith('-')) {
    negative = true;
    rest = rest.slice(1);
  }
  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d{0,2}))?$/.exec(rest);
  if (!match) return null;
  const [, whole, fraction] = match;
  if (whole === '' && !fraction) return null; // "", ".", "$"
  const cents = BigInt(whole.replace(/,/g, '') || '0') * 100n + BigInt((fraction ?? '').padEnd(2, '0') || '0');
  const signed = negative ? -cents : cents;
  return inCentsRange(signed) ? signed : null;
}

export interface FormatCentsOptions {
  /** "$" before the amount (default true). */
  currency?: boolean;
  /** Thousands separators (default true). */
  grouping?: boolean;
  /** Whole dollars without ".00" ("$50,000"), other amounts with their cents (default false). */
  trimZeroCents?: boolean;
}

function toCents(value: bigint | string | number): bigint {
  return typeof value === 'bigint' ? value : parseCents(value);
}

/**
 * Cents as dollars: "$1,234.56", negatives "-$5.00". With `{ currency: false,
 * grouping: false }` the plain decimal "1234.56" (a spreadsheet cell, a form's
 * initial value). Exact at any size: no floating point on the way.
 */
export function formatCents(value: bigint | string | number, options: FormatCentsOptions = {}): string {
  const cents = toCents(value);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const dollars = (abs / 100n).toString();
  const rest = (abs % 100n).toString().padStart(2, '0');
  const grouped = options.grouping === false ? dollars : dollars.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents2 = options.trimZeroCents && rest === '00' ? '' : `.${rest}`;
  return `${negative ? '-' : ''}${options.currency === false ? '' : '$'}${grouped}${cents2}`;
}

/** Cents as a plain decimal number of dollars, "1234.56" (no "$", no commas): what an input field starts with, what a CSV cell holds. */
export function centsToDecimal(value: bigint | string | number): string {
  return formatCents(value, { currency: false, grouping: false });
}

/** The exact total of some amounts (0n for none). */
export function sumCents(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/**
 * Splits `total` into parts proportional to `weights` (largest remainder):
 * each part is the floor of its exact share, and the cents left over go one
 * each to the parts with the largest remainders, ties to the earlier index.
 * The parts always add up to `total`; the same input always gives the same
 * parts. A negative total splits as the mirror of its positive (a reversal
 * undoes its entry's split exactly). Weights must be non-negative and not all
 * zero.
 */
export function splitCents(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new RangeError('splitCents needs at least one weight');
  let sum = 0n;
  for (const weight of weights) {
    if (weight < 0n) throw new RangeError('splitCents weights must not be negative');
    sum += weight;
  }
  if (sum === 0n) throw new RangeError('splitCents weights must not all be zero');
  if (total < 0n) return splitCents(-total, weights).map((part) => -part);
  const parts = weights.map((weight) => (total * weight) / sum);
  const remainders = weights.map((weight, index) => ({ index, remainder: (total * weight) % sum }));
  let left = total - sumCents(parts);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] += 1n;
    left -= 1n;
  }
  return parts;
}

/** What a dollars field holds: nothing yet, an amount, or text to correct (with the message to show). */
export type DollarsField = { kind: 'blank' } | { kind: 'ok'; cents: bigint } | { kind: 'invalid'; message: string };

/**
 * A form's dollars field read with `parseDollars`, with the message a person
 * needs when it is not an amount. Negative amounts are refused unless
 * `allowNegative` (a reversing entry).
 */
export function readDollars(text: string, options: { allowNegative?: boolean } = {}): DollarsField {
  if (text.trim() === '') return { kind: 'blank' };
  const cents = parseDollars(text);
  if (cents === null) {
    const fraction = /\.(\d*)/.exec(text)?.[1] ?? '';
    if (fraction.length > 2 && /^[\s$\-\d,.]+$/.test(text))
      return {
        kind: 'invalid',
        message: 'Enter dollars and cents, with no more than 2 digits after the decimal point',
      };
    if (/^\s*-?\s*\$?\s*[\d,]{19,}/.test(text)) return { kind: 'invalid', message: 'That amount is too large' };
    return { kind: 'invalid', message: 'Enter an amount in dollars, for example 1250 or 1,250.50' };
  }
  if (cents < 0n && !options.allowNegative) return { kind: 'invalid', message: 'Enter an amount of $0 or more' };
  return { kind: 'ok', cents };
}

/** Cents as the text a dollars input starts with: "1250" or "1250.50" ("1,250" with `grouping`); '' for none. */
export function centsToDollarsInput(
  cents: bigint | string | number | null | undefined,
  options: { grouping?: boolean } = {},
): string {
  if (cents === null || cents === undefined || cents === '') return '';
  return formatCents(cents, { currency: false, grouping: options.grouping ?? false, trimZeroCents: true });
}

/** A JSON.stringify replacer that writes a bigint (cents) as its exact decimal string, as the Cents scalar does. */
export function centsReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
