import { useQuery } from 'urql';
import { LoadFailed, Loading } from '@abate/web/rounds';
import { adminOrganizationQuery } from '../graphql/admin.documents';
import { MembersPanel } from './MembersPanel';

export interface TeamPanelProps {
  organization: { id: string; name: string };
  currentUserId: string;
}

/** An organization owner's team: its members, their place, invitations (applicants only, the API's rule). */
export function TeamPanel({ organization, currentUserId }: TeamPanelProps) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: adminOrganizationQuery,
    variables: { id: organization.id },
  });
  if (fetching && !data) return <Loading what="Loading your team…" />;
  if (error || !data?.organization)
    return error ? <LoadFailed error={error} what="your team" onRetry={() => refetch()} /> : null;
  return (
    <MembersPanel
      organization={data.organization}
      members={data.organization.members}
      currentUserId={currentUserId}
      onChanged={() => refetch({ requestPolicy: 'network-only' })}
    />
  );
}
