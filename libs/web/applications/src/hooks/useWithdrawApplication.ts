import { useCallback, useState } from 'react';
import { useMutation } from 'urql';
import { toApiErrors, type ApiError } from '@abate/web/core';
import { applicantWithdrawApplicationMutation } from '../graphql/applications.documents';

export function useWithdrawApplication() {
  const [{ fetching }, execute] = useMutation(applicantWithdrawApplicationMutation);
  const [error, setError] = useState<ApiError | null>(null);

  const withdraw = useCallback(
    async (id: string): Promise<boolean> => {
      setError(null);
      const result = await execute({ id });
      if (result.data) return true;
      setError(
        result.error
          ? (toApiErrors(result.error)[0] ?? null)
          : { code: 'UNKNOWN', message: 'The application was not withdrawn' },
      );
      return false;
    },
    [execute],
  );

  return { withdraw, withdrawing: fetching, error };
}
