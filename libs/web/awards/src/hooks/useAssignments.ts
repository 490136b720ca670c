import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { AwardsAssignmentBoardQuery, AwardsReviewersQuery } from '@abate/web/core';
import {
  assignmentBoardQuery,
  assignReviewerMutation,
  assignReviewersMutation,
  reviewersQuery,
  unassignReviewerMutation,
} from '../graphql/awards.documents';

export type Reviewer = AwardsReviewersQuery['reviewers'][number];
export type AssignmentBoard = AwardsAssignmentBoardQuery;
export type BoardAssignment = AwardsAssignmentBoardQuery['reviewAssignments'][number];
export type ReviewerLoad = AwardsAssignmentBoardQuery['reviewerLoads'][number];

// Mutations name the types they change: an empty board holds no ReviewAssignment for urql to invalidate by.
const assignmentChange = { additionalTypenames: ['ReviewAssignment', 'ReviewerLoad'] };

/** People with the reviewer role. */
export function useReviewers() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: reviewersQuery });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { reviewers: data?.reviewers ?? null, fetching, error, retry };
}

/** A round's reviewer loads, assignments and submitted applications; refetched after every assignment change. */
export function useAssignmentBoard(roundId: string) {
  const context = useMemo(() => assignmentChange, []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: assignmentBoardQuery,
    variables: { roundId },
    context,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { board: data ?? null, fetching, error, retry };
}

export function useAssignmentMutations() {
  const [{ fetching: assigningMany }, executeMany] = useMutation(assignReviewersMutation);
  const [, executeOne] = useMutation(assignReviewerMutation);
  const [, executeUnassign] = useMutation(unassignReviewerMutation);
  const assignReviewers = useCallback(
    (roundId: string, reviewerIds: string[], perApplication: number) =>
      executeMany({ roundId, reviewerIds, perApplication }, assignmentChange),
    [executeMany],
  );
  const assignReviewer = useCallback(
    (applicationId: string, reviewerId: string) => executeOne({ applicationId, reviewerId }, assignmentChange),
    [executeOne],
  );
  const unassignReviewer = useCallback(
    (assignmentId: string) => executeUnassign({ assignmentId }, assignmentChange),
    [executeUnassign],
  );
  return { assignReviewers, assigningMany, assignReviewer, unassignReviewer };
}
