import { useState } from 'react';
import { ownedOrganizations } from '@abate/web/identity';
import { TeamPanel } from '@abate/web/organizations';
import { PageHeading, SelectField } from '@abate/web/ui';
import { RequireAdministration } from './RequireAdministration';

/** /team: an organization owner's people (their own organization only). */
export function TeamPage() {
  const [chosen, setChosen] = useState('');
  return (
    <RequireAdministration
      title="Your team"
      who="owners of an organization"
      allowed={(u) => ownedOrganizations(u).length > 0}
    >
      {(user) => {
        const owned = ownedOrganizations(user);
        const organization = owned.find((o) => o.id === chosen) ?? owned[0];
        return (
          <>
            <PageHeading>Your team</PageHeading>
            <p className="usa-intro">
              The people of {organization.name}: invite colleagues, choose who else may manage the team, and take out
              those who have left.
            </p>
            {owned.length > 1 && (
              <SelectField
                id="team-organization"
                label="Organization"
                value={organization.id}
                onChange={setChosen}
                options={owned.map((o) => ({ value: o.id, label: o.name }))}
              />
            )}
            <TeamPanel key={organization.id} organization={organization} currentUserId={user.id} />
          </>
        );
      }}
    </RequireAdministration>
  );
}
