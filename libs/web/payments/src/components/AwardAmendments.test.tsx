import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { errorSummaryItems, renderWithApi, type MockHandler } from '@abate/web/testing';
import { AwardAmendments } from './AwardAmendments';

const budget = [
  { category: 'personnel', label: 'Personnel', awardedCents: '6000000' },
  { category: 'supplies', label: 'Supplies', awardedCents: '4000000' },
];

const amendment = (patch: Record<string, unknown> = {}) => ({
  __typename: 'AwardAmendment',
  id: 'amendment-1',
  number: 1,
  status: 'PENDING',
  amountCents: null,
  endDate: null,
  budgetLines: [
    { category: 'personnel', amountCents: '5000000' },
    { category: 'supplies', amountCents: '5000000' },
  ],
  reason: 'Naloxone prices went up',
  proposedAt: '2026-12-01T15:00:00Z',
  proposedBy: 'grantee-1',
  proposedByName: 'Jane Doe',
  decidedAt: null,
  decidedBy: null,
  decidedByName: null,
  decisionNote: null,
  previous: {
    amountCents: '10000000',
    endDate: '2027-12-31',
    budgetLines: [
      { category: 'personnel', amountCents: '6000000' },
      { category: 'supplies', amountCents: '4000000' },
    ],
  },
  ...patch,
});

const award = (amendments: unknown[] = []) => ({
  data: {
    award: {
      __typename: 'Award',
      id: 'award-1',
      version: 4,
      status: 'ACTIVE',
      amountCents: '10000000',
      startDate: '2027-01-01',
      endDate: '2027-12-31',
      budget: budget.map((b) => ({ __typename: 'AwardBudgetLine', ...b })),
      amendments,
    },
  },
});

function setUp(api: MockHandler, props: { viewerId?: string; canPropose?: boolean; canDecide?: boolean } = {}) {
  const rendered = renderWithApi(
    <AwardAmendments
      awardId="award-1"
      viewerId={props.viewerId ?? 'grantee-1'}
      canPropose={props.canPropose ?? true}
      canDecide={props.canDecide ?? false}
    />,
    { api },
  );
  const field = (id: string) => document.getElementById(id) as HTMLInputElement;
  const type = (id: string, text: string) => fireEvent.change(field(id), { target: { value: text } });
  const open = async () => fireEvent.click(await screen.findByRole('button', { name: 'Propose an amendment' }));
  const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Propose the amendment' }));
  return { ...rendered, field, type, open, submit };
}

describe('proposing an award amendment', () => {
  it('prefills every category with the current budget and checks that the lines add up to the total before sending', async () => {
    const { field, type, open, submit, calls } = setUp((name) =>
      name === 'PaymentsAwardAmendments' ? award() : { errors: [{ code: 'INTERNAL', message: 'not expected' }] },
    );
    await open();
    expect(field('amendment-line-personnel').value).toBe('60000');
    expect(field('amendment-line-supplies').value).toBe('40000');
    expect(field('amendment-line-travel').value).toBe('0');

    submit();
    expect(errorSummaryItems()).toEqual([
      {
        message: 'Say why the award should change: the program officer and the auditors read this',
        fieldId: 'amendment-reason',
      },
    ]);
    type('amendment-reason', 'Naloxone prices went up');
    submit();
    expect(errorSummaryItems()).toEqual([
      { message: 'Change at least one budget amount, the total or the end date', fieldId: null },
    ]);
    type('amendment-reason', '');

    type('amendment-line-personnel', '50,000');
    type('amendment-line-travel', 'ten');
    submit();
    expect(errorSummaryItems()).toEqual([
      { message: 'Travel: Enter an amount in dollars, for example 1250 or 1,250.50', fieldId: 'amendment-line-travel' },
      {
        message: 'Say why the award should change: the program officer and the auditors read this',
        fieldId: 'amendment-reason',
      },
    ]);
    expect(field('amendment-line-travel')).toHaveAttribute('aria-invalid', 'true');

    type('amendment-line-travel', '0');
    type('amendment-reason', 'Naloxone prices went up');
    submit();
    expect(errorSummaryItems()).toEqual([
      {
        message: "The budget lines add up to $90,000.00, not the award's total of $100,000.00",
        fieldId: 'amendment-lines',
      },
    ]);

    type('amendment-total', '90,000');
    type('amendment-endDate', '2026-06-30');
    submit();
    expect(errorSummaryItems()).toEqual([
      {
        message: 'The end date cannot be before the start of the grant (2027-01-01)',
        fieldId: 'amendment-endDate',
      },
    ]);
    expect(calls.filter((c) => c.operationName === 'PaymentsAmendAward')).toEqual([]);
  });

  it('sends only what changes, and shows a field the server refuses beside that field', async () => {
    const { type, open, submit, calls } = setUp((name) =>
      name === 'PaymentsAwardAmendments'
        ? award()
        : {
            errors: [
              {
                code: 'BAD_USER_INPUT',
                message: 'Supplies cannot go below the $45,000.00 already paid or pending',
                field: 'input.budgetLines.1.amountCents',
              },
            ],
          },
    );
    await open();
    type('amendment-line-personnel', '70,000');
    type('amendment-line-supplies', '30,000');
    type('amendment-reason', '  More outreach staff  ');
    submit();
    await screen.findByText('There is a problem');
    expect(calls.find((c) => c.operationName === 'PaymentsAmendAward')?.variables).toEqual({
      awardId: 'award-1',
      version: 4,
      input: {
        reason: 'More outreach staff',
        budgetLines: [
          { category: 'personnel', amountCents: '7000000' },
          { category: 'supplies', amountCents: '3000000' },
        ],
      },
    });
    expect(document.getElementById('amendment-line-supplies-error')).toHaveTextContent(
      'Supplies cannot go below the $45,000.00 already paid or pending',
    );
  });

  it('reloads the award when it changed meanwhile (version conflict) and says so', async () => {
    let loads = 0;
    const { type, open, submit } = setUp((name) => {
      if (name === 'PaymentsAwardAmendments') {
        loads += 1;
        return award();
      }
      return {
        errors: [{ code: 'CONFLICT', message: 'This award was changed since you loaded it', field: 'awardId' }],
      };
    });
    await open();
    type('amendment-endDate', '2028-06-30');
    type('amendment-reason', 'More time');
    submit();
    await screen.findByText(/was changed by someone else since you opened the form/);
    expect(loads).toBeGreaterThanOrEqual(2);
  });
});

