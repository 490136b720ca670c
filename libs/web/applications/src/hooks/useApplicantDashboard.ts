import { useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { toApiErrors, type ApiError, type ApplicantDashboardQuery } from '@abate/web/core';
import { applicantCreateApplicationMutation, applicantDashboardQuery } from '../graphql/applications.documents';

export type DashboardData = ApplicantDashboardQuery;
export type DashboardRound = DashboardData['fundingRounds']['nodes'][number];
export type DashboardApplication = DashboardData['applications']['nodes'][number];

export function useApplicantDashboard() {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: applicantDashboardQuery,
    requestPolicy: 'cache-and-network',
  });
  return {
    data,
    fetching,
    errors: error ? toApiErrors(error) : [],
    refetch: useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]),
  };
}

export function useCreateApplication() {
  const [{ fetching }, execute] = useMutation(applicantCreateApplicationMutation);
  const [error, setError] = useState<ApiError | null>(null);

  const create = useCallback(
    async (roundId: string, organizationId: string): Promise<string | null> => {
      setError(null);
      const result = await execute({ roundId, organizationId });
      if (result.data) return result.data.createApplication.id;
      setError(
        result.error
          ? (toApiErrors(result.error)[0] ?? null)
          : { code: 'UNKNOWN', message: 'The application was not started' },
      );
      return null;
    },
    [execute],
  );

  return { create, creating: fetching, error };
}
