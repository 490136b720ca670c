import { centsToDollarsInput, readDollars } from '@abate/shared/money';

export type ParsedDollars = { ok: true; cents: bigint | null } | { ok: false; message: string };

/**
 * Dollars as people type them ("50000", "50,000.50", "$1,200") to cents; blank
 * is `null` (no amount). The app's one parser (`readDollars` of
 * @abate/shared/money) in the shape the application form reads.
 */
export function parseDollars(text: string): ParsedDollars {
  const read = readDollars(text);
  if (read.kind === 'blank') return { ok: true, cents: null };
  if (read.kind === 'invalid') return { ok: false, message: read.message };
  return { ok: true, cents: read.cents };
}

/** Cents (the Cents scalar's string, or a bigint) as an editable dollar amount: "5000000" -> "50000", 5000050n -> "50000.50". */
export function centsToDollarInput(cents: bigint | string | null | undefined): string {
  return centsToDollarsInput(cents);
}
