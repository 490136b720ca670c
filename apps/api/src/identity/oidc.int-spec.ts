import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '@abate/api/core';
import { createTestApp, gql, TestApp } from '@abate/api/testing';
import { createOrganization, createUser } from '@abate/testing/organizations';
import { OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';

/**
 * Sign-in through an OpenID Connect provider, end to end: a real oidc-provider
 * (panva's certified OP) in this process on 127.0.0.1, the real openid-client in the
 * API, the browser's part played by HTTP requests with a cookie jar. No internet.
 */
interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

const PUBLIC_URL = 'http://abate.test';
const CLIENT = { client_id: 'abate-test', client_secret: 'a-test-client-secret-that-is-long-enough-123' };

describe('OpenID Connect sign-in (in-process provider)', () => {
  let t: TestApp;
  let provider: Server;
  let issuer: string;
  const accounts = new Map<string, Account>();

  beforeAll(async () => {
    let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, res) => res.end();
    provider = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    const { default: Provider } = await import('oidc-provider');
    const op = new Provider(issuer, {
      clients: [
        {
          ...CLIENT,
          redirect_uris: [`${PUBLIC_URL}/auth/oidc/callback`],
          post_logout_redirect_uris: [`${PUBLIC_URL}/`],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) }),
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
      scopes: ['openid', 'email', 'profile', 'groups'],
      conformIdTokenClaims: false,
      features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      cookies: { keys: ['an oidc test cookie key'] },
    } as never);
    handler = op.callback() as never;
    t = await createTestApp({
      imports: [OrganizationsModule, NotificationsModule],
      env: {
        PUBLIC_URL,
        OIDC_ISSUER: issuer,
        OIDC_CLIENT_ID: CLIENT.client_id,
        OIDC_CLIENT_SECRET: CLIENT.client_secret,
        OIDC_SCOPES: 'openid email profile groups',
        OIDC_ROLE_MAP: 'state-grants-officers=PROGRAM_OFFICER,state-grants-reviewers=REVIEWER',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => provider.close(resolve));
  });

  /** GET /auth/oidc/login on the API: the provider URL and the state cookie. */
  async function begin(returnTo = '/rounds'): Promise<{ url: string; stateCookie: string; state: string }> {
    const res = await t.http().get(`/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`);
    expect(res.status).toBe(302);
    const stateCookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('abate_oidc_state='))!
      .split(';')[0];
    const url = new URL(res.headers['location'] as string);
    expect(url.origin).toBe(issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(22);
    expect(url.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(22);
    return { url: url.href, stateCookie, state: url.searchParams.get('state')! };
  }

  /** The person signs in at the provider as `sub` (and consents); returns the callback URL it sends the browser to. */
  async function atProvider(authUrl: string, sub: string): Promise<string> {
    const jar = new Map<string, string>();
    const send = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: {
          ...(init.headers as Record<string, string>),
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const at = pair.indexOf('=');
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      return res;
    };
    let url = authUrl;
    for (let step = 0; step < 12; step++) {
      if (url.startsWith(PUBLIC_URL)) return url;
      const res = await send(url);
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location')!, url).href;
        continue;
      }
      const html = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      const action = /action="([^"]+)"/.exec(html)?.[1];
      if (!prompt || !action) throw new Error(`Unexpected provider page (${res.status}): ${html.slice(0, 300)}`);
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login: sub, password: 'any' } : { prompt });
      const posted = await send(new URL(action, url).href, {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      url = new URL(posted.headers.get('location')!, url).href;
    }
    throw new Error('The provider never sent the browser back');
  }

  /** The provider's redirect, followed on the API with the browser's state cookie. */
  async function callback(callbackUrl: string, stateCookie: string) {
    const u = new URL(callbackUrl);
    const res = await t.http().get(`${u.pathname}${u.search}`).set('Cookie', stateCookie);
    expect(res.status).toBe(302);
    const session = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('abate_session=') && !c.startsWith('abate_session=;'));
    return { location: res.headers['location'] as string, session: session?.split(';')[0] };
  }

  async function signInAs(sub: string, returnTo = '/rounds') {
    const { url, stateCookie } = await begin(returnTo);
    return callback(await atProvider(url, sub), stateCookie);
  }

  const me = async (cookie: string) =>
    (
      await gql<{
        me: {
          email: string;
          roles: string[];
          identities: Array<{ issuer: string; subject: string }>;
          memberships: Array<{ organization: { id: string } }>;
        } | null;
      }>(t, '{ me { email roles identities { issuer subject } memberships { organization { id } } } }', {}, { cookie })
    ).data!.me;
  const sessionsOf = async (email: string) =>
    Number(
      (
        await t.dataSource.query(
          'SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1',
          [email],
        )
      )[0].n,
    );

  it('links an existing account by verified e-mail, signs in with the same session cookie, returns to where the person was, and keys the identity by (issuer, subject)', async () => {
    const user = await createUser(t, { roles: [Role.REVIEWER] });
    accounts.set('sub-linked', { email: user.email.toUpperCase(), email_verified: true, name: 'Linked Person' });
    const { location, session } = await signInAs('sub-linked', '/reviews?round=1');
    expect(location).toBe('/reviews?round=1');
    expect(session).toBeDefined();
    const who = await me(session!);
    expect(who).toMatchObject({
      email: user.email,
      roles: ['REVIEWER'],
      identities: [{ issuer: expect.stringContaining('127.0.0.1'), subject: 'sub-linked' }],
    });

    // A second sign-in finds the identity by (issuer, subject), even after the provider's e-mail changes.
    accounts.set('sub-linked', { email: 'changed@elsewhere.example', email_verified: true });
    expect((await me((await signInAs('sub-linked')).session!))?.email).toBe(user.email);
  });

  it('refuses a replayed callback, a state from another browser, a stale sign-in and a wrong nonce, and starts no session', async () => {
    const user = await createUser(t, { roles: [Role.AUDITOR] });
    accounts.set('sub-replay', { email: user.email, email_verified: true });
    const { url, stateCookie } = await begin();
    const back = await atProvider(url, 'sub-replay');
    expect((await callback(back, stateCookie)).session).toBeDefined();
    expect(await callback(back, stateCookie)).toEqual({ location: '/sign-in?error=oidc_state', session: undefined });

    // Wrong state: the cookie of another sign-in (login CSRF), or none at all.
    const other = await begin();
    const mine = await begin();
    const mineBack = await atProvider(mine.url, 'sub-replay');
    expect(await callback(mineBack, other.stateCookie)).toEqual({
      location: '/sign-in?error=oidc_state',
      session: undefined,
    });
    expect(await callback(mineBack, 'abate_oidc_state=')).toEqual({
      location: '/sign-in?error=oidc_state',
      session: undefined,
    });

    // Expired: more than 10 minutes between leaving and coming back.
    const stale = await begin();
    const staleBack = await atProvider(stale.url, 'sub-replay');
    t.clock.set(new Date(Date.now() + 11 * 60_000));
    try {
      expect(await callback(staleBack, stale.stateCookie)).toEqual({
        location: '/sign-in?error=oidc_state',
        session: undefined,
      });
    } finally {
      t.clock.set(new Date());
    }

    // Wrong nonce: the ID token answers a different sign-in than the one stored.
    const noncy = await begin();
    const noncyBack = await atProvider(noncy.url, 'sub-replay');
    await t.dataSource.query(
      `UPDATE oidc_logins SET nonce = 'a-different-nonce-of-enough-length-000000' WHERE used_at IS NULL`,
    );
    expect(await callback(noncyBack, noncy.stateCookie)).toEqual({
      location: '/sign-in?error=oidc_provider',
      session: undefined,
    });
    expect(await sessionsOf(user.email)).toBe(2); // the factory's and the first callback's
  });

  it('does not link or create an account for an unverified e-mail, and refuses a deactivated user', async () => {
    const user = await createUser(t, { roles: [Role.REVIEWER] });
    accounts.set('sub-unverified', { email: user.email, email_verified: false });
    expect(await signInAs('sub-unverified')).toEqual({
      location: '/sign-in?error=oidc_unverified_email',
      session: undefined,
    });
    expect(
      await t.dataSource.query('SELECT 1 FROM external_identities WHERE subject = $1', ['sub-unverified']),
    ).toEqual([]);

    const gone = await createUser(t, { roles: [Role.REVIEWER] });
    const officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    await gql(
      t,
      'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: gone.user.id },
      { token: officer.token },
    );
    accounts.set('sub-gone', { email: gone.email, email_verified: true });
    expect(await signInAs('sub-gone')).toEqual({ location: '/sign-in?error=oidc_deactivated', session: undefined });

    accounts.set('sub-stranger', { email: 'stranger@unclaimed.example', email_verified: true });
    expect(await signInAs('sub-stranger')).toEqual({ location: '/sign-in?error=oidc_no_account', session: undefined });
  });

  it('creates accounts just in time for a domain an organization claims, with roles from mapped groups that follow the groups at each sign-in', async () => {
    const org = await createOrganization(t, { emailDomains: ['durhamcounty.example.gov'] });
    accounts.set('sub-jit', {
      email: 'pat@DurhamCounty.example.gov',
      email_verified: true,
      name: 'Pat Jit',
      groups: ['state-grants-reviewers', 'unmapped-group'],
    });
    const first = await signInAs('sub-jit');
    expect(first.location).toBe('/rounds');
    expect(await me(first.session!)).toMatchObject({
      email: 'pat@durhamcounty.example.gov',
      roles: ['APPLICANT', 'REVIEWER'],
      memberships: [{ organization: { id: org.id } }],
    });

    accounts.set('sub-jit', {
      email: 'pat@durhamcounty.example.gov',
      email_verified: true,
      groups: ['state-grants-officers'],
    });
    expect((await me((await signInAs('sub-jit')).session!))?.roles).toEqual(['APPLICANT', 'PROGRAM_OFFICER']);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE action IN ('user.createFromProvider', 'externalIdentity.link', 'user.rolesFromProvider')`,
    );
    expect(new Set(audit.map((a: { action: string }) => a.action))).toEqual(
      new Set(['user.createFromProvider', 'externalIdentity.link', 'user.rolesFromProvider']),
    );
  });

  it('signs out locally and at the provider (end_session_endpoint with the ID token as hint)', async () => {
    const user = await createUser(t, { roles: [Role.REVIEWER] });
    accounts.set('sub-out', { email: user.email, email_verified: true });
    const { session } = await signInAs('sub-out');
    const res = await t.http().get('/auth/oidc/logout').set('Cookie', session!);
    expect(res.status).toBe(302);
    const to = new URL(res.headers['location'] as string);
    expect(to.origin).toBe(issuer);
    expect(to.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/`);
    expect(await me(session!)).toBeNull();
  });

  it('sends anyone who is not signed in nowhere dangerous: only paths inside the app are places to return to', async () => {
    for (const evil of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const { url } = await begin(evil);
      expect(url).toBeDefined();
    }
    const rows = await t.dataSource.query(`SELECT DISTINCT return_to FROM oidc_logins WHERE return_to NOT LIKE '/r%'`);
    expect(rows).toEqual([{ return_to: '/' }]);
  });
});
