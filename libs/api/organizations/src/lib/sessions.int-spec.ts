import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TEST_PASSWORD } from '../testing';
import { Role } from '@abate/api/core';
import { OrganizationsModule } from './organizations.module';

const SIGN_IN =
  'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token expiresAt user { email roles } } }';
const ME = '{ me { email name roles memberships { role organization { name } } } }';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [OrganizationsModule],
      env: { SIGNIN_MAX_FAILURES_PER_EMAIL: '3', SESSION_TTL_HOURS: '8' },
    });
  });
  afterAll(() => t.close());

  it('returns a bearer token and sets an httpOnly, SameSite=Lax session cookie that both authenticate', async () => {
    const { email } = await createUser(t, { roles: [Role.PROGRAM_OFFICER], name: 'Pat Rivera' });
    const res = await gql<{ signIn: { token: string; expiresAt: string; user: { roles: string[] } } }>(t, SIGN_IN, {
      e: email.toUpperCase(),
      p: TEST_PASSWORD,
    });
    expect(res.data?.signIn.user.roles).toEqual(['PROGRAM_OFFICER']);
    const hours = (Date.parse(res.data!.signIn.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);

    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('abate_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const byToken = await gql(t, ME, {}, { token: res.data!.signIn.token });
    expect(byToken.data).toEqual({ me: { email, name: 'Pat Rivera', roles: ['PROGRAM_OFFICER'], memberships: [] } });
    const byCookie = await gql(t, ME, {}, { cookie: cookie!.split(';')[0] });
    expect(byCookie.data).toEqual(byToken.data);
  });

  it('stores sessions as token hashes and passwords as argon2id hashes', async () => {
    const { user, token } = await createUser(t);
    const [row] = await t.dataSource.query(
      'SELECT u.password_hash, s.token_hash FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.id = $1',
      [user.id],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const { email } = await createUser(t);
    const wrong = await gql(t, SIGN_IN, { e: email, p: 'not the password at all' });
    const unknown = await gql(t, SIGN_IN, { e: 'nobody-here@example.org', p: 'not the password at all' });
    expect(errorOf(wrong)).toEqual({ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect' });
    expect(errorOf(unknown)).toEqual(errorOf(wrong));
    expect(wrong.data).toBeNull();
  });

  it('rate-limits repeated failures for one email, even when the right password finally comes', async () => {
    const { email } = await createUser(t);
    for (let i = 0; i < 3; i++)
      expect(errorOf(await gql(t, SIGN_IN, { e: email, p: 'wrong password ' + i })).code).toBe('UNAUTHENTICATED');
    const limited = await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD });
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    const other = await createUser(t);
    expect((await gql(t, SIGN_IN, { e: other.email, p: TEST_PASSWORD })).data).not.toBeNull();
  });

  it('rate-limits repeated failures from one address across different emails', async () => {
    const strict = await createTestApp({
      imports: [OrganizationsModule],
      env: { SIGNIN_MAX_FAILURES_PER_ADDRESS: '2' },
    });
    try {
      const { email } = await createUser(strict);
      expect(errorOf(await gql(strict, SIGN_IN, { e: 'first@example.org', p: 'guess one guess' })).code).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorOf(await gql(strict, SIGN_IN, { e: 'second@example.org', p: 'guess two guess' })).code).toBe(
        'UNAUTHENTICATED',
      );
      expect(errorOf(await gql(strict, SIGN_IN, { e: email, p: TEST_PASSWORD })).code).toBe('RATE_LIMITED');
    } finally {
      await strict.close();
    }
  });

  it('signOut revokes the session for every later request', async () => {
    const { token } = await createUser(t);
    expect((await gql(t, ME, {}, { token })).data?.me).not.toBeNull();
    expect((await gql(t, 'mutation { signOut }', {}, { token })).data).toEqual({ signOut: true });
    expect((await gql(t, ME, {}, { token })).data).toEqual({ me: null });
    expect(errorOf(await gql(t, '{ organizations { totalCount } }', {}, { token })).code).toBe('UNAUTHENTICATED');
  });

  it('a session is its user with every role while open, and anonymous once the user is inactive', async () => {
    const { token, user } = await createUser(t, { roles: [Role.PROGRAM_OFFICER, Role.AUDITOR] });
    const me = await gql<{ me: { email: string; roles: string[] } }>(t, ME, {}, { token });
    expect(me.data?.me).toMatchObject({ email: user.email, roles: [Role.PROGRAM_OFFICER, Role.AUDITOR] });
    // Inactive without its sessions revoked (deactivateUser also ends them): still refused.
    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expect((await gql(t, ME, {}, { token })).data).toEqual({ me: null });
  });

  it('an expired session is anonymous', async () => {
    const { token, user } = await createUser(t);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await gql(t, ME, {}, { token })).data).toEqual({ me: null });
  });

  it('changePassword checks the current password, ends the other sessions and keeps this one', async () => {
    const { token, email } = await createUser(t);
    const other = (await gql<{ signIn: { token: string } }>(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).data!.signIn
      .token;
    const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    expect(errorOf(await gql(t, CHANGE, { c: 'not my password', n: 'a brand new password' }, { token }))).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'currentPassword' },
    );
    expect(errorOf(await gql(t, CHANGE, { c: TEST_PASSWORD, n: 'short' }, { token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect((await gql(t, CHANGE, { c: TEST_PASSWORD, n: 'a brand new password' }, { token })).data).toEqual({
      changePassword: true,
    });

    expect((await gql(t, ME, {}, { token })).data?.me).not.toBeNull();
    expect((await gql(t, ME, {}, { token: other })).data).toEqual({ me: null });
    expect(errorOf(await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
    expect((await gql(t, SIGN_IN, { e: email, p: 'a brand new password' })).data).not.toBeNull();
  });

  describe('throttles that hold under concurrency', () => {
    const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    it('of 12 concurrent wrong passwords for one email, no more than the limit (3) reach the password check', async () => {
      const { email } = await createUser(t);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => gql(t, SIGN_IN, { e: email, p: `concurrent guess ${i}` })),
      );
      const codes = results.map((r) => errorOf(r).code);
      expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
      expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(9);
      // The stored failures are the checked passwords, not the throttled ones.
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM sign_in_attempts WHERE email = $1 AND NOT succeeded',
        [email],
      );
      expect(n).toBe(codes.filter((c) => c === 'UNAUTHENTICATED').length);
    });

    it('a throttled email signs in again once its failures leave the window', async () => {
      const { email } = await createUser(t);
      for (let i = 0; i < 3; i++) await gql(t, SIGN_IN, { e: email, p: 'wrong password ' + i });
      expect(errorOf(await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).code).toBe('RATE_LIMITED');
      await t.dataSource.query(
        "UPDATE sign_in_attempts SET attempted_at = now() - interval '16 minutes' WHERE email = $1",
        [email],
      );
      expect((await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).data).not.toBeNull();
    });

    it('throttles wrong current passwords on changePassword (sequential and concurrent), on the same counter as sign-in', async () => {
      const { token, email } = await createUser(t);
      for (let i = 0; i < 3; i++) {
        expect(
          errorOf(await gql(t, CHANGE, { c: 'guessed password ' + i, n: 'a brand new password' }, { token })),
        ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
      }
      expect(errorOf(await gql(t, CHANGE, { c: TEST_PASSWORD, n: 'a brand new password' }, { token })).code).toBe(
        'RATE_LIMITED',
      );
      expect(errorOf(await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).code).toBe('RATE_LIMITED');

      const other = await createUser(t);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          gql(t, CHANGE, { c: 'concurrent guess ' + i, n: 'a brand new password' }, { token: other.token }),
        ),
      );
      expect(results.filter((r) => errorOf(r).code === 'BAD_USER_INPUT').length).toBeLessThanOrEqual(3);
      // A right current password still works for a user under the limit, and clears nothing it should not.
      const third = await createUser(t);
      expect(
        (await gql(t, CHANGE, { c: TEST_PASSWORD, n: 'a brand new password' }, { token: third.token })).data,
      ).toEqual({ changePassword: true });
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM sign_in_attempts WHERE email = $1 AND NOT succeeded',
        [third.email],
      );
      expect(n).toBe(0);
    });
  });

  describe('client addresses behind proxies (TRUST_PROXY)', () => {
    const signInFrom = (app: TestApp, forwardedFor: string, email: string, password: string) =>
      app
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', forwardedFor)
        .send({ query: SIGN_IN, variables: { e: email, p: password } });

    it('with one trusted hop, a forged X-Forwarded-For neither escapes the per-address limit nor reaches the audit trail', async () => {
      const app = await createTestApp({
        imports: [OrganizationsModule],
        env: { TRUST_PROXY: '1', SIGNIN_MAX_FAILURES_PER_ADDRESS: '2' },
      });
      try {
        // The balancer appends the address it saw (198.51.100.7); the client forged the rest.
        expect(
          (await signInFrom(app, '203.0.113.1, 198.51.100.7', 'a@example.org', 'guess one guess')).body.errors[0]
            .extensions.code,
        ).toBe('UNAUTHENTICATED');
        expect(
          (await signInFrom(app, '203.0.113.2, 198.51.100.7', 'b@example.org', 'guess two guess')).body.errors[0]
            .extensions.code,
        ).toBe('UNAUTHENTICATED');
        expect(
          (await signInFrom(app, '203.0.113.3, 198.51.100.7', 'c@example.org', 'guess three guess')).body.errors[0]
            .extensions.code,
        ).toBe('RATE_LIMITED');
        const ips = await app.dataSource.query('SELECT DISTINCT ip FROM sign_in_attempts');
        expect(ips).toEqual([{ ip: '198.51.100.7' }]);

        const { email } = await createUser(app);
        const ok = await signInFrom(app, '203.0.113.66, 192.0.2.44', email, TEST_PASSWORD);
        expect(ok.body.data.signIn.user.email).toBe(email);
        const [event] = await app.dataSource.query(
          "SELECT ip FROM audit_events WHERE action = 'session.signIn' ORDER BY occurred_at DESC LIMIT 1",
        );
        expect(event.ip).toBe('192.0.2.44');
      } finally {
        await app.close();
      }
    });

    it('with a list of trusted proxy addresses, the first untrusted address from the right is the client', async () => {
      const app = await createTestApp({ imports: [OrganizationsModule], env: { TRUST_PROXY: 'loopback, 10.0.0.0/8' } });
      try {
        await signInFrom(app, '203.0.113.9, 198.51.100.8, 10.1.2.3', 'd@example.org', 'a wrong password');
        expect(await app.dataSource.query('SELECT DISTINCT ip FROM sign_in_attempts')).toEqual([
          { ip: '198.51.100.8' },
        ]);
      } finally {
        await app.close();
      }
    });

    it('by default no X-Forwarded-For is believed', async () => {
      await signInFrom(t, '203.0.113.10', 'e@example.org', 'a wrong password');
      const rows = await t.dataSource.query("SELECT ip FROM sign_in_attempts WHERE email = 'e@example.org'");
      expect(rows).toHaveLength(1);
      expect(rows[0].ip).not.toBe('203.0.113.10');
      expect(rows[0].ip).toMatch(/127\.0\.0\.1|::1/);
    });
  });
});
