import { useState } from 'react';
import { useClient } from 'urql';
import { AutosaveController, browserAutosaveStorage, toApiErrors, useAutosave } from '@abate/web/core';
import { reviewerAssignmentQuery, reviewerSaveReviewMutation } from '../graphql/reviews.documents';
import { reviewModel, type ReviewController, type ReviewState, type ReviewTransport } from '../model/review-form';
import type { AssignmentData } from './useReviewAssignment';

/** Where this device keeps a review's unsaved ratings and comments. */
export const reviewStorageKey = (assignmentId: string) => `abate:review-draft:${assignmentId}`;
export const browserReviewStorage = browserAutosaveStorage(reviewStorageKey);

/** The shared autosave for one review in progress, wired to saveReview, the device's storage and the page's lifecycle. */
export function useReviewAutosave(data: AssignmentData): [ReviewController, ReviewState] {
  const client = useClient();
  const [controller] = useState(() => {
    const transport: ReviewTransport = {
      async save(version, input) {
        const result = await client
          .mutation(reviewerSaveReviewMutation, { assignmentId: data.id, version, input })
          .toPromise();
        if (result.data) return { ok: true, data: result.data.saveReview };
        return {
          ok: false,
          errors: result.error
            ? toApiErrors(result.error)
            : [{ code: 'UNKNOWN', message: 'The save returned nothing' }],
        };
      },
      async load() {
        const result = await client
          .query(reviewerAssignmentQuery, { id: data.id }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.data) return { ok: true, data: result.data.reviewAssignment };
        return {
          ok: false,
          errors: result.error
            ? toApiErrors(result.error)
            : [{ code: 'UNKNOWN', message: 'The review could not be loaded' }],
        };
      },
    };
    return new AutosaveController({
      id: data.id,
      server: data,
      model: reviewModel(data.round.checklist.items.map((item) => item.key)),
      transport,
      storage: browserReviewStorage,
    });
  });
  const state = useAutosave(controller);
  return [controller, state];
}
