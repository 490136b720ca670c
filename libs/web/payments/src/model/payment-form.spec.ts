import { describe, expect, it } from 'vitest';
import { adoptLineIds, emptyLine, paymentModel, type PaymentServer, type PaymentValues } from './payment-form';
import { reviewBlock, type PaymentViewer } from '../components/PaymentRequestView';

const server = (lines: Array<{ id: string; category: string }>): PaymentServer =>
  ({
    id: 'r1',
    status: 'DRAFT',
    version: 3,
    updatedAt: '2026-12-05T10:00:00Z',
    periodStart: null,
    periodEnd: null,
    final: false,
    lines: lines.map((l) => ({ ...l, description: 'x', amountCents: '100', documents: [] })),
  }) as unknown as PaymentServer;

describe('the payment request form model', () => {
  const model = paymentModel();

  it('sends lines in dollars as cents, with the ids of saved lines (their documents stay), and refuses a line with no category', () => {
    const values: PaymentValues = {
      periodStart: '2026-01-01',
      periodEnd: '',
      final: false,
      lines: [
        { key: 'a', id: 'line-1', category: 'supplies', description: 'Kits', amount: '1,250.50' },
        { key: 'b', id: null, category: 'travel', description: 'Mileage', amount: '' },
      ],
    };
    const { input, partOfField } = model.buildInput(values, ['period', 'lines']);
    expect(input).toEqual({
      periodStart: '2026-01-01',
      periodEnd: null,
      final: false,
      lines: [
        { id: 'line-1', category: 'supplies', description: 'Kits', amountCents: '125050' },
        { category: 'travel', description: 'Mileage', amountCents: '0' },
      ],
    });
    expect(partOfField('input.lines.1.amountCents')).toBe('lines');
    expect(partOfField('input.periodEnd')).toBe('period');
    expect(model.partProblem({ ...values, lines: [emptyLine()] }, 'lines')).toBe(
      'Choose the budget category of line 1',
    );
    expect(model.partProblem({ ...values, lines: [{ ...values.lines[0], amount: '12.345' }] }, 'lines')).toMatch(
      /^Line 1: /,
    );
  });

  it('gives a new line the id the server gave it, and leaves a line it cannot match alone', () => {
    const values: PaymentValues = {
      periodStart: '',
      periodEnd: '',
      final: false,
      lines: [
        { key: 'a', id: 'line-1', category: 'supplies', description: '', amount: '' },
        { key: 'b', id: null, category: 'travel', description: '', amount: '' },
        { key: 'c', id: null, category: 'personnel', description: '', amount: '' },
      ],
    };
    const adopted = adoptLineIds(
      values,
      server([
        { id: 'line-1', category: 'supplies' },
        { id: 'line-2', category: 'travel' },
      ]),
    );
    expect(adopted.lines.map((l) => l.id)).toEqual(['line-1', 'line-2', null]);
    // Nothing new: the same object, so no edit is recorded.
    expect(adoptLineIds(adopted, server([{ id: 'line-1', category: 'supplies' }]))).toBe(adopted);
  });
});

describe('who may decide a request now', () => {
  const officer: PaymentViewer = { userId: 'u1', grantee: false, programOfficer: true, financeOfficer: false };
  const both: PaymentViewer = { userId: 'u2', grantee: false, programOfficer: true, financeOfficer: true };
  const approval = (userId: string, cycle = 1) => ({ cycle, decision: 'APPROVE' as const, user: { id: userId } });

  it('offers the program approval to officers and the financial one to finance officers, never both to one person', () => {
    expect(reviewBlock({ status: 'SUBMITTED', approvals: [] }, officer)).toBeNull();
    expect(reviewBlock({ status: 'PROGRAM_APPROVED', approvals: [approval('u9')] }, officer)).toBe('hidden');
    expect(reviewBlock({ status: 'PROGRAM_APPROVED', approvals: [approval('u9')] }, both)).toBeNull();
    expect(reviewBlock({ status: 'PROGRAM_APPROVED', approvals: [approval('u2')] }, both)).toMatch(
      /another finance officer/,
    );
    // An approval of an earlier submission does not count.
    expect(
      reviewBlock({ status: 'PROGRAM_APPROVED', approvals: [approval('u2', 1), approval('u9', 2)] }, both),
    ).toBeNull();
    expect(reviewBlock({ status: 'APPROVED', approvals: [] }, both)).toBe('hidden');
  });
});
