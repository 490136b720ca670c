import { describe, expect, it } from 'vitest';

import {
  assignableReviewers,
  assignErrorTarget,
  assignFormErrors,
  assignmentStatusText,
  canUnassign,
  groupAssignments,
  type AssignmentLike,
} from './assignments';
import { compareSearch, compareSelectionProblem, formatMean, itemRatings, parseCompareIds } from './compare';
import {
  budgetLeftCents,
  decisionErrors,
  decisionFieldForPath,
  defaultAwardCents,
  initialDecisionValues,
  toDecisionInput,
  type DecisionContext,
} from './decision-form';
import { exportUrl } from './exports';
import {
  formatScore,
  fundingLineIndex,
  fundingLineIndexInPage,
  fundingLineText,
  overrideNeed,
  rowAdvice,
} from './funding-line';

const row = (aboveFundingLine: boolean, criticalGaps: string[] = [], reviewerCount = 2, score: number | null = 70) => ({
  aboveFundingLine,
  criticalGaps,
  reviewerCount,
  score,
});

describe('funding line', () => {
  it('falls after the last row above it', () => {
    expect(fundingLineIndex([row(true), row(true), row(false), row(false)])).toBe(2);
  });

  it('leaves rows skipped for a critical gap above it, where they rank', () => {
    // Rank 2 has a critical gap: the walk skips it and funds rank 3.
    expect(fundingLineIndex([row(true), row(false, ['services.naloxone']), row(true), row(false)])).toBe(3);
  });

  it('is drawn at the top when nothing fits, and at the bottom when everything does', () => {
    expect(fundingLineIndex([row(false), row(false)])).toBe(0);
    expect(fundingLineIndex([row(true), row(true)])).toBe(2);
    expect(fundingLineIndex([])).toBe(0);
  });

  it('is placed on a page of the ranking by the rank of the last row above it in the whole ranking', () => {
    const ranks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ rank: from + i }));
    // The line falls after rank 30: not on page 1, in page 2 before rank 31, not on page 3.
    expect(fundingLineIndexInPage(ranks(1, 25), 30)).toBeNull();
    expect(fundingLineIndexInPage(ranks(26, 50), 30)).toBe(5);
    expect(fundingLineIndexInPage(ranks(51, 75), 30)).toBeNull();
    // Between pages: at the end of page 1 and the top of page 2.
    expect(fundingLineIndexInPage(ranks(1, 25), 25)).toBe(25);
    expect(fundingLineIndexInPage(ranks(26, 50), 25)).toBe(0);
    // Nothing above it: at the top of page 1 only; everything above it: at the end of the last page.
    expect(fundingLineIndexInPage(ranks(1, 25), 0)).toBe(0);
    expect(fundingLineIndexInPage(ranks(26, 50), 0)).toBeNull();
    expect(fundingLineIndexInPage(ranks(26, 40), 40)).toBe(15);
    expect(fundingLineIndexInPage([], 0)).toBeNull();
  });

  it('says how much of the budget is recommended', () => {
    expect(fundingLineText('120000000', 250_000_000n)).toBe(
      'Funding line — $1,200,000 of $2,500,000 budget recommended',
    );
  });

  it('explains each row as the ranking does', () => {
    expect(rowAdvice(row(true))).toBe('recommended');
    expect(rowAdvice(row(false, ['a']))).toBe('critical-gap');
    expect(rowAdvice(row(false, [], 0, null))).toBe('unscored');
    expect(rowAdvice(row(false))).toBe('below-line');
  });

  it('asks for an override reason as the API does: a critical gap first, then below the line', () => {
    expect(overrideNeed(row(true))).toBeNull();
    expect(overrideNeed(row(false, ['a']))).toBe('critical-gap');
    expect(overrideNeed(row(false))).toBe('below-line');
  });

  it('shows scores to one decimal', () => {
    expect(formatScore(72.456)).toBe('72.5');
    expect(formatScore(null)).toBe('Not scored');
  });
});

