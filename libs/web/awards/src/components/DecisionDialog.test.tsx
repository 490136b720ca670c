import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { ModalRef } from '@trussworks/react-uswds';
import type { RoundDetail } from '@abate/web/rounds';
import { errorSummaryItems, renderWithApi, type MockHandler } from '@abate/web/testing';
import type { RankingRow } from '../hooks/useRanking';
import { DecisionDialog } from './DecisionDialog';

const round = {
  id: 'round-1',
  minAwardCents: '5000000',
  maxAwardCents: '25000000',
  checklist: { items: [{ key: 'outreach_plan', title: 'Outreach plan' }] },
} as unknown as RoundDetail;

const row = (patch: Partial<Record<string, unknown>> = {}) =>
  ({
    application: { id: 'application-1', title: 'Peer outreach after overdose', trackingId: 'PORP-2027-0001' },
    organizationName: 'Wake County',
    rank: 3,
    score: 71.5,
    reviewerCount: 2,
    requestedCents: '10000000',
    recommendedCents: '10000000',
    criticalGaps: [],
    safeguardFlags: [],
    decision: null,
    aboveFundingLine: true,
    ...patch,
  }) as unknown as RankingRow;

function setUp(api: MockHandler, shown: RankingRow = row()) {
  const onSaved = vi.fn();
  const rendered = renderWithApi(
    <DecisionDialog
      modalRef={createRef<ModalRef>()}
      round={round}
      row={shown}
      rawRow={shown}
      opening={1}
      budgetCents="250000000"
      awardedCents="0"
      onSaved={onSaved}
    />,
    { api },
  );
  const field = (id: string) => document.getElementById(id) as HTMLInputElement;
  const type = (id: string, text: string) => fireEvent.change(field(id), { target: { value: text } });
  const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
  const award = () => fireEvent.click(field('decision-award'));
  return { ...rendered, onSaved, field, type, save, award };
}

const refuseAll: MockHandler = () => ({ errors: [{ code: 'INTERNAL', message: 'should not be called' }] });

describe('DecisionDialog error states', () => {
  it('checks the decision before sending: a decline needs its reason, an award its amount within the rules', () => {
    const { field, type, save, calls } = setUp(refuseAll);
    save();
    expect(errorSummaryItems()).toEqual([{ message: 'Choose whether to award or decline', fieldId: 'decision-award' }]);
    fireEvent.click(field('decision-decline'));
    save();
    expect(errorSummaryItems()).toEqual([
      { message: 'Give the reason for declining: the applicant will read it', fieldId: 'decision-reason' },
    ]);
    expect(field('decision-reason')).toHaveAttribute('aria-invalid', 'true');

    fireEvent.click(field('decision-award'));
    type('decision-amount', '150,000');
    save();
    expect(errorSummaryItems()).toEqual([
      { message: 'The award cannot exceed the $100,000 requested', fieldId: 'decision-amount' },
    ]);
    type('decision-amount', 'a lot');
    save();
    expect(errorSummaryItems()).toEqual([
      { message: 'Enter the amount in dollars, for example 150,000 or 150000.50', fieldId: 'decision-amount' },
    ]);
    expect(field('decision-amount')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it('asks for the reason when awarding against the ranking', () => {
    const { save, award, calls } = setUp(refuseAll, row({ aboveFundingLine: false }));
    award();
    save();
    expect(errorSummaryItems()).toEqual([
      {
        message: 'This application is below the funding line: record why you are awarding it anyway',
        fieldId: 'decision-override-reason',
      },
    ]);
    expect(calls).toEqual([]);
  });

  it('shows the server refusing a field (BAD_USER_INPUT) beside it, and keeps the dialog open', async () => {
    const { field, save, award, calls, onSaved } = setUp(() => ({
      errors: [
        {
          code: 'BAD_USER_INPUT',
          message: 'This award would take the round $50,000.00 over its budget',
          field: 'input.amountCents',
        },
      ],
    }));
    award();
    save();
    await screen.findByText('There is a problem');
    expect(calls[0]).toMatchObject({
      operationName: 'AwardsDecideApplication',
      variables: { applicationId: 'application-1', input: { decision: 'AWARD', amountCents: '10000000' } },
    });
    expect(errorSummaryItems()).toEqual([
      { message: 'This award would take the round $50,000.00 over its budget', fieldId: 'decision-amount' },
    ]);
    expect(field('decision-amount')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('decision-amount-error')).toHaveTextContent(
      'This award would take the round $50,000.00 over its budget',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says so when the round changed meanwhile (decisions released elsewhere) or the network failed', async () => {
    let answer: MockHandler = () => ({
      errors: [{ code: 'INVALID_STATE', message: 'Decisions for this round are already released' }],
    });
    const { save, award, type, onSaved, field } = setUp((name, variables) => answer(name, variables));
    award();
    type('decision-amount', '90,000');
    save();
    await screen.findByText('There is a problem');
    expect(errorSummaryItems()).toEqual([{ message: 'Decisions for this round are already released', fieldId: null }]);

    answer = () => ({ networkError: true });
    save();
    await screen.findByText('Abate could not be reached. Check your connection, then try again.');
    expect(errorSummaryItems()).toEqual([
      { message: 'Abate could not be reached. Check your connection, then try again.', fieldId: null },
    ]);
    // What the officer entered stays for the next try.
    expect(field('decision-amount')).toHaveValue('90,000');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
