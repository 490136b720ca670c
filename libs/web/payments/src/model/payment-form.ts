import { centsToDollarsInput, readDollars } from '@abate/shared/money';
import type { AutosaveController, AutosaveModel, AutosaveState, PaymentRequestInput } from '@abate/web/core';
import type { PaymentsRequestFieldsFragment } from '@abate/web/core';

export type PaymentServer = PaymentsRequestFieldsFragment;
/** Saved on their own: the period (with "final request"), and the lines as a whole (the API replaces them together). */
export type PaymentPart = 'period' | 'lines';

export interface LineValue {
  /** Local row key (React). */
  key: string;
  /** The server's line id once saved: documents hang on it. */
  id: string | null;
  category: string;
  description: string;
  /** Dollars as typed. */
  amount: string;
}

export interface PaymentValues {
  periodStart: string;
  periodEnd: string;
  final: boolean;
  lines: LineValue[];
}

type LinePartValue = Array<Omit<LineValue, 'key'>>;
type PeriodPartValue = Pick<PaymentValues, 'periodStart' | 'periodEnd' | 'final'>;

export interface PaymentTypes {
  server: PaymentServer;
  values: PaymentValues;
  part: PaymentPart;
  input: PaymentRequestInput;
  partValue: LinePartValue | PeriodPartValue;
}

export type PaymentController = AutosaveController<PaymentTypes>;
export type PaymentState = AutosaveState<PaymentTypes>;

let nextKey = 0;
export const newLineKey = () => `line-${++nextKey}`;

export const emptyLine = (category = ''): LineValue => ({
  key: newLineKey(),
  id: null,
  category,
  description: '',
  amount: '',
});

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Only payment requests a grantee may still change are autosaved (DRAFT and CHANGES_REQUESTED). */
export const isEditable = (status: string) => status === 'DRAFT' || status === 'CHANGES_REQUESTED';

/** The autosave model of one payment request (libs/web/core/src/autosave). */
export function paymentModel(): AutosaveModel<PaymentTypes> {
  return {
    parts: ['period', 'lines'],
    version: (server) => server.version,
    isEditable: (server) => isEditable(server.status),
    savedAt: (server) => server.updatedAt,
    fromServer: (server) => ({
      periodStart: server.periodStart ?? '',
      periodEnd: server.periodEnd ?? '',
      final: server.final,
      lines: server.lines.map((line) => ({
        key: line.id,
        id: line.id,
        category: line.category,
        description: line.description,
        amount: centsToDollarsInput(line.amountCents),
      })),
    }),
    partValue: (values, part) =>
      part === 'period'
        ? { periodStart: values.periodStart, periodEnd: values.periodEnd, final: values.final }
        : values.lines.map(({ id, category, description, amount }) => ({ id, category, description, amount })),
    withPartValue: (values, part, value) => {
      if (part === 'period') {
        const v = (value ?? {}) as Record<string, unknown>;
        return { ...values, periodStart: text(v.periodStart), periodEnd: text(v.periodEnd), final: v.final === true };
      }
      const rows = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [];
      return {
        ...values,
        lines: rows.map((row) => ({
          key: newLineKey(),
          id: typeof row?.id === 'string' ? row.id : null,
          category: text(row?.category),
          description: text(row?.description),
          amount: text(row?.amount),
        })),
      };
    },
    partProblem: (values, part) => {
      if (part === 'period') {
        const date = /^\d{4}-\d{2}-\d{2}$/;
        if (values.periodStart && !date.test(values.periodStart)) return 'Enter the first day as a date';
        if (values.periodEnd && !date.test(values.periodEnd)) return 'Enter the last day as a date';
        return null;
      }
      for (const [i, line] of values.lines.entries()) {
        if (!line.category) return `Choose the budget category of line ${i + 1}`;
        const amount = readDollars(line.amount);
        if (amount.kind === 'invalid') return `Line ${i + 1}: ${amount.message}`;
      }
      return null;
    },
    buildInput: (values, parts) => {
      const input: PaymentRequestInput = {};
      if (parts.includes('period')) {
        input.periodStart = values.periodStart || null;
        input.periodEnd = values.periodEnd || null;
        input.final = values.final;
      }
      if (parts.includes('lines')) {
        input.lines = values.lines.map((line) => {
          const amount = readDollars(line.amount);
          return {
            ...(line.id ? { id: line.id } : {}),
            category: line.category,
            description: line.description,
            amountCents: amount.kind === 'ok' ? amount.cents.toString() : '0',
          };
        });
      }
      return {
        input,
        partOfField: (field) => (/(^|\.)lines\b/.test(field) ? 'lines' : /period|final/.test(field) ? 'period' : null),
      };
    },
  };
}

/**
 * Lines added on this device have no id until their first save; the server names them in
 * order. Gives each new line the id the server gave it, so documents can be attached and
 * later saves keep them.
 */
export function adoptLineIds(values: PaymentValues, server: PaymentServer): PaymentValues {
  const taken = new Set(values.lines.map((l) => l.id).filter(Boolean));
  let changed = false;
  const lines = values.lines.map((line, i) => {
    if (line.id) return line;
    const saved = server.lines[i];
    if (!saved || taken.has(saved.id) || saved.category !== line.category) return line;
    changed = true;
    taken.add(saved.id);
    return { ...line, id: saved.id };
  });
  return changed ? { ...values, lines } : values;
}
