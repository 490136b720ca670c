import { Role } from './role.enum';

/** The signed-in caller as services see it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  sessionId: string;
  /** When the caller's session lapses (for the web's expiry warning). */
  sessionExpiresAt?: Date;
}

export function hasRole(user: AuthUser | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}

/** The actor for work the server does on its own (demo seed, scheduled jobs); audited as "system". */
export const SYSTEM_ACTOR: AuthUser = {
  id: '00000000-0000-4000-8000-000000000000',
  email: 'system',
  name: 'System',
  roles: [Role.PROGRAM_OFFICER],
  sessionId: '',
};
