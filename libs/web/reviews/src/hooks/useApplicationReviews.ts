import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { ReviewerApplicationReviewsQuery } from '@abate/web/core';
import { reviewerApplicationReviewsQuery } from '../graphql/reviews.documents';

export type SubmittedReview = ReviewerApplicationReviewsQuery['applicationReviews'][number];

/** Every submitted review of the application, labelled "Reviewer 1"… (readable once one's own is submitted). */
export function useApplicationReviews(applicationId: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: reviewerApplicationReviewsQuery,
    variables: { applicationId },
    requestPolicy: 'network-only',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { reviews: data?.applicationReviews ?? null, fetching, error, retry };
}
