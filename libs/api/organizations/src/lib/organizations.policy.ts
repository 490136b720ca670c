import { definePolicy, Role, SIGNED_IN } from '@abate/api/core';

/**
 * Organisations and memberships. Object level (OrganizationsService): officers and
 * auditors list every organisation (`readsEverything`), everyone else their own.
 * Users, sessions and sign-in move to the identity domain, with their own table.
 */
export const ORGANIZATIONS_POLICY = definePolicy('organizations', {
  organizations: SIGNED_IN,
  createOrganization: [Role.PROGRAM_OFFICER],
});
