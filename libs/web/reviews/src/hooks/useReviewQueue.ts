import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { ReviewerQueueQuery } from '@abate/web/core';
import { useCursorPages } from '@abate/web/ui';
import { reviewerQueueQuery } from '../graphql/reviews.documents';

export type QueueAssignment = ReviewerQueueQuery['myReviewQueue']['nodes'][number];

/** Assignments per page of the queue: a reviewer of a state-sized round has hundreds. */
export const QUEUE_PAGE_SIZE = 25;

/** The signed-in reviewer's assignments a page at a time, fresh from the network each visit. */
export function useReviewQueue() {
  const pages = useCursorPages();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: reviewerQueueQuery,
    variables: { first: QUEUE_PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const queue = data?.myReviewQueue ?? null;
  const endCursor = queue?.pageInfo.endCursor ?? null;
  const { next } = pages;
  return {
    assignments: queue?.nodes ?? null,
    totalCount: queue?.totalCount ?? null,
    page: pages.page,
    hasNextPage: queue?.pageInfo.hasNextPage ?? false,
    next: useCallback(() => next(endCursor), [next, endCursor]),
    previous: pages.previous,
    fetching,
    error,
    retry,
  };
}
