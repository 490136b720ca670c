import type { EntityManager } from 'typeorm';
import type { MembershipRole } from './membership-role.enum';

/**
 * What identity needs to know about organizations and memberships, which the
 * organizations domain owns. Organizations depends on identity (memberships point
 * at users), so identity asks through this token and organizations provides it.
 * Methods that take a manager run inside the caller's transaction.
 */
export abstract class MembershipDirectory {
  abstract organizationExists(manager: EntityManager, organizationId: string): Promise<boolean>;
  abstract roleIn(manager: EntityManager, userId: string, organizationId: string): Promise<MembershipRole | null>;
  /** Adds (or keeps) a membership; an existing membership keeps its role. */
  abstract addMember(
    manager: EntityManager,
    userId: string,
    organizationId: string,
    role: MembershipRole,
  ): Promise<void>;
  /** The organization that claims this e-mail domain (lower case), if one does. */
  abstract organizationClaimingDomain(
    manager: EntityManager,
    domain: string,
  ): Promise<{ id: string; name: string } | null>;
  abstract organizationName(manager: EntityManager, organizationId: string): Promise<string | null>;
  /** Ids of an organization's members, for the user search's filter. */
  abstract memberIds(organizationId: string): Promise<string[]>;
}
