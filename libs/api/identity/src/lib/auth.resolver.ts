import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AppConfig, Clock, CurrentUser, SESSION_COOKIE } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { SessionsService } from './sessions.service';
import { InvitationsService } from './invitations.service';
import { PasswordResetsService } from './password-resets.service';
import { SignInArgs } from './dto/sign-in.args';
import {
  AcceptInvitationArgs,
  InvitationTokenArgs,
  RequestPasswordResetArgs,
  ResetPasswordArgs,
} from './dto/token.args';
import { AuthPayloadModel, IdentityProviderModel, SessionRefreshModel, UserModel } from './models/user.model';
import { InvitationModel } from './models/invitation.model';
import { IDENTITY_POLICY } from './identity.policy';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly invitations: InvitationsService,
    private readonly resets: PasswordResetsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Allow(IDENTITY_POLICY.signIn)
  @Mutation(() => AuthPayloadModel, {
    description: 'Starts a session: returns a bearer token and sets an httpOnly cookie.',
  })
  async signIn(
    @Args() { email, password }: SignInArgs,
    @Context() { req, res }: GqlContext,
  ): Promise<AuthPayloadModel> {
    const signedIn = await this.sessions.signIn(email, password, {
      ip: req.ip ?? 'unknown',
      userAgent: req.headers['user-agent'],
    });
    setSessionCookie(res, this.config, signedIn.token, signedIn.expiresAt);
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: UserModel.from(signedIn.user) };
  }

  @Allow(IDENTITY_POLICY.signOut)
  @Mutation(() => Boolean, { description: 'Ends the current session; false when nobody was signed in.' })
  signOut(@CurrentUser() user: AuthUser | null, @Context() { res }: GqlContext): Promise<boolean> {
    clearSessionCookie(res, this.config);
    return this.sessions.signOut(user);
  }

  @Allow(IDENTITY_POLICY.refreshSession)
  @Mutation(() => SessionRefreshModel, {
    description: '"Stay signed in": extends the current session by SESSION_TTL_HOURS (up to 7 days after sign-in).',
  })
  async refreshSession(
    @CurrentUser() user: AuthUser,
    @Context() { req, res }: GqlContext,
  ): Promise<SessionRefreshModel> {
    const expiresAt = await this.sessions.refresh(user);
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (token) setSessionCookie(res, this.config, token, expiresAt);
    return { expiresAt };
  }

  @Allow(IDENTITY_POLICY.identityProvider)
  @Query(() => IdentityProviderModel, {
    nullable: true,
    description: "The state's identity provider for the sign-in page; null when none is configured.",
  })
  identityProvider(): IdentityProviderModel | null {
    return this.config.oidcEnabled ? { label: this.config.OIDC_LABEL, loginPath: '/auth/oidc/login' } : null;
  }

  @Allow(IDENTITY_POLICY.invitation)
  @Query(() => InvitationModel, { description: 'What a mailed invitation link is for; reading it never uses it up.' })
  async invitation(@Args() { token }: InvitationTokenArgs): Promise<InvitationModel> {
    const { invitation, organizationName, existingAccount } = await this.invitations.preview(token);
    return Object.assign(InvitationModel.from(invitation, this.clock.now(), organizationName), { existingAccount });
  }

  @Allow(IDENTITY_POLICY.acceptInvitation)
  @Mutation(() => AuthPayloadModel, {
    description:
      'Uses an invitation link (once) and signs in: a new address gets its account; an existing account ' +
      '(its password, or signed in as it) gains the invited roles and joins the organization.',
  })
  async acceptInvitation(
    @Args() { token, password }: AcceptInvitationArgs,
    @Context() { req, res }: GqlContext,
    @CurrentUser() actor: AuthUser | null,
  ): Promise<AuthPayloadModel> {
    const signedIn = await this.invitations.accept(
      token,
      password,
      { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] },
      actor,
    );
    setSessionCookie(res, this.config, signedIn.token, signedIn.expiresAt);
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: UserModel.from(signedIn.user) };
  }

  @Allow(IDENTITY_POLICY.requestPasswordReset)
  @Mutation(() => Boolean, {
    description: 'Mails a one-time reset link when the address has an account; always true, in the same time.',
  })
  async requestPasswordReset(
    @Args() { email }: RequestPasswordResetArgs,
    @Context() { req }: GqlContext,
  ): Promise<boolean> {
    await this.resets.request(email, req.ip ?? 'unknown');
    return true;
  }

  @Allow(IDENTITY_POLICY.resetPassword)
  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset link (once, within an hour) and ends every session of the account.',
  })
  async resetPassword(@Args() { token, password }: ResetPasswordArgs): Promise<boolean> {
    await this.resets.reset(token, password);
    return true;
  }
}
