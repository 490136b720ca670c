import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { AwardsRoundRankingQuery, DecisionInput } from '@abate/web/core';
import { decideApplicationMutation, releaseDecisionsMutation, roundRankingQuery } from '../graphql/awards.documents';

export type RoundRanking = AwardsRoundRankingQuery['roundRanking'];
export type RankingRow = RoundRanking['rows'][number];

// A ranking refetches when a decision or a release changes it, even one with no rows yet.
const rankingChange = { additionalTypenames: ['RoundRanking', 'Application', 'FundingDecision'] };

/** The round's ranking by raw or normalized scores; `pause` skips it until needed. */
export function useRoundRanking(roundId: string, normalize: boolean, pause = false) {
  const context = useMemo(() => rankingChange, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: roundRankingQuery,
    variables: { roundId, normalize },
    context,
    pause,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { ranking: data?.roundRanking ?? null, fetching, error, retry };
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
