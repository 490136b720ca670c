import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type {
  InsightsGranteeReportsQuery,
  InsightsPortfolioOutcomesQuery,
  InsightsTransparencyQuery,
} from '@abate/web/core';
import {
  decidedRoundsQuery,
  granteeReportsQuery,
  portfolioOutcomesQuery,
  transparencyQuery,
} from '../graphql/insights.documents';
import { roundFromSearch, searchWithRound } from '../lib/round-filter';

export type PortfolioOutcomes = InsightsPortfolioOutcomesQuery['portfolioOutcomes'];
export type GranteeOutcome = PortfolioOutcomes['grantees'][number];
export type PortfolioQuarter = PortfolioOutcomes['quarters'][number];
export type AwardReportsNode = InsightsGranteeReportsQuery['awards']['nodes'][number];
export type PublicAward = InsightsTransparencyQuery['publicAwards'][number];
export type PublicOutcomes = InsightsTransparencyQuery['publicOutcomes'];
export type PublicMetric = PublicOutcomes['metrics'][number];

// Reports and awards change these figures: refetch when a mutation returns one, even while a list is empty.
const outcomeChange = { additionalTypenames: ['Award', 'QuarterlyReport', 'ReportingMilestone', 'FundingRound'] };

/** The round in the page's query string (?roundId=…; none: every round) and a way to change it. */
export function useRoundParam(): [string | null, (roundId: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const roundId = roundFromSearch(params);
  const setRound = useCallback(
    (next: string | null) => setParams((current) => searchWithRound(current, next)),
    [setParams],
  );
  return [roundId, setRound];
}

/** Rounds with awards (decided), for the round filter; the public sees published rounds only. */
export function useDecidedRounds() {
  const context = useMemo(() => ({ additionalTypenames: ['FundingRound'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: decidedRoundsQuery, context });
  return { rounds: data?.fundingRounds.nodes ?? [], fetching, error };
}

/** The portfolio dashboard's figures; fresh from the network on each visit, shown from the cache meanwhile. */
export function usePortfolioOutcomes(roundId: string | null) {
  const context = useMemo(() => outcomeChange, []);
  const [{ data, fetching, error, stale }, reexecute] = useQuery({
    query: portfolioOutcomesQuery,
    variables: { roundId },
    context,
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { outcomes: data?.portfolioOutcomes ?? null, fetching: fetching || stale, error, retry };
}

/** The counted reports of the first 100 awards, for each grantee's rates. */
export function useGranteeReports(roundId: string | null) {
  const context = useMemo(() => outcomeChange, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: granteeReportsQuery,
    variables: { roundId },
    context,
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { awards: data?.awards ?? null, fetching, error, retry };
}

/** The transparency page: public awards and outcomes. */
export function useTransparency(roundId: string | null) {
  const context = useMemo(() => outcomeChange, []);
  const [{ data, fetching, error, stale }, reexecute] = useQuery({
    query: transparencyQuery,
    variables: { roundId },
    context,
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { data: data ?? null, fetching: fetching || stale, error, retry };
}
