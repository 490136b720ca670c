import { definePolicy, hasRole, Role, SIGNED_IN } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';

/** Who may call each organizations operation; object-level rules below, called by the service. */
export const ORGANIZATIONS_POLICY = definePolicy('organizations', {
  /** Officers, auditors and finance officers: all; others: their own (readsAllOrganizations). */
  organizations: SIGNED_IN,
  organization: SIGNED_IN,
  createOrganization: [Role.PROGRAM_OFFICER],
  updateOrganization: [Role.PROGRAM_OFFICER],
  /** Officers anywhere; an OWNER in their own organization (mayManageMembers). */
  updateMembership: [Role.PROGRAM_OFFICER, Role.APPLICANT],
  removeMembership: [Role.PROGRAM_OFFICER, Role.APPLICANT],
});

export const readsAllOrganizations = (actor: AuthUser): boolean =>
  hasRole(actor, Role.PROGRAM_OFFICER, Role.AUDITOR, Role.FINANCE_OFFICER);

/** Officers manage any organization's members; an OWNER their own organization's, but never their own membership. */
export function mayManageMembers(actor: AuthUser, actorIsOwner: boolean, targetUserId: string): boolean {
  if (hasRole(actor, Role.PROGRAM_OFFICER)) return true;
  return actorIsOwner && actor.id !== targetUserId;
}
