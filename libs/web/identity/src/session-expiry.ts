import { URL_MAX_CHARS } from '@abate/shared/limits';

/** The warning opens this long before the session lapses. */
export const WARN_BEFORE_MS = 5 * 60_000;

export type SessionPhase = 'active' | 'warning' | 'lapsed';

/** Where a session stands at `now`: warned in its last WARN_BEFORE_MS, lapsed at its expiry. */
export function sessionPhase(expiresAt: string | null | undefined, now: number): SessionPhase {
  if (!expiresAt) return 'active';
  const left = new Date(expiresAt).getTime() - now;
  if (Number.isNaN(left)) return 'active';
  return left <= 0 ? 'lapsed' : left <= WARN_BEFORE_MS ? 'warning' : 'active';
}

/** "4 minutes 5 seconds", "1 minute", "30 seconds". */
export function timeLeftText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds || !minutes) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/**
 * Only a path of this site is a place to return to after signing in: "/awards/1?tab=2",
 * never "//evil.example", "/\\evil.example", "https://…", a control character, or the sign-in page itself.
 */
export function safeReturnPath(value: string | null | undefined, signInPath: string, fallback = '/'): string {
  if (!value || value.length > URL_MAX_CHARS) return fallback;
  if (!/^\/(?![/\\])/.test(value) || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const path = value.split(/[?#]/)[0];
  if (path === signInPath || path.startsWith(`${signInPath}/`)) return fallback;
  return value;
}
