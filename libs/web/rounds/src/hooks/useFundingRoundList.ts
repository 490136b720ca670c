import { useCallback, useMemo, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import type { RoundStatus, RoundsListQuery } from '@abate/web/core';
import { roundsListQuery } from '../graphql/rounds.documents';

export type RoundListItem = RoundsListQuery['fundingRounds']['nodes'][number];
type Connection = RoundsListQuery['fundingRounds'];

export interface FundingRoundList {
  rounds: RoundListItem[];
  totalCount: number;
  fetching: boolean;
  error: CombinedError | undefined;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: CombinedError | undefined;
  /** Resolves true once the next page is shown. */
  loadMore: () => Promise<boolean>;
  retry: () => void;
}

/**
 * Funding rounds, earliest deadline first, a page at a time. The API shows
 * drafts only to officers and auditors. `status` filters (PUBLISHED: current rounds).
 */
export function useFundingRoundList(status?: RoundStatus, pageSize = 25): FundingRoundList {
  const client = useClient();
  // A new round must appear even when the list was empty (an empty result names no typename to invalidate).
  const context = useMemo(() => ({ additionalTypenames: ['FundingRound'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: roundsListQuery,
    variables: { first: pageSize, status },
    context,
  });
  const firstPage = data?.fundingRounds;
  // Further pages belong to the first page they followed; a refetched first page starts over.
  const [more, setMore] = useState<{
    after: Connection;
    nodes: RoundListItem[];
    pageInfo: Connection['pageInfo'];
  } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<CombinedError | undefined>();
  const extra = more && more.after === firstPage ? more : null;
  const pageInfo = extra?.pageInfo ?? firstPage?.pageInfo;

  const loadMore = useCallback(async () => {
    if (!firstPage || !pageInfo?.hasNextPage || !pageInfo.endCursor) return false;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    const result = await client
      .query(roundsListQuery, { first: pageSize, status, after: pageInfo.endCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingMore(false);
    if (!result.data) {
      setLoadMoreError(result.error);
      return false;
    }
    const next = result.data.fundingRounds;
    setMore({ after: firstPage, nodes: [...(extra?.nodes ?? []), ...next.nodes], pageInfo: next.pageInfo });
    return true;
  }, [client, extra, firstPage, pageInfo, pageSize, status]);

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    rounds: [...(firstPage?.nodes ?? []), ...(extra?.nodes ?? [])],
    totalCount: firstPage?.totalCount ?? 0,
    fetching,
    error,
    hasMore: Boolean(pageInfo?.hasNextPage),
    loadingMore,
    loadMoreError,
    loadMore,
    retry,
  };
}