describe('the amendments list and the decision', () => {
  it('lists each amendment with its status, reason, budget moves and decision note', async () => {
    setUp(
      () =>
        award([
          amendment({
            status: 'REJECTED',
            decidedAt: '2026-12-02T15:00:00Z',
            decidedBy: 'officer-1',
            decidedByName: 'Olivia Okafor',
            decisionNote: 'Not in this budget year',
          }),
        ]),
      { canPropose: false },
    );
    const card = (await screen.findByRole('heading', { name: /Amendment 1/ })).closest('article') as HTMLElement;
    expect(card).toHaveTextContent('Rejected');
    expect(card).toHaveTextContent('Reason: Naloxone prices went up');
    expect(card).toHaveTextContent(/Proposed .+ by Jane Doe \(you\)\./);
    expect(card).toHaveTextContent(/Rejected .+ by Olivia Okafor: “?Not in this budget year/);
    expect(card).toHaveTextContent('Not in this budget year');
    const rows = within(card)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Budget categoryBeforeProposedChange',
      'Personnel$60,000.00$50,000.00-$10,000.00',
      'Supplies (naloxone, test strips, outreach materials)$40,000.00$50,000.00+$10,000.00',
    ]);
    expect(screen.queryByRole('button', { name: 'Propose an amendment' })).toBeNull();
  });

  it('names who proposed and who decided, marking the viewer, and falls back when the API has no name', async () => {
    setUp(
      () =>
        award([
          amendment({
            status: 'APPROVED',
            decidedAt: '2026-12-02T15:00:00Z',
            decidedBy: 'officer-1',
            decidedByName: 'Olivia Okafor',
          }),
          amendment({ id: 'amendment-2', number: 2, proposedBy: 'officer-1', proposedByName: 'Olivia Okafor' }),
          amendment({ id: 'amendment-3', number: 3, proposedBy: 'gone-1', proposedByName: null }),
        ]),
      { viewerId: 'officer-1', canPropose: false },
    );
    const text = async (n: number) =>
      ((await screen.findByRole('heading', { name: new RegExp(`Amendment ${n}`) })).closest('article') as HTMLElement)
        .textContent;
    expect(await text(1)).toMatch(/Proposed .+ by Jane Doe\./);
    expect(await text(1)).toMatch(/Approved .+ by Olivia Okafor \(you\)\./);
    expect(await text(1)).not.toMatch(/Jane Doe \(you\)|another user/);
    expect(await text(2)).toMatch(/Proposed .+ by Olivia Okafor \(you\)\./);
    expect(await text(3)).toMatch(/Proposed .+ by another user\./);
  });

  it('lets an officer approve, and refuses a rejection without a note before sending it', async () => {
    let decided = false;
    const { calls, type } = setUp(
      (name) => {
        if (name === 'PaymentsDecideAwardAmendment') {
          decided = true;
          return { data: { decideAwardAmendment: amendment({ status: 'APPROVED' }) } };
        }
        return award([amendment(decided ? { status: 'APPROVED', decidedBy: 'officer-1' } : {})]);
      },
      { viewerId: 'officer-1', canDecide: true },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Reject amendment 1' }));
    expect(document.getElementById('amendment-1-note-error')).toHaveTextContent(
      'Say why the amendment is rejected: the grantee reads this note',
    );
    expect(calls.some((c) => c.operationName === 'PaymentsDecideAwardAmendment')).toBe(false);

    type('amendment-1-note', 'Fine');
    fireEvent.click(screen.getByRole('button', { name: 'Approve amendment 1' }));
    await screen.findByText(/Amendment 1 approved/);
    expect(calls.find((c) => c.operationName === 'PaymentsDecideAwardAmendment')?.variables).toEqual({
      id: 'amendment-1',
      decision: 'APPROVE',
      note: 'Fine',
    });
  });

  it('does not offer the proposer a decision on their own amendment', async () => {
    setUp(() => award([amendment({ proposedBy: 'officer-1' })]), { viewerId: 'officer-1', canDecide: true });
    await screen.findByRole('heading', { name: /Amendment 1/ });
    expect(screen.queryByRole('button', { name: 'Approve amendment 1' })).toBeNull();
  });
});
