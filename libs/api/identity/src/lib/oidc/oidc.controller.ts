import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, AppConfig, CurrentUser } from '@abate/api/core';
import type { AuthUser } from '@abate/api/core';
import { IDENTITY_POLICY } from '../identity.policy';
import { clearSessionCookie, setSessionCookie } from '../session-cookie';
import { SessionsService } from '../sessions.service';
import { OidcRefused, OidcService, OIDC_LOGIN_MINUTES } from './oidc.service';

/** Binds a provider sign-in to the browser that started it (login CSRF). */
const STATE_COOKIE = 'abate_oidc_state';

/** Sign-in through the state's identity provider (OpenID Connect, authorization code + PKCE). */
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  @Allow(IDENTITY_POLICY.oidcLogin)
  @Get('login')
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    try {
      const { url, state } = await this.oidc.begin(typeof returnTo === 'string' ? returnTo : '/');
      res.cookie(STATE_COOKIE, state, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.cookieSecure,
        path: '/auth/oidc',
        maxAge: OIDC_LOGIN_MINUTES * 60_000,
      });
      res.redirect(302, url);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  @Allow(IDENTITY_POLICY.oidcCallback)
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const cookieState = (req.cookies as Record<string, string> | undefined)?.[STATE_COOKIE];
    res.clearCookie(STATE_COOKIE, {
      path: '/auth/oidc',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
    });
    try {
      const signedIn = await this.oidc.complete(query, cookieState, {
        ip: req.ip ?? 'unknown',
        userAgent: req.headers['user-agent'],
      });
      setSessionCookie(res, this.config, signedIn.token, signedIn.expiresAt);
      res.redirect(302, signedIn.returnTo);
    } catch (error) {
      this.refuse(res, error);
    }
  }

  /** Ends the local session, then the provider's when it offers RP-initiated logout. */
  @Allow(IDENTITY_POLICY.oidcLogout)
  @Get('logout')
  async logout(@CurrentUser() user: AuthUser | null, @Res() res: Response): Promise<void> {
    const idToken = user ? await this.sessions.idTokenOf(user.sessionId) : null;
    await this.sessions.signOut(user);
    clearSessionCookie(res, this.config);
    res.redirect(302, (await this.oidc.endSessionUrl(idToken)) ?? '/');
  }

  /** Never a 500 page: back to sign-in with a code the page explains. */
  private refuse(res: Response, error: unknown): void {
    const code = error instanceof OidcRefused ? error.code : 'provider';
    res.redirect(302, `/sign-in?error=oidc_${code}`);
  }
}
