import { centsToDollarsInput as toInput, MAX_CENTS as BIGINT_MAX_CENTS, readDollars } from '@abate/shared/money';

/** The largest amount the API stores (PostgreSQL bigint cents). */
export const MAX_CENTS = BIGINT_MAX_CENTS;

export type ParsedAmount = { kind: 'blank' } | { kind: 'ok'; cents: bigint } | { kind: 'invalid'; message: string };

/**
 * Dollars as people type them ("1250", "1,250.50", "$1,250") in cents: the
 * app's one parser (`readDollars` of @abate/shared/money), never through a float.
 */
export function parseDollars(text: string): ParsedAmount {
  return readDollars(text);
}

/** Cents (the Cents scalar's string, or a bigint) as the text of a dollars input: "125000" -> "1250", 125050n -> "1250.50". */
export function centsToDollarsInput(cents: bigint | string): string {
  return toInput(cents);
}
