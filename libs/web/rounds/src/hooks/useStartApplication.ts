import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import type { RoundsApplicantOrganizationsQuery } from '@abate/web/core';
import { applicantOrganizationsQuery, startApplicationMutation } from '../graphql/rounds.documents';

export type ApplicantMembership = NonNullable<RoundsApplicantOrganizationsQuery['me']>['memberships'][number];

/** The signed-in user's organizations with their kind; skipped (empty) when `pause`. */
export function useApplicantOrganizations(pause: boolean) {
  const [{ data, fetching, error }] = useQuery({ query: applicantOrganizationsQuery, pause });
  return { memberships: data?.me?.memberships ?? [], fetching, error };
}

export function useStartApplication() {
  const [{ fetching }, execute] = useMutation(startApplicationMutation);
  const startApplication = useCallback(
    (roundId: string, organizationId: string) => execute({ roundId, organizationId }),
    [execute],
  );
  return { startApplication, fetching };
}
