import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { RoundsRoundDetailQuery } from '@abate/web/core';
import { roundDetailQuery } from '../graphql/rounds.documents';

export type RoundDetail = RoundsRoundDetailQuery['fundingRound'];

/** A round with its rubric; drafts only for officers and auditors (NOT_FOUND for others). */
export function useFundingRound(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: roundDetailQuery, variables: { id } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { round: data?.fundingRound ?? null, fetching, error, retry };
}
