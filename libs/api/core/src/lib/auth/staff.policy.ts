import { hasRole } from './auth-user';
import type { AuthUser } from './auth-user';
import { Role } from './role.enum';

/**
 * Rules every domain shares, declared once (docs/architecture.md, "Access rules").
 * Domain tables (`<domain>.policy.ts`) say who reaches an operation; these say what a
 * role sees once there.
 */

/** The actor for work the server does on its own (demo seed, scheduled jobs); audited as "system", with an officer's reach. */
export const SYSTEM_ACTOR: AuthUser = {
  id: '00000000-0000-4000-8000-000000000000',
  email: 'system',
  name: 'System',
  roles: [Role.PROGRAM_OFFICER],
  sessionId: '',
};

/** Program officers and auditors read every organization's records (drafts, reviews, awards, reports). */
export const readsEverything = (actor: AuthUser | null | undefined): boolean =>
  hasRole(actor, Role.PROGRAM_OFFICER, Role.AUDITOR);

/** Any signed-in user, whatever their roles: the table entry for `@SignedIn()` operations. */
export const SIGNED_IN: readonly Role[] = Object.values(Role);
