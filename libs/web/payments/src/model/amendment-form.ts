import { centsToDollarsInput, formatCents, readDollars, sumCents } from '@abate/shared/money';
import { BUDGET_CATEGORIES } from '@abate/shared/metrics';
import type { AwardAmendmentInput } from '@abate/web/core';

/** The award's terms as the form starts from them. */
export interface CurrentTerms {
  amountCents: string;
  startDate: string;
  endDate: string;
  budget: ReadonlyArray<{ category: string; awardedCents: string }>;
}

export interface AmendmentValues {
  /** Dollars as typed, per SF-424A category key. */
  lines: Record<string, string>;
  /** Dollars as typed; blank keeps the award's amount. */
  total: string;
  /** YYYY-MM-DD; blank keeps the end date. */
  endDate: string;
  reason: string;
}

/** Field keys of the form: `line:<category>`, `lines` (the sum), `total`, `endDate`, `reason`, `form` (the whole). */
export type AmendmentErrors = Record<string, string>;

export const lineKey = (category: string) => `line:${category}`;
/** The element id of a field key (error summary links, aria). */
export const amendmentFieldId = (key: string) => `amendment-${key.replace(':', '-')}`;

/** Every category with the current awarded amount (zero when none), the total and end date left blank. */
export function initialAmendmentValues(current: CurrentTerms): AmendmentValues {
  const awarded = new Map(current.budget.map((line) => [line.category, line.awardedCents]));
  return {
    lines: Object.fromEntries(
      BUDGET_CATEGORIES.map((c) => [c.key, centsToDollarsInput(BigInt(awarded.get(c.key) ?? '0'))]),
    ),
    total: '',
    endDate: '',
    reason: '',
  };
}

/** The sum of the lines as typed (invalid or blank lines count as zero). */
export function linesTotal(values: AmendmentValues): bigint {
  return sumCents(
    Object.values(values.lines).map((text) => {
      const read = readDollars(text);
      return read.kind === 'ok' ? read.cents : 0n;
    }),
  );
}

export type AmendmentCheck = { ok: true; input: AwardAmendmentInput } | { ok: false; errors: AmendmentErrors };

/** The client's checks (the API checks again); the input holds only what changes. */
export function checkAmendment(values: AmendmentValues, current: CurrentTerms): AmendmentCheck {
  const errors: AmendmentErrors = {};
  const lines: Array<{ category: string; amountCents: bigint }> = [];
  for (const { key, label } of BUDGET_CATEGORIES) {
    const read = readDollars(values.lines[key] ?? '');
    if (read.kind === 'blank') errors[lineKey(key)] = `Enter the ${label} amount ($0 if none)`;
    else if (read.kind === 'invalid') errors[lineKey(key)] = `${label}: ${read.message}`;
    else lines.push({ category: key, amountCents: read.cents });
  }
  const currentAmount = BigInt(current.amountCents);
  let total = currentAmount;
  const readTotal = readDollars(values.total);
  if (readTotal.kind === 'invalid') errors.total = readTotal.message;
  else if (readTotal.kind === 'ok') {
    if (readTotal.cents <= 0n) errors.total = 'The new total must be more than $0';
    else total = readTotal.cents;
  }
  if (!errors.total && lines.length === BUDGET_CATEGORIES.length) {
    const sum = sumCents(lines.map((l) => l.amountCents));
    if (sum !== total)
      errors.lines = `The budget lines add up to ${formatCents(sum)}, not the ${readTotal.kind === 'ok' ? 'new' : "award's"} total of ${formatCents(total)}`;
  }
  const endDate = values.endDate.trim();
  if (endDate && !/^\d{4}-\d{2}-\d{2}$/.test(endDate)) errors.endDate = 'Enter the end date as a date';
  else if (endDate && endDate < current.startDate)
    errors.endDate = `The end date cannot be before the start of the grant (${current.startDate})`;
  const reason = values.reason.trim();
  if (!reason) errors.reason = 'Say why the award should change: the program officer and the auditors read this';
  if (Object.keys(errors).length) return { ok: false, errors };

  const input: AwardAmendmentInput = { reason };
  if (total !== currentAmount) input.amountCents = total.toString();
  const awarded = new Map(current.budget.map((l) => [l.category, BigInt(l.awardedCents)]));
  if (lines.some((l) => l.amountCents !== (awarded.get(l.category) ?? 0n)))
    // Categories left out get nothing: a zero line is sent only to empty a category the budget has.
    input.budgetLines = lines
      .filter((l) => l.amountCents !== 0n || awarded.has(l.category))
      .map((l) => ({ category: l.category, amountCents: l.amountCents.toString() }));
  if (endDate && endDate !== current.endDate) input.endDate = endDate;
  if (input.amountCents === undefined && !input.budgetLines && input.endDate === undefined)
    return { ok: false, errors: { form: 'Change at least one budget amount, the total or the end date' } };
  return { ok: true, input };
}

/** The form's field key for the API's input path: `input.budgetLines.3.amountCents` is the fourth line of `sent`. */
export function amendmentFieldKey(path: string | undefined, sent: AwardAmendmentInput): string {
  if (!path) return 'form';
  if (path === 'input.amountCents') return 'total';
  if (path === 'input.endDate') return 'endDate';
  if (path === 'input.reason') return 'reason';
  if (path === 'input.budgetLines') return 'lines';
  const line = /^input\.budgetLines\.(\d+)/.exec(path);
  if (line) {
    const category = sent.budgetLines?.[Number(line[1])]?.category;
    return category ? lineKey(category) : 'lines';
  }
  return 'form';
}

export interface BudgetMove {
  category: string;
  label: string;
  beforeCents: bigint;
  afterCents: bigint;
  changeCents: bigint;
}

type TermLines = ReadonlyArray<{ category: string; amountCents: string }>;

/** The categories an amendment changes, in SF-424A order: before (when proposed), proposed and the difference. */
export function budgetMoves(amendment: {
  budgetLines?: TermLines | null;
  previous: { budgetLines: TermLines };
}): BudgetMove[] {
  if (!amendment.budgetLines) return [];
  const before = new Map(amendment.previous.budgetLines.map((l) => [l.category, BigInt(l.amountCents)]));
  const after = new Map(amendment.budgetLines.map((l) => [l.category, BigInt(l.amountCents)]));
  const known = BUDGET_CATEGORIES.map((c) => c.key);
  const categories = [...known, ...[...before.keys(), ...after.keys()].filter((k) => !known.includes(k))];
  return [...new Set(categories)]
    .map((category) => {
      const beforeCents = before.get(category) ?? 0n;
      const afterCents = after.get(category) ?? 0n;
      const label = BUDGET_CATEGORIES.find((c) => c.key === category)?.label ?? category;
      return { category, label, beforeCents, afterCents, changeCents: afterCents - beforeCents };
    })
    .filter((move) => move.changeCents !== 0n);
}
