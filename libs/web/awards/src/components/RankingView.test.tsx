import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { RoundDetail } from '@abate/web/rounds';
import { renderWithApi, type MockHandler } from '@abate/web/testing';
import type { AwardsLinks } from '../lib/links';
import { RankingView } from './RankingView';

const round = {
  id: 'round-1',
  status: 'REVIEW',
  closesAtLocal: 'March 1, 2027',
  minAwardCents: '5000000',
  maxAwardCents: '25000000',
  checklist: { items: [{ key: 'outreach_plan', title: 'Outreach plan' }], domains: [] },
} as unknown as RoundDetail;

const links = { compare: () => '/compare', ranking: () => '/ranking' } as unknown as AwardsLinks;

const TOTAL = 30;
// The line falls after rank 27; the first three are decided.
const LAST_ABOVE = 27;

const row = (rank: number) => ({
  rank,
  application: {
    id: `application-${rank}`,
    trackingId: `PORP-2027-${String(rank).padStart(4, '0')}`,
    title: `Outreach ${rank}`,
    status: rank <= 3 ? 'AWARDED' : 'SUBMITTED',
    requestedCents: '1000000',
  },
  organizationName: `County ${rank}`,
  score: 100 - rank,
  normalizedScore: null,
  reviewerCount: 2,
  spread: 0,
  criticalGaps: [],
  disagreements: [],
  safeguardFlags: [],
  requestedCents: '1000000',
  recommendedCents: rank <= LAST_ABOVE ? '1000000' : '0',
  aboveFundingLine: rank <= LAST_ABOVE,
  rawAboveFundingLine: rank <= LAST_ABOVE,
  rawRecommendedCents: rank <= LAST_ABOVE ? '1000000' : '0',
  decision:
    rank <= 3
      ? { decision: 'AWARD', amountCents: '1000000', conditions: null, reason: null, overrideReason: null }
      : null,
});

/** The API's paging: `first` rows after the cursor "at:<offset>", the figures over the whole ranking. */
const api: MockHandler = (operationName, variables) => {
  if (operationName !== 'AwardsRoundRanking') throw new Error(`Unexpected ${operationName}`);
  const first = variables.first as number;
  const offset = variables.after ? Number(String(variables.after).slice(3)) : 0;
  const end = Math.min(TOTAL, offset + first);
  return {
    data: {
      roundRanking: {
        roundId: 'round-1',
        normalized: Boolean(variables.normalize),
        budgetCents: '30000000',
        fundedCents: '27000000',
        awardedCents: '3000000',
        tieRule: 'Higher score first.',
        totalCount: TOTAL,
        lastRankAboveFundingLine: LAST_ABOVE,
        undecidedCount: TOTAL - 3,
        pageInfo: { hasNextPage: end < TOTAL, endCursor: `at:${end}` },
        rows: Array.from({ length: end - offset }, (_, i) => row(offset + i + 1)),
      },
    },
  };
};

const rankedTrackingIds = () =>
  screen
    .getAllByRole('row')
    .map((tr) => tr.getAttribute('data-application-id'))
    .filter(Boolean)
    .map((id) => Number(id!.split('-')[1]));
const fundingLineFollows = () =>
  document.querySelector('[data-funding-line]')?.previousElementSibling?.getAttribute('data-application-id') ?? null;

describe('RankingView paging', () => {
  it('reads 25 rows at a time, with the totals and the funding line over the whole ranking', async () => {
    const { user, calls } = renderWithApi(<RankingView round={round} canAct links={links} />, { api });

    expect(await screen.findByText('Showing 1–25 of 30 applications')).toBeInTheDocument();
    expect(calls[0]).toEqual({
      operationName: 'AwardsRoundRanking',
      variables: { roundId: 'round-1', normalize: false, first: 25, after: null },
    });
    expect(rankedTrackingIds()).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // The line falls after rank 27, on the next page: none on this one, and the caption says where.
    expect(document.querySelector('[data-funding-line]')).toBeNull();
    expect(screen.getByRole('table')).toHaveAccessibleName(expect.stringContaining('1 to 25 of 30'));
    expect(screen.getByRole('table')).toHaveAccessibleName(expect.stringContaining('falls after rank 27'));
    // Counted over the whole ranking, not the page.
    expect(screen.getByText('Decisions recorded').nextElementSibling).toHaveTextContent('3 of 30');
    expect(screen.getByText(/3 of 30 applications have a decision/)).toBeInTheDocument();

    const pager = screen.getByRole('navigation', { name: 'Ranking pages' });
    // The first page has no previous page, the last no next one (USWDS pagination).
    expect(within(pager).queryByRole('button', { name: 'Previous page' })).toBeNull();
    expect(within(pager).getByText('Page 1 of 2')).toBeInTheDocument();
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));

    expect(await screen.findByText('Showing 26–30 of 30 applications')).toBeInTheDocument();
    expect(calls.at(-1)!.variables).toMatchObject({ first: 25, after: 'at:25' });
    expect(rankedTrackingIds()).toEqual([26, 27, 28, 29, 30]);
    expect(fundingLineFollows()).toBe('application-27');
    expect(within(pager).queryByRole('button', { name: 'Next page' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Ranking' })).toHaveFocus();

    await user.click(within(pager).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(rankedTrackingIds()[0]).toBe(1));
    expect(screen.getByText('Showing 1–25 of 30 applications')).toBeInTheDocument();
  });
});