describe('decision form', () => {
  const context: DecisionContext = {
    requestedCents: 20_000_000n,
    recommendedCents: 0n,
    minAwardCents: 5_000_000n,
    maxAwardCents: 15_000_000n,
    budgetCents: 50_000_000n,
    awardedCents: 30_000_000n,
    override: null,
  };

  it('offers the recorded award, else the recommendation, else the request within the award range', () => {
    expect(defaultAwardCents({ ...context, existing: { decision: 'AWARD', amountCents: 9_000_000n } })).toBe(
      9_000_000n,
    );
    expect(defaultAwardCents({ ...context, recommendedCents: 12_000_000n })).toBe(12_000_000n);
    expect(defaultAwardCents(context)).toBe(15_000_000n);
    expect(defaultAwardCents({ ...context, requestedCents: 10_000_000n })).toBe(10_000_000n);
    expect(defaultAwardCents({ ...context, requestedCents: 1_000_000n })).toBe(1_000_000n);
    expect(initialDecisionValues(context, '150,000')).toEqual({
      decision: '',
      amount: '150,000',
      conditions: '',
      overrideReason: '',
      reason: '',
    });
    expect(initialDecisionValues({ existing: { decision: 'DECLINE', reason: 'Out of scope' } }, '1')).toMatchObject({
      decision: 'DECLINE',
      reason: 'Out of scope',
    });
  });

  it('checks the amount against the range, the request and the budget left', () => {
    const award = { ...initialDecisionValues(context, '150,000'), decision: 'AWARD' as const };
    expect(decisionErrors(award, 15_000_000n, context)).toEqual({});
    expect(decisionErrors({ ...award, amount: ' ' }, null, context).amount).toBe('Enter the amount to award');
    expect(decisionErrors({ ...award, amount: '12.345' }, null, context).amount).toMatch(/in dollars/);
    expect(decisionErrors(award, 4_000_000n, context).amount).toBe(
      'Awards in this round are between $50,000 and $150,000',
    );
    expect(decisionErrors(award, 15_000_000n, { ...context, requestedCents: 10_000_000n }).amount).toBe(
      'The award cannot exceed the $100,000 requested',
    );
    expect(decisionErrors(award, 15_000_000n, { ...context, awardedCents: 40_000_000n }).amount).toBe(
      'This award would take the round $50,000 over its $500,000 budget',
    );
  });

  it('counts the award being changed as room in the budget', () => {
    const existing = { decision: 'AWARD' as const, amountCents: 10_000_000n };
    expect(budgetLeftCents({ budgetCents: 50_000_000n, awardedCents: 50_000_000n, existing })).toBe(10_000_000n);
    expect(
      decisionErrors({ ...initialDecisionValues(context, '100,000'), decision: 'AWARD' }, 10_000_000n, {
        ...context,
        awardedCents: 50_000_000n,
        existing,
      }),
    ).toEqual({});
  });

  it('needs a decision, a reason to decline and an override reason when the ranking advises against', () => {
    const values = initialDecisionValues(context, '150,000');
    const cents = 15_000_000n;
    expect(decisionErrors(values, cents, context)).toEqual({ decision: 'Choose whether to award or decline' });
    expect(decisionErrors({ ...values, decision: 'DECLINE', reason: '  ' }, cents, context).reason).toMatch(
      /reason for declining/,
    );
    expect(
      decisionErrors({ ...values, decision: 'DECLINE', reason: 'Out of scope', amount: 'not checked' }, null, context),
    ).toEqual({});
    expect(
      decisionErrors({ ...values, decision: 'AWARD' }, cents, { ...context, override: 'critical-gap' }).overrideReason,
    ).toMatch(/critical gap/);
    expect(
      decisionErrors({ ...values, decision: 'AWARD' }, cents, { ...context, override: 'below-line' }).overrideReason,
    ).toMatch(/below the funding line/);
    expect(
      decisionErrors({ ...values, decision: 'AWARD', overrideReason: 'Only program in the county' }, cents, {
        ...context,
        override: 'below-line',
      }),
    ).toEqual({});
  });

  it('sends what the API takes', () => {
    const values = {
      decision: 'AWARD' as const,
      amount: '$120,000.50',
      conditions: ' Quarterly reports ',
      overrideReason: 'stale',
      reason: 'ignored',
    };
    expect(toDecisionInput(values, 12_000_050n, { override: null })).toEqual({
      decision: 'AWARD',
      amountCents: '12000050',
      conditions: 'Quarterly reports',
      overrideReason: null,
    });
    expect(toDecisionInput(values, 12_000_050n, { override: 'below-line' }).overrideReason).toBe('stale');
    expect(
      toDecisionInput({ ...values, decision: 'DECLINE', reason: ' Out of scope ' }, null, { override: null }),
    ).toEqual({ decision: 'DECLINE', reason: 'Out of scope' });
  });

  it('maps API field paths to the form', () => {
    expect(decisionFieldForPath('input.amountCents')).toBe('amount');
    expect(decisionFieldForPath('input.overrideReason')).toBe('overrideReason');
    expect(decisionFieldForPath('input.reason')).toBe('reason');
    expect(decisionFieldForPath('applicationId')).toBeUndefined();
  });
});

