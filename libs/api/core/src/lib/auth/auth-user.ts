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
