import { createPrivateKey } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as client from 'openid-client';
import { AppConfig, AuditWriter, Clock, Transactions } from '@abate/api/core';
import type { Role } from '@abate/api/core';
import { ExternalIdentityEntity } from '../entities/external-identity.entity';
import { OidcLoginEntity } from '../entities/oidc-login.entity';
import { UserEntity } from '../entities/user.entity';
import { MembershipDirectory } from '../membership-directory';
import { MembershipRole } from '../membership-role.enum';
import { rolesAfterOidcSignIn, rolesForJitAccount } from '../identity.policy';
import { SessionsService, SignedIn } from '../sessions.service';
import { UsersService } from '../users.service';
import { hashToken } from '../tokens';

/** Why a provider sign-in was refused; the sign-in page explains each code. */
export type OidcFailure = 'not_configured' | 'state' | 'provider' | 'unverified_email' | 'no_account' | 'deactivated';

export class OidcRefused extends Error {
  constructor(
    readonly code: OidcFailure,
    detail: string,
  ) {
    super(detail);
  }
}

/** How long the trip to the provider and back may take. */
export const OIDC_LOGIN_MINUTES = 10;

/** Only paths inside the web app (never another site) are places to return to. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\x21-\x7e]{0,499}$/.test(value) && !value.startsWith('/auth/')
    ? value
    : '/';
}

@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private configuration?: Promise<client.Configuration>;

  constructor(
    @InjectRepository(OidcLoginEntity) private readonly logins: Repository<OidcLoginEntity>,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly directory: MembershipDirectory,
    private readonly transactions: Transactions,
    private readonly audit: AuditWriter,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.config.oidcEnabled;
  }

  get redirectUri(): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/auth/oidc/callback`;
  }

  /** Discovery once per process (retried after a failure). */
  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.config.OIDC_ISSUER!);
      const auth = this.clientAuth();
      // Plain http only for a provider on this machine (the tests' in-process provider).
      const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      this.configuration = client
        .discovery(
          issuer,
          this.config.OIDC_CLIENT_ID!,
          this.config.OIDC_CLIENT_SECRET,
          auth,
          local ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }

  private clientAuth(): client.ClientAuth | undefined {
    if (this.config.OIDC_PRIVATE_KEY) {
      const text = this.config.OIDC_PRIVATE_KEY.trim();
      const jwk = text.startsWith('{') ? (JSON.parse(text) as { kid?: string }) : undefined;
      const keyObject = jwk ? createPrivateKey({ key: jwk as never, format: 'jwk' }) : createPrivateKey(text);
      const key = keyObject.toCryptoKey({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
      return client.PrivateKeyJwt(jwk?.kid ? { key, kid: jwk.kid } : key);
    }
    if (this.config.OIDC_CLIENT_SECRET) return client.ClientSecretBasic(this.config.OIDC_CLIENT_SECRET);
    // A public client: PKCE alone (Login.gov accepts it).
    return client.None();
  }

  /** Starts a sign-in: state, nonce and PKCE verifier kept server-side; returns the provider URL and the state for the browser cookie. */
  async begin(returnTo: string): Promise<{ url: string; state: string }> {
    if (!this.enabled) throw new OidcRefused('not_configured', 'No identity provider is configured');
    const configuration = await this.discover();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const expiresAt = new Date(this.clock.now().getTime() + OIDC_LOGIN_MINUTES * 60_000);
    await this.logins.insert({
      stateHash: hashToken(state),
      nonce,
      codeVerifier,
      returnTo: safeReturnTo(returnTo),
      expiresAt,
    });
    const parameters: Record<string, string> = {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    };
    if (this.config.OIDC_PROMPT) parameters['prompt'] = this.config.OIDC_PROMPT;
    if (this.config.OIDC_ACR_VALUES) parameters['acr_values'] = this.config.OIDC_ACR_VALUES;
    return { url: client.buildAuthorizationUrl(configuration, parameters).href, state };
  }

  /**
   * The provider sent the browser back. The state must match the browser's cookie and
   * a stored, unused, unexpired sign-in (used up here, before anything else can fail);
   * then code + verifier are exchanged and the ID token checked (signature, issuer,
   * audience, expiry, nonce) by openid-client.
   */
  async complete(
    callbackQuery: string,
    cookieState: string | undefined,
    client_: { ip: string; userAgent?: string },
  ): Promise<SignedIn & { returnTo: string }> {
    if (!this.enabled) throw new OidcRefused('not_configured', 'No identity provider is configured');
    const params = new URLSearchParams(callbackQuery);
    const state = params.get('state') ?? '';
    if (!state || !cookieState || state !== cookieState)
      throw new OidcRefused('state', 'The sign-in did not start in this browser (state mismatch)');
    const login = await this.transactions.run(async (manager) => {
      const row = await manager.findOne(OidcLoginEntity, {
        where: { stateHash: hashToken(state) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.usedAt) return null;
      await manager.update(OidcLoginEntity, { id: row.id }, { usedAt: this.clock.now() });
      return row;
    });
    if (!login) throw new OidcRefused('state', 'This sign-in link was already used or is unknown');
    if (login.expiresAt.getTime() <= this.clock.now().getTime())
      throw new OidcRefused('state', 'This sign-in took too long; start again');
    if (params.get('error')) throw new OidcRefused('provider', `The provider refused: ${params.get('error')}`);

    const configuration = await this.discover();
    let claims: Record<string, unknown>;
    let idToken: string | null;
    try {
      const tokens = await client.authorizationCodeGrant(
        configuration,
        new URL(`${this.redirectUri}?${params.toString()}`),
        {
          pkceCodeVerifier: login.codeVerifier,
          expectedState: state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        },
      );
      const idClaims = tokens.claims()!;
      claims = { ...idClaims };
      idToken = tokens.id_token ?? null;
      const groupsClaim = this.config.OIDC_GROUPS_CLAIM;
      // Login.gov sends the e-mail only from userinfo; ask when the ID token lacks it or the groups.
      if (
        tokens.access_token &&
        (claims['email'] === undefined || claims[groupsClaim] === undefined) &&
        configuration.serverMetadata().userinfo_endpoint
      ) {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
        claims = {
          ...info,
          ...claims,
          email: claims['email'] ?? info.email,
          email_verified: claims['email_verified'] ?? info.email_verified,
          [groupsClaim]: claims[groupsClaim] ?? info[groupsClaim],
        };
      }
    } catch (error) {
      this.logger.warn(`OIDC callback refused: ${(error as Error).message}`);
      throw new OidcRefused('provider', (error as Error).message);
    }
    const signedIn = await this.signInAs(claims, idToken, client_);
    return { ...signedIn, returnTo: login.returnTo };
  }

  private async signInAs(
    claims: Record<string, unknown>,
    idToken: string | null,
    clientInfo: { ip: string; userAgent?: string },
  ): Promise<SignedIn> {
    const issuer = String(claims['iss']);
    const subject = String(claims['sub']);
    const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : null;
    const emailVerified = claims['email_verified'] === true || claims['email_verified'] === 'true';
    const rawGroups = claims[this.config.OIDC_GROUPS_CLAIM];
    const groups = Array.isArray(rawGroups) ? rawGroups.filter((g): g is string => typeof g === 'string') : undefined;
    const roleMap = this.config.oidcRoleMap as Map<string, Role>;

    return this.transactions.run(async (manager) => {
      const identity = await manager.findOne(ExternalIdentityEntity, {
        where: { issuer, subject },
        lock: { mode: 'pessimistic_write' },
      });
      let user = identity ? await manager.findOne(UserEntity, { where: { id: identity.userId } }) : null;
      let how = 'oidc';
      if (!user) {
        // Linking or creating an account on e-mail alone needs the provider to vouch for it.
        if (!email || !emailVerified)
          throw new OidcRefused('unverified_email', 'The provider did not confirm this e-mail address');
        user = await manager.findOne(UserEntity, { where: { email } });
        how = 'oidc.link';
        if (!user) {
          const domain = email.split('@')[1] ?? '';
          const organization = await this.directory.organizationClaimingDomain(manager, domain);
          if (!organization)
            throw new OidcRefused('no_account', `No account for ${email}, and no organization claims ${domain}`);
          const name =
            typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim().slice(0, 200) : email;
          const roles = rolesForJitAccount(groups, roleMap);
          user = await this.users.insertAccount(
            manager,
            {
              email,
              name,
              passwordHash: null,
              roles,
              organizationId: organization.id,
              organizationRole: MembershipRole.CONTRIBUTOR,
            },
            'user.createFromProvider',
          );
          how = 'oidc.jit';
        }
      }
      if (!user.active) throw new OidcRefused('deactivated', 'This account is deactivated');
      if (!identity) {
        const saved = await manager.save(
          manager.create(ExternalIdentityEntity, {
            userId: user.id,
            issuer,
            subject,
            email,
            lastSignInAt: this.clock.now(),
          }),
        );
        await this.audit.record(manager, {
          action: 'externalIdentity.link',
          entityType: 'User',
          entityId: user.id,
          actor: { id: user.id, email: user.email },
          after: { identityId: saved.id, issuer, subject, how },
        });
      } else {
        await manager.update(ExternalIdentityEntity, { id: identity.id }, { lastSignInAt: this.clock.now(), email });
      }
      const roles = rolesAfterOidcSignIn(user.roles, groups, roleMap);
      if (roles.join() !== [...user.roles].sort().join()) {
        await manager.update(UserEntity, { id: user.id }, { roles });
        await this.audit.record(manager, {
          action: 'user.rolesFromProvider',
          entityType: 'User',
          entityId: user.id,
          actor: { id: user.id, email: user.email },
          before: { roles: user.roles },
          after: { roles, groups },
        });
        user.roles = roles;
      }
      return this.sessions.openSession(manager, user, clientInfo, how, idToken);
    });
  }

  /** Where to send the browser after the local session ends: the provider's end_session_endpoint when it has one. */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    if (!this.enabled) return null;
    try {
      const configuration = await this.discover();
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      const parameters: Record<string, string> = {
        post_logout_redirect_uri: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/`,
      };
      if (idToken) parameters['id_token_hint'] = idToken;
      else parameters['client_id'] = this.config.OIDC_CLIENT_ID!;
      return client.buildEndSessionUrl(configuration, parameters).href;
    } catch {
      return null;
    }
  }
}
