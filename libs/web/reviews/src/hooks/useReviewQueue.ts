import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import type { ReviewerQueueQuery } from '@abate/web/core';
import { reviewerQueueQuery } from '../graphql/reviews.documents';

export type QueueAssignment = ReviewerQueueQuery['myReviewQueue']['nodes'][number];

/** Assignments per page of the queue: a reviewer of a state-sized round has hundreds. */
export const QUEUE_PAGE_SIZE = 25;

/** The signed-in reviewer's assignments a page at a time, fresh from the network each visit. */
export function useReviewQueue() {
  // A stack of cursors: the last one is the page shown (null: the first); going back pops it.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: reviewerQueueQuery,
    variables: { first: QUEUE_PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const queue = data?.myReviewQueue ?? null;
  const endCursor = queue?.pageInfo.endCursor ?? null;
  return {
    assignments: queue?.nodes ?? null,
    totalCount: queue?.totalCount ?? null,
    page: cursors.length,
    hasNextPage: queue?.pageInfo.hasNextPage ?? false,
    next: useCallback(() => endCursor && setCursors((c) => [...c, endCursor]), [endCursor]),
    previous: useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []),
    fetching,
    error,
    retry,
  };
}
