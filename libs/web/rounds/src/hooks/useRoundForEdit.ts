import { useCallback } from 'react';
import { useClient, useQuery } from 'urql';
import type { RoundsRoundForEditQuery } from '@abate/web/core';
import { roundForEditQuery } from '../graphql/rounds.documents';

export type RoundForEdit = RoundsRoundForEditQuery['fundingRound'];

/** A round's stored terms (instants, cents) and version, for the officer's edit form. */
export function useRoundForEdit(id: string) {
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: roundForEditQuery, variables: { id } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  /** Fetches the round as it is now, past the cache; resolves to it, or null when it could not be loaded. */
  const reload = useCallback(async (): Promise<RoundForEdit | null> => {
    const result = await client.query(roundForEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    return result.data?.fundingRound ?? null;
  }, [client, id]);
  return { round: data?.fundingRound ?? null, fetching, error, retry, reload };
}
