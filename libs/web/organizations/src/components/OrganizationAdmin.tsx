import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiFormErrors } from '@abate/web/core';
import { LoadFailed, Loading, organizationKindLabels } from '@abate/web/rounds';
import { PageHeading } from '@abate/web/ui';
import { adminOrganizationQuery, updateOrganizationMutation } from '../graphql/admin.documents';
import { EmailDomains } from './EmailDomains';
import { MembersPanel } from './MembersPanel';
import { OrganizationForm, organizationFieldId } from './OrganizationForm';

export interface OrganizationAdminProps {
  organizationId: string;
  currentUserId: string;
}

/** Officers: one organization's details, claimed e-mail domains and members. */
export function OrganizationAdmin({ organizationId, currentUserId }: OrganizationAdminProps) {
  const [{ data, error, fetching }, refetch] = useQuery({
    query: adminOrganizationQuery,
    variables: { id: organizationId },
  });
  const [{ fetching: saving }, update] = useMutation(updateOrganizationMutation);
  const [saved, setSaved] = useState('');

  if (fetching && !data) return <Loading what="Loading the organization…" />;
  if (error || !data?.organization)
    return (
      <>
        <PageHeading>Organization</PageHeading>
        {error && <LoadFailed error={error} what="the organization" onRetry={() => refetch()} />}
      </>
    );
  const org = data.organization;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeading>{org.name}</PageHeading>
      <p className="usa-intro">
        {organizationKindLabels[org.kind]} in {org.state}, FIPS {org.fipsCode}, population{' '}
        {org.population.toLocaleString('en-US')}.
      </p>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <div role="status" className="text-bold">
          {saved}
        </div>
        <OrganizationForm
          key={org.version}
          initial={{
            name: org.name,
            kind: org.kind,
            state: org.state,
            fipsCode: org.fipsCode,
            population: String(org.population),
          }}
          submitLabel="Save details"
          busy={saving}
          onSubmit={async (input) => {
            const result = await update({ id: org.id, version: org.version, input });
            if (result.error) return apiFormErrors(result.error, organizationFieldId);
            setSaved('Details saved.');
            return [];
          }}
        />
      </section>
      <EmailDomains organization={org} />
      <MembersPanel organization={org} members={org.members} currentUserId={currentUserId} onChanged={reload} />
    </>
  );
}
