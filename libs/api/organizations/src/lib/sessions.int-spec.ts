import { createTestApp, errorOf, gql, TestApp } from '@abate/api/testing';
import { createUser, TEST_PASSWORD } from '../testing';
import { Role } from '@abate/api/core';
import { OrganizationsModule } from './organizations.module';

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token expiresAt user { email roles } } }';
const ME = '{ me { email name roles memberships { role organization { name } } } }';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [OrganizationsModule], env: { SIGNIN_MAX_FAILURES_PER_EMAIL: '3', SESSION_TTL_HOURS: '8' } });
  });
  afterAll(() => t.close());

  it('returns a bearer token and sets an httpOnly, SameSite=Lax session cookie that both authenticate', async () => {
    const { email } = await createUser(t, { roles: [Role.PROGRAM_OFFICER], name: 'Pat Rivera' });
    const res = await gql<{ signIn: { token: string; expiresAt: string; user: { roles: string[] } } }>(t, SIGN_IN, { e: email.toUpperCase(), p: TEST_PASSWORD });
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
    const [row] = await t.dataSource.query('SELECT u.password_hash, s.token_hash FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.id = $1', [user.id]);
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
    for (let i = 0; i < 3; i++) expect(errorOf(await gql(t, SIGN_IN, { e: email, p: 'wrong password ' + i })).code).toBe('UNAUTHENTICATED');
    const limited = await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD });
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    const other = await createUser(t);
    expect((await gql(t, SIGN_IN, { e: other.email, p: TEST_PASSWORD })).data).not.toBeNull();
  });

  it('rate-limits repeated failures from one address across different emails', async () => {
    const strict = await createTestApp({ imports: [OrganizationsModule], env: { SIGNIN_MAX_FAILURES_PER_ADDRESS: '2' } });
    try {
      const { email } = await createUser(strict);
      expect(errorOf(await gql(strict, SIGN_IN, { e: 'first@example.org', p: 'guess one guess' })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await gql(strict, SIGN_IN, { e: 'second@example.org', p: 'guess two guess' })).code).toBe('UNAUTHENTICATED');
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

  it('an expired session is anonymous', async () => {
    const { token, user } = await createUser(t);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await gql(t, ME, {}, { token })).data).toEqual({ me: null });
  });

  it('changePassword checks the current password, ends the other sessions and keeps this one', async () => {
    const { token, email } = await createUser(t);
    const other = (await gql<{ signIn: { token: string } }>(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).data!.signIn.token;
    const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

    expect(errorOf(await gql(t, CHANGE, { c: 'not my password', n: 'a brand new password' }, { token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(errorOf(await gql(t, CHANGE, { c: TEST_PASSWORD, n: 'short' }, { token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await gql(t, CHANGE, { c: TEST_PASSWORD, n: 'a brand new password' }, { token })).data).toEqual({ changePassword: true });

    expect((await gql(t, ME, {}, { token })).data?.me).not.toBeNull();
    expect((await gql(t, ME, {}, { token: other })).data).toEqual({ me: null });
    expect(errorOf(await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
    expect((await gql(t, SIGN_IN, { e: email, p: 'a brand new password' })).data).not.toBeNull();
  });
});
