import type { AuthUser } from './auth-user';

/** Implemented by the identity domain; the guard asks it who is calling. */
export abstract class Authenticator {
  abstract authenticate(token: string): Promise<AuthUser | null>;
}

export const SESSION_COOKIE = 'abate_session';

export function tokenFromRequest(req: {
  headers: Record<string, string | string[] | undefined>;
  cookies?: Record<string, string>;
}): string | undefined {
  const header = req.headers['authorization'];
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) return match[1];
  }
  return req.cookies?.[SESSION_COOKIE] || undefined;
}
