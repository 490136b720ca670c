import { useCallback } from 'react';
import { useClient } from 'urql';
import { useSubmitAfterSave, type ApiError } from '@abate/web/core';
import { reviewerSubmitReviewMutation } from '../graphql/reviews.documents';
import type { ReviewController } from '../model/review-form';

const unsavedMessages = {
  unsaved: 'Some of your ratings or comments can’t be saved yet. Fix the items marked “Not saved”, then submit.',
  retrying:
    'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
  conflict: 'This review was saved elsewhere since you opened it. Reload the saved version before you submit.',
  stopped: 'Your latest changes could not be saved, so the review was not submitted.',
} as const;

/** Sends what autosave still holds, then submits: the review is final after that. */
export function useSubmitReview(assignmentId: string, controller: ReviewController) {
  const client = useClient();

  const send = useCallback(async () => {
    const result = await client.mutation(reviewerSubmitReviewMutation, { assignmentId }).toPromise();
    return { data: result.data, error: result.error };
  }, [assignmentId, client]);

  const onRefused = useCallback(
    (error: ApiError) => {
      if (error.code === 'INVALID_STATE' || error.code === 'FORBIDDEN') controller.halt(error.code, error.message);
    },
    [controller],
  );

  const {
    submit: submitAfterSave,
    submitting,
    failure,
  } = useSubmitAfterSave(controller, {
    unsavedMessages,
    send,
    fallbackMessage: 'The review was not submitted',
    onRefused,
  });
  /** Resolves true once submitted. */
  const submit = useCallback(async () => (await submitAfterSave()) !== null, [submitAfterSave]);

  return { submit, submitting, failure };
}