describe('assignments', () => {
  const assignment = (
    id: string,
    applicationId: string,
    status: AssignmentLike['status'],
    reviewerId = `r-${id}`,
  ): AssignmentLike => ({
    id,
    applicationId,
    status,
    organizationName: `Org of ${applicationId}`,
    reviewer: { id: reviewerId, name: `Reviewer ${reviewerId}` },
    conflictExplanation: status === 'CONFLICTED' ? 'Board member' : null,
    ratedCount: 5,
  });

  it('names each status', () => {
    expect(assignmentStatusText({ status: 'PENDING_COI', ratedCount: 0 }, 32)).toBe('Awaiting conflict declaration');
    expect(assignmentStatusText({ status: 'CONFLICTED', ratedCount: 0 }, 32)).toBe('Conflict declared');
    expect(assignmentStatusText({ status: 'IN_PROGRESS', ratedCount: 12 }, 32)).toBe('12 of 32 rated');
    expect(assignmentStatusText({ status: 'SUBMITTED', ratedCount: 32 }, 32)).toBe('Submitted');
    expect(
      ['PENDING_COI', 'IN_PROGRESS', 'CONFLICTED', 'SUBMITTED'].filter((s) =>
        canUnassign(s as AssignmentLike['status']),
      ),
    ).toEqual(['PENDING_COI', 'IN_PROGRESS']);
  });

  it('groups assignments under applications, then lists applications no longer submitted', () => {
    const applications = [
      { id: 'a1', trackingId: 'ABT-1', title: 'One', reviewsStillNeeded: 1, organization: { name: 'Durham' } },
      { id: 'a2', trackingId: 'ABT-2', title: 'Two', reviewsStillNeeded: 0, organization: { name: 'Wake' } },
    ];
    const rows = groupAssignments(applications, [
      assignment('x', 'a2', 'SUBMITTED'),
      assignment('y', 'a1', 'CONFLICTED'),
      assignment('z', 'a9', 'SUBMITTED'),
    ]);
    expect(
      rows.map((r) => [r.applicationId, r.assignments.map((a) => a.id), r.hasConflict, r.reviewsStillNeeded]),
    ).toEqual([
      ['a1', ['y'], true, 1],
      ['a2', ['x'], false, 0],
      ['a9', ['z'], false, null],
    ]);
    expect(rows[2].organizationName).toBe('Org of a9');
  });

  it('offers only reviewers not already on the application', () => {
    const reviewers = [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }];
    expect(assignableReviewers(reviewers, [assignment('a', 'x', 'CONFLICTED', 'r2')]).map((r) => r.id)).toEqual([
      'r1',
      'r3',
    ]);
  });

  it('checks the assignment form', () => {
    expect(assignFormErrors({ reviewerIds: ['a', 'b'], perApplication: '2' })).toEqual({});
    expect(assignFormErrors({ reviewerIds: [], perApplication: '2' })).toEqual({
      reviewerIds: 'Choose at least one reviewer',
    });
    expect(assignFormErrors({ reviewerIds: ['a'], perApplication: '0' }).perApplication).toMatch(/1 or more/);
    expect(assignFormErrors({ reviewerIds: ['a'], perApplication: 'two' }).perApplication).toMatch(/1 or more/);
    expect(assignFormErrors({ reviewerIds: ['a'], perApplication: '3' }).perApplication).toMatch(/choose at least 3/);
  });

  it('places API errors on the reviewer sent at that index', () => {
    expect(assignErrorTarget('reviewerIds.1', ['r1', 'r2'])).toEqual({ field: 'reviewerIds', reviewerId: 'r2' });
    expect(assignErrorTarget('reviewerIds', ['r1'])).toEqual({ field: 'reviewerIds', reviewerId: undefined });
    expect(assignErrorTarget('perApplication', [])).toEqual({ field: 'perApplication' });
    expect(assignErrorTarget('roundId', [])).toBeUndefined();
  });
});

describe('comparison', () => {
  it('reads and writes the ids of the query string', () => {
    expect(parseCompareIds('?ids=a,b,,a, c')).toEqual(['a', 'b', 'c']);
    expect(parseCompareIds('')).toEqual([]);
    expect(compareSearch(['a', 'b'])).toBe('?ids=a,b');
    expect(parseCompareIds(compareSearch(['x y', 'z']))).toEqual(['x y', 'z']);
  });

  it('compares two to four applications', () => {
    expect(compareSelectionProblem(1)).toMatch(/at least 2/);
    expect(compareSelectionProblem(2)).toBeNull();
    expect(compareSelectionProblem(4)).toBeNull();
    expect(compareSelectionProblem(5)).toMatch(/no more than 4/);
  });

  it('takes the mean rating per item and marks ratings 2 or more apart', () => {
    const ratings = itemRatings([
      {
        scores: [
          { itemKey: 'a', rating: 3 },
          { itemKey: 'b', rating: 2 },
        ],
      },
      {
        scores: [
          { itemKey: 'a', rating: 1 },
          { itemKey: 'b', rating: 3 },
        ],
      },
      { scores: [{ itemKey: 'a', rating: 2 }] },
    ]);
    expect(ratings.get('a')).toEqual({ ratings: [3, 1, 2], mean: 2, disagreement: true });
    expect(ratings.get('b')).toEqual({ ratings: [2, 3], mean: 2.5, disagreement: false });
    expect(ratings.has('c')).toBe(false);
    expect(formatMean(2)).toBe('2');
    expect(formatMean(2.3333)).toBe('2.3');
  });
});

describe('exports', () => {
  it('links to the API’s downloads', () => {
    expect(exportUrl('r-1', 'item-scores', 'xlsx')).toBe('/api/rounds/r-1/exports/item-scores.xlsx');
  });
});
