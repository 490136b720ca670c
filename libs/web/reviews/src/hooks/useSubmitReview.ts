import type { Client } from 'urql';
import { useSubmitAfterSave } from '@abate/web/core';
import { reviewerSubmitReviewMutation } from '../graphql/reviews.documents';
import type { ReviewController, ReviewServer } from '../model/review-form';

const unsavedMessages = {
  unsaved: 'Some of your ratings or comments can’t be saved yet. Fix the items marked “Not saved”, then submit.',
  retrying:
    'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
  conflict: 'This review was saved elsewhere since you opened it. Reload the saved version before you submit.',
  stopped: 'Your latest changes could not be saved, so the review was not submitted.',
} as const;

/** submitReview takes no version: only the reviewer writes the review. */
async function send(client: Client, saved: ReviewServer) {
  const result = await client.mutation(reviewerSubmitReviewMutation, { assignmentId: saved.id }).toPromise();
  return { data: result.data?.submitReview, error: result.error };
}

/** Sends what autosave still holds, then submits: the review is final after that. */
export function useSubmitReview(controller: ReviewController) {
  return useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The review was not submitted',
  });
}
