import { useQuery } from 'urql';
import { toApiErrors, type ApplicantReceiptQuery } from '@abate/web/core';
import { applicantReceiptQuery } from '../graphql/applications.documents';

export type ReceiptData = ApplicantReceiptQuery['application'];

export function useApplicationReceipt(applicationId: string) {
  const [{ data, fetching, error }] = useQuery({
    query: applicantReceiptQuery,
    variables: { id: applicationId },
    requestPolicy: 'cache-and-network',
  });
  return { application: data?.application ?? null, fetching, errors: error ? toApiErrors(error) : [] };
}
