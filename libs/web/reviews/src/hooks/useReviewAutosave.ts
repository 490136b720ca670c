import { browserAutosaveStorage, transportResult, useAutosavedRecord } from '@abate/web/core';
import { reviewerAssignmentQuery, reviewerSaveReviewMutation } from '../graphql/reviews.documents';
import { reviewModel, type ReviewController, type ReviewState, type ReviewTypes } from '../model/review-form';
import type { AssignmentData } from './useReviewAssignment';

/** Where this device keeps a review's unsaved ratings and comments. */
export const reviewStorageKey = (assignmentId: string) => `abate:review-draft:${assignmentId}`;
export const browserReviewStorage = browserAutosaveStorage(reviewStorageKey);

/** The shared autosave of one review in progress: saveReview, and the assignment's query to read it again. */
export function useReviewAutosave(data: AssignmentData): [ReviewController, ReviewState] {
  return useAutosavedRecord<ReviewTypes>({
    id: data.id,
    server: data,
    model: reviewModel(data.round.checklist.items.map((item) => item.key)),
    storage: browserReviewStorage,
    save: async (client, version, input) =>
      transportResult(
        await client.mutation(reviewerSaveReviewMutation, { assignmentId: data.id, version, input }).toPromise(),
        (saved) => saved.saveReview,
      ),
    load: async (client) =>
      transportResult(
        await client.query(reviewerAssignmentQuery, { id: data.id }, { requestPolicy: 'network-only' }).toPromise(),
        (loaded) => loaded.reviewAssignment,
      ),
  });
}
