import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AppConfig, CurrentUser, Public, SESSION_COOKIE } from '@abate/api/core';
import type { AuthUser, GqlContext } from '@abate/api/core';
import { SessionsService } from './sessions.service';
import { SignInArgs } from './dto/sign-in.args';
import { AuthPayloadModel, UserModel } from './models/user.model';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadModel, { description: 'Starts a session: returns a bearer token and sets an httpOnly cookie.' })
  async signIn(@Args() { email, password }: SignInArgs, @Context() { req, res }: GqlContext): Promise<AuthPayloadModel> {
    const signedIn = await this.sessions.signIn(email, password, { ip: req.ip ?? 'unknown', userAgent: req.headers['user-agent'] });
    res.cookie(SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      expires: signedIn.expiresAt,
      path: '/',
    });
    return { token: signedIn.token, expiresAt: signedIn.expiresAt, user: UserModel.from(signedIn.user) };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session; false when nobody was signed in.' })
  signOut(@CurrentUser() user: AuthUser | null, @Context() { res }: GqlContext): Promise<boolean> {
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure });
    return this.sessions.signOut(user);
  }
}
