import type { MembershipRole, Role } from '@abate/web/core';
import { EMAIL_DOMAIN } from '@abate/shared/jurisdictions';
import { roleLabels } from '@abate/web/identity';

export const membershipRoleLabels: Record<MembershipRole, string> = {
  OWNER: 'Owner',
  CONTRIBUTOR: 'Contributor',
};

export const membershipRoleHints: Record<MembershipRole, string> = {
  OWNER: 'manages the team and applies',
  CONTRIBUTOR: 'applies and reports',
};

/** Every role, in display order. */
export const allRoles = Object.keys(roleLabels) as Role[];

/** What is wrong with a typed e-mail domain, or null. */
export function emailDomainProblem(domain: string, claimed: readonly string[]): string | null {
  const d = domain.trim().toLowerCase().replace(/^@/, '');
  if (!d) return 'Enter a domain, such as alamancecountync.gov';
  if (d.includes('@')) return 'Enter only the part after the @, such as alamancecountync.gov';
  if (!EMAIL_DOMAIN.test(d)) return 'Enter a domain name such as alamancecountync.gov';
  if (claimed.includes(d)) return `${d} is already listed`;
  return null;
}

export const normalizeDomain = (domain: string) => domain.trim().toLowerCase().replace(/^@/, '');
