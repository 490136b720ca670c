import type { ReactNode } from 'react';
import { roleLabels, sortRoles, type CurrentUser } from '@abate/web/identity';
import type { Role } from '@abate/web/core';
import { PageHeading } from '@abate/web/ui';
import { ApplicantQueue, AuditorQueue, FinanceQueue, OfficerQueue, ReviewerQueue } from './RoleQueues';

/** Each role's queue: what waits for this user, with counts and links; a user with several roles sees each. */
export function SignedInHome({ user }: { user: CurrentUser }) {
  const ownsOrganization = user.memberships.some((m) => m.role === 'OWNER');
  const queues: Record<Role, ReactNode> = {
    PROGRAM_OFFICER: <OfficerQueue />,
    APPLICANT: <ApplicantQueue ownsOrganization={ownsOrganization} />,
    REVIEWER: <ReviewerQueue />,
    FINANCE_OFFICER: <FinanceQueue />,
    AUDITOR: <AuditorQueue />,
  };
  return (
    <div className="usa-prose maxw-none">
      <PageHeading>{`Welcome, ${user.name}`}</PageHeading>
      {sortRoles(user.roles).map((role) => (
        <section key={role} aria-labelledby={`role-${role}`} className="margin-bottom-5">
          <h2 id={`role-${role}`}>{roleLabels[role]}</h2>
          {queues[role]}
        </section>
      ))}
    </div>
  );
}
