import {
  BadUserInputException,
  definePolicy,
  ForbiddenException,
  hasRole,
  readsEverything,
  Role,
  SIGNED_IN,
} from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

/**
 * Who may call each identity operation (queries, mutations and the OIDC routes).
 * Object-level rules are the functions below, called by the services.
 */
export const IDENTITY_POLICY = definePolicy('identity', {
  me: 'public',
  /** Whether (and how) the sign-in page offers the state's identity provider. */
  identityProvider: 'public',
  signIn: 'public',
  signOut: 'public',
  refreshSession: SIGNED_IN,
  changePassword: SIGNED_IN,
  /**
   * Officers only. An organization OWNER adds people through `inviteUser`, whose answer
   * does not depend on whether the address already has an account (mayLearnOfAccounts).
   */
  createUser: [Role.PROGRAM_OFFICER],
  /** Officers invite anyone; an organization OWNER invites applicants to their own organization (assertMayAddPeople). */
  inviteUser: [Role.PROGRAM_OFFICER, Role.APPLICANT],
  invitations: [Role.PROGRAM_OFFICER, Role.APPLICANT],
  revokeInvitation: [Role.PROGRAM_OFFICER, Role.APPLICANT],
  /** Reads what the mailed link is for; never uses it up (mail scanners follow links). */
  invitation: 'public',
  acceptInvitation: 'public',
  requestPasswordReset: 'public',
  resetPassword: 'public',
  users: [Role.PROGRAM_OFFICER, Role.AUDITOR],
  updateUserRoles: [Role.PROGRAM_OFFICER],
  deactivateUser: [Role.PROGRAM_OFFICER],
  reactivateUser: [Role.PROGRAM_OFFICER],
  oidcLogin: 'public',
  oidcCallback: 'public',
  oidcLogout: 'public',
});

/**
 * Who may add people (create or invite) with these roles to this organization:
 * an officer anyone anywhere; an applicant only applicants, only into an
 * organization they OWN (ownsOrganization is asked only when needed).
 */
export async function assertMayAddPeople(
  actor: AuthUser,
  roles: readonly Role[],
  organizationId: string | undefined,
  ownsOrganization: (organizationId: string) => Promise<boolean>,
): Promise<void> {
  if (hasRole(actor, Role.PROGRAM_OFFICER)) return;
  if (!roles.every((r) => r === Role.APPLICANT))
    throw new ForbiddenException('Organization owners may add applicants only');
  if (!organizationId || !(await ownsOrganization(organizationId))) {
    throw new ForbiddenException('You can add people only to an organization you own');
  }
}

/**
 * Whether an inviter may be told that an address already has an account. Officers read
 * every account anyway (`users`); an organization owner may not: their invitation is
 * created and mailed the same way for known and unknown addresses (no e-mail oracle).
 */
export const mayLearnOfAccounts = (actor: AuthUser): boolean => hasRole(actor, Role.PROGRAM_OFFICER);

/** Officers see every invitation; owners those of organizations they own. */
export const seesAllInvitations = (actor: AuthUser): boolean => hasRole(actor, Role.PROGRAM_OFFICER);

/** An officer may not deactivate themself or take their own officer role (nobody would be left to undo it). */
export function assertMayChangeAccount(actor: AuthUser, targetUserId: string): void {
  if (actor.id === targetUserId)
    throw new ForbiddenException('You cannot deactivate your own account or change your own roles');
}

/**
 * OpenID Connect: the roles an identity provider's groups grant, through the
 * configured map (OIDC_ROLE_MAP, e.g. `state-grants-officers=PROGRAM_OFFICER`).
 * Only mapped groups count; an unmapped group grants nothing.
 */
export function rolesFromGroups(groups: readonly string[], roleMap: ReadonlyMap<string, Role>): Role[] {
  const roles = new Set<Role>();
  for (const group of groups) {
    const role = roleMap.get(group);
    if (role) roles.add(role);
  }
  return [...roles].sort();
}

/**
 * Roles after an OIDC sign-in: the roles the map manages follow the token's groups
 * (added and removed); roles the map does not manage (given by an officer) stay.
 * When the token carries no groups claim at all (e.g. Entra ID's overage), the
 * managed roles are left as they were rather than wiped.
 */
export function rolesAfterOidcSignIn(
  current: readonly Role[],
  groups: readonly string[] | undefined,
  roleMap: ReadonlyMap<string, Role>,
): Role[] {
  if (!groups || roleMap.size === 0) return [...current];
  const managed = new Set(roleMap.values());
  const kept = current.filter((r) => !managed.has(r));
  return [...new Set([...kept, ...rolesFromGroups(groups, roleMap)])].sort();
}

/** Officers and auditors read anyone's provider identities; others only their own. */
export const readsOthersIdentities = (actor: AuthUser): boolean => readsEverything(actor);

/** An applicant works for an organization: creating or inviting one names it. */
export function assertApplicantHasOrganization(
  roles: readonly Role[],
  organizationId: string | null | undefined,
): void {
  if (roles.includes(Role.APPLICANT) && !organizationId) {
    throw new BadUserInputException(
      'input.organizationId',
      'An applicant must belong to an organization: set organizationId',
    );
  }
}

/**
 * A just-in-time account (verified e-mail in a domain an organization claims) is an
 * applicant of that organization, plus whatever the provider's groups map to.
 */
export function rolesForJitAccount(groups: readonly string[] | undefined, roleMap: ReadonlyMap<string, Role>): Role[] {
  return [...new Set([Role.APPLICANT, ...rolesFromGroups(groups ?? [], roleMap)])].sort();
}
