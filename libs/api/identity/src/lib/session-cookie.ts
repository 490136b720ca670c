import type { Response } from 'express';
import { AppConfig, SESSION_COOKIE } from '@abate/api/core';

/** The same httpOnly, SameSite=Lax cookie for every way of signing in (password, invitation, identity provider). */
export function setSessionCookie(
  res: Pick<Response, 'cookie'>,
  config: AppConfig,
  token: string,
  expiresAt: Date,
): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: expiresAt,
    path: '/',
  });
}

export function clearSessionCookie(res: Pick<Response, 'clearCookie'>, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure });
}
