import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { toApiErrors, type ApiError } from '@abate/web/core';
import { reviewerSubmitReviewMutation } from '../graphql/reviews.documents';
import type { ReviewController } from '../model/review-form';

export type SubmitReviewFailure = { kind: 'unsaved'; message: string } | { kind: 'api'; error: ApiError };

/** Sends what autosave still holds, then submits: the review is final after that. */
export function useSubmitReview(assignmentId: string, controller: ReviewController) {
  const client = useClient();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<SubmitReviewFailure | null>(null);

  const submit = useCallback(async (): Promise<boolean> => {
    setSubmitting(true);
    setFailure(null);
    try {
      const outcome = await controller.saveNow();
      if (outcome !== 'saved') {
        const messages: Record<typeof outcome, string> = {
          unsaved: 'Some of your ratings or comments can’t be saved yet. Fix the items marked “Not saved”, then submit.',
          retrying: 'Your latest changes haven’t reached Abate yet. Check your connection; we’ll keep retrying. Submit once they are saved.',
          conflict: 'This review was saved elsewhere since you opened it. Reload the saved version before you submit.',
          stopped: 'Your latest changes could not be saved, so the review was not submitted.',
        };
        setFailure({ kind: 'unsaved', message: messages[outcome] });
        return false;
      }
      const result = await client.mutation(reviewerSubmitReviewMutation, { assignmentId }).toPromise();
      if (result.data) {
        controller.forgetStoredCopy();
        return true;
      }
      const [error = { code: 'UNKNOWN', message: 'The review was not submitted' } as ApiError] = result.error ? toApiErrors(result.error) : [];
      if (error.code === 'INVALID_STATE' || error.code === 'FORBIDDEN') controller.halt(error.code, error.message);
      setFailure({ kind: 'api', error });
      return false;
    } finally {
      setSubmitting(false);
    }
  }, [assignmentId, client, controller]);

  return { submit, submitting, failure };
}
