import type { Role } from '@abate/web/core';

export const roleLabels: Record<Role, string> = {
  PROGRAM_OFFICER: 'Program officer',
  APPLICANT: 'Applicant',
  REVIEWER: 'Reviewer',
  FINANCE_OFFICER: 'Finance officer',
  AUDITOR: 'Auditor',
};

/** Display order, whatever order the API lists a user's roles in. */
const roleOrder = Object.keys(roleLabels) as Role[];

export function sortRoles(roles: readonly Role[]): Role[] {
  return roleOrder.filter((role) => roles.includes(role));
}
