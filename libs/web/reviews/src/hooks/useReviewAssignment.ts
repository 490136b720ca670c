import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import { toApiErrors, type ApiError, type ReviewerAssignmentQuery } from '@abate/web/core';
import { reviewerAssignmentQuery } from '../graphql/reviews.documents';

export type AssignmentData = ReviewerAssignmentQuery['reviewAssignment'];
export type AssignmentRound = AssignmentData['round'];
export type AssignmentChecklist = AssignmentRound['checklist'];
export type ChecklistItem = AssignmentChecklist['items'][number];
export type ScaleStep = AssignmentChecklist['scale'][number];
export type ReviewedApplication = NonNullable<AssignmentData['application']>;

export type AssignmentDataState =
  | { kind: 'loading' }
  | { kind: 'failed'; errors: ApiError[] }
  | { kind: 'ready'; data: AssignmentData; loadedAt: number };

/**
 * One assignment with its round, checklist and (once opened) application, always
 * from the network. Loaded by hand rather than with useQuery so the document cache
 * cannot refetch it under the scoring screen after each save.
 */
export function useReviewAssignment(assignmentId: string) {
  const client = useClient();
  const [state, setState] = useState<AssignmentDataState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    client
      .query(reviewerAssignmentQuery, { id: assignmentId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (!current) return;
        if (result.data) setState({ kind: 'ready', data: result.data.reviewAssignment, loadedAt: Date.now() });
        else
          setState({
            kind: 'failed',
            errors: result.error ? toApiErrors(result.error) : [{ code: 'UNKNOWN', message: 'No data' }],
          });
      });
    return () => {
      current = false;
    };
  }, [client, assignmentId, generation]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setGeneration((n) => n + 1);
  }, []);

  return { state, reload };
}
