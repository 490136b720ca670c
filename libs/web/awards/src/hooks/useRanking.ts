import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { AwardsRoundRankingQuery, DecisionInput } from '@abate/web/core';
import { useCursorPages } from '@abate/web/ui';
import { decideApplicationMutation, releaseDecisionsMutation, roundRankingQuery } from '../graphql/awards.documents';

export type RoundRanking = AwardsRoundRankingQuery['roundRanking'];
export type RankingRow = RoundRanking['rows'][number];

/** Rows on one page of the ranking. */
export const RANKING_PAGE_SIZE = 25;

// A ranking refetches when a decision or a release changes it, even one with no rows yet.
const rankingChange = { additionalTypenames: ['RoundRanking', 'Application', 'FundingDecision'] };

/** Which rows to read: a page of `first` after the cursor `after` (null: the first page), or every row when omitted. */
export interface RankingPage {
  first: number;
  after: string | null;
}

/**
 * The round's ranking by raw or normalized scores, a page of it or every row; `pause` skips it
 * until needed. While another page loads, the page read before stays (with `fetching`), so the
 * page around it does not disappear.
 */
export function useRoundRanking(roundId: string, normalize: boolean, page: RankingPage | null = null, pause = false) {
  const context = useMemo(() => rankingChange, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: roundRankingQuery,
    variables: page ? { roundId, normalize, first: page.first, after: page.after } : { roundId, normalize },
    context,
    pause,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const current = data?.roundRanking ?? null;
  const [kept, setKept] = useState<RoundRanking | null>(null);
  useEffect(() => {
    if (current) setKept(current);
  }, [current]);
  const ranking = current ?? (kept && kept.roundId === roundId && kept.normalized === normalize ? kept : null);
  return { ranking, fetching, error, retry };
}

/** Cursor paging through the ranking (`useCursorPages`), with the rows to read for the page shown. */
export function useRankingPages() {
  const pages = useCursorPages();
  const request = useMemo<RankingPage>(() => ({ first: RANKING_PAGE_SIZE, after: pages.after }), [pages.after]);
  return { ...pages, request };
}

export function useDecideApplication() {
  const [{ fetching }, execute] = useMutation(decideApplicationMutation);
  const decide = useCallback(
    (applicationId: string, input: DecisionInput) => execute({ applicationId, input }, rankingChange),
    [execute],
  );
  return { decide, fetching };
}

export function useReleaseDecisions() {
  const [{ fetching }, execute] = useMutation(releaseDecisionsMutation);
  const release = useCallback((roundId: string) => execute({ roundId }, rankingChange), [execute]);
  return { release, fetching };
}
