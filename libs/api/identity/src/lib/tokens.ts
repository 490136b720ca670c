import { createHash, randomBytes } from 'node:crypto';

/** A random one-time token for a link or a session: 256 bits, URL-safe (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database keeps instead of a token: a leaked table does not leak usable links or sessions. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Tokens are 43 characters; anything far longer is not one of ours (and is not hashed). */
export const looksLikeToken = (token: string): boolean => /^[A-Za-z0-9_-]{20,128}$/.test(token);
