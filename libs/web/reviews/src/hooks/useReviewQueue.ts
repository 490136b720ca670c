import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { ReviewerQueueQuery } from '@abate/web/core';
import { reviewerQueueQuery } from '../graphql/reviews.documents';

export type QueueAssignment = ReviewerQueueQuery['myReviewAssignments'][number];

/** The signed-in reviewer's assignments, fresh from the network each visit. */
export function useReviewQueue() {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: reviewerQueueQuery,
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { assignments: data?.myReviewAssignments ?? null, fetching, error, retry };
}
