import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { toApiErrors, type ApiError } from '@abate/web/core';
import { reviewerDeclareConflictMutation } from '../graphql/reviews.documents';

/** Sends the conflict-of-interest declaration; null on success, else the API's errors. */
export function useDeclareConflict(assignmentId: string) {
  const client = useClient();
  const [declaring, setDeclaring] = useState(false);
  const declare = useCallback(
    async (hasConflict: boolean, explanation: string): Promise<ApiError[] | null> => {
      setDeclaring(true);
      try {
        const result = await client
          .mutation(reviewerDeclareConflictMutation, {
            assignmentId,
            hasConflict,
            explanation: hasConflict ? explanation.trim() : null,
          })
          .toPromise();
        if (result.data) return null;
        return result.error
          ? toApiErrors(result.error)
          : [{ code: 'UNKNOWN', message: 'The declaration was not recorded' }];
      } finally {
        setDeclaring(false);
      }
    },
    [client, assignmentId],
  );
  return { declare, declaring };
}
