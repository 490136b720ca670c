import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, TestApp, mailedToken as mailedTokenOf } from '@abate/api/testing';
import { createOrganization, createUser, TEST_PASSWORD, TestUser } from '@abate/testing/organizations';
import { MembershipRole, OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';

const INVITE =
  'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email status roles organizationId organizationRole expiresAt } }';
const PREVIEW = 'query($t: String!) { invitation(token: $t) { email name status organizationName roles } }';
const ACCEPT =
  'mutation($t: String!, $p: String) { acceptInvitation(token: $t, password: $p) { token user { email roles } } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';
const ME = '{ me { email roles active memberships { role organization { id } } } }';
const REQUEST_RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';

const unique = () => Math.random().toString(36).slice(2, 10);

describe('invitations, password resets and account administration', () => {
  let t: TestApp;
  let officer: TestUser;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [OrganizationsModule, NotificationsModule],
      env: { PUBLIC_URL: 'https://grants.example.gov' },
    });
    officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER], name: 'Olive Officer' });
  });
  afterAll(() => t.close());

  const mailedToken = (email: string, page: 'invitation' | 'reset-password') =>
    mailedTokenOf(t, email, page, 'https://grants.example.gov');
  const mailCount = async (email: string) =>
    Number(
      (await t.dataSource.query('SELECT count(*) AS n FROM outbox_messages WHERE recipient_email = $1', [email]))[0].n,
    );

  describe('inviteUser and acceptInvitation', () => {
    it('mails a one-time link; reading it changes nothing; accepting creates the account, its membership and a session; a replay is refused', async () => {
      const org = await createOrganization(t);
      const email = `county-${unique()}@example.org`;
      const invited = await gql<{ inviteUser: { id: string; status: string; expiresAt: string } }>(
        t,
        INVITE,
        { i: { email, name: 'Casey County', roles: ['APPLICANT'], organizationId: org.id, organizationRole: 'OWNER' } },
        { token: officer.token },
      );
      expect(invited.errors).toBeUndefined();
      expect(invited.data!.inviteUser.status).toBe('PENDING');
      const days = (Date.parse(invited.data!.inviteUser.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.99);
      expect(days).toBeLessThanOrEqual(7);

      const token = await mailedToken(email, 'invitation');
      const [stored] = await t.dataSource.query('SELECT token_hash FROM invitations WHERE email = $1', [email]);
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.token_hash).not.toContain(token);

      // A mail scanner following the link (and the page showing it) do not use it up.
      for (let i = 0; i < 2; i++) {
        const preview = await gql<{ invitation: { status: string; organizationName: string } }>(t, PREVIEW, {
          t: token,
        });
        expect(preview.data?.invitation).toMatchObject({
          email,
          name: 'Casey County',
          status: 'PENDING',
          organizationName: org.name,
          roles: ['APPLICANT'],
        });
      }
      expect((await t.http().get(`/invitation/${token}`)).status).not.toBe(500);

      const accepted = await gql<{ acceptInvitation: { token: string; user: { email: string } } }>(t, ACCEPT, {
        t: token,
        p: TEST_PASSWORD,
      });
      expect(accepted.errors).toBeUndefined();
      const me = await gql<{
        me: { roles: string[]; memberships: Array<{ role: string; organization: { id: string } }> };
      }>(t, ME, {}, { token: accepted.data!.acceptInvitation.token });
      expect(me.data!.me).toMatchObject({
        email,
        roles: ['APPLICANT'],
        memberships: [{ role: 'OWNER', organization: { id: org.id } }],
      });
      expect((await gql(t, SIGN_IN, { e: email, p: TEST_PASSWORD })).errors).toBeUndefined();

      expect(errorOf(await gql(t, ACCEPT, { t: token, p: 'another password 123' }))).toMatchObject({
        code: 'INVALID_STATE',
      });
      expect(errorOf(await gql(t, PREVIEW, { t: token })).code).toBe('INVALID_STATE');
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE action IN ('invitation.create', 'invitation.accept', 'user.acceptInvitation') ORDER BY occurred_at`,
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(
        expect.arrayContaining(['invitation.create', 'invitation.accept', 'user.acceptInvitation']),
      );
    });

    it('refuses an expired link (7 days), an unknown one and a malformed one', async () => {
      const email = `late-${unique()}@example.org`;
      await gql(t, INVITE, { i: { email, name: 'Late Larkin', roles: ['REVIEWER'] } }, { token: officer.token });
      const token = await mailedToken(email, 'invitation');
      t.clock.set(new Date(Date.now() + 7 * 86_400_000 + 1000));
      try {
        expect(errorOf(await gql(t, ACCEPT, { t: token, p: TEST_PASSWORD }))).toMatchObject({
          code: 'INVALID_STATE',
          message: expect.stringMatching(/expired/),
        });
      } finally {
        t.clock.set(new Date());
      }
      expect(errorOf(await gql(t, ACCEPT, { t: 'A'.repeat(43), p: TEST_PASSWORD })).code).toBe('NOT_FOUND');
      expect(errorOf(await gql(t, ACCEPT, { t: "x' OR 1=1 --", p: TEST_PASSWORD }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'token',
      });
      expect(errorOf(await gql(t, ACCEPT, { t: token, p: 'short' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
      });
    });

    it('lets an owner invite applicants to their own organization only; a contributor, a reviewer and an anonymous caller may not invite', async () => {
      const org = await createOrganization(t);
      const owner = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.OWNER,
      });
      const contributor = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        organizationRole: MembershipRole.CONTRIBUTOR,
      });
      const other = await createOrganization(t);
      const reviewer = await createUser(t, { roles: [Role.REVIEWER] });
      const input = (o: Record<string, unknown> = {}) => ({
        i: {
          email: `team-${unique()}@example.org`,
          name: 'Team Mate',
          roles: ['APPLICANT'],
          organizationId: org.id,
          ...o,
        },
      });

      expect((await gql(t, INVITE, input(), { token: owner.token })).errors).toBeUndefined();
      expect(errorOf(await gql(t, INVITE, input({ organizationId: other.id }), { token: owner.token })).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await gql(t, INVITE, input({ roles: ['PROGRAM_OFFICER'] }), { token: owner.token })).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await gql(t, INVITE, input(), { token: contributor.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, INVITE, input(), { token: reviewer.token })).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(t, INVITE, input())).code).toBe('UNAUTHENTICATED');
      expect(
        errorOf(await gql(t, INVITE, input({ organizationId: undefined }), { token: officer.token })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organizationId' });
      expect(errorOf(await gql(t, INVITE, input({ email: officer.email }), { token: officer.token }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.email',
      });
    });

    it('a revoked invitation, or one replaced by a newer invitation, no longer works', async () => {
      const email = `twice-${unique()}@example.org`;
      const first = await gql<{ inviteUser: { id: string } }>(
        t,
        INVITE,
        { i: { email, name: 'Twice', roles: ['AUDITOR'] } },
        { token: officer.token },
      );
      const firstToken = await mailedToken(email, 'invitation');
      await gql(t, INVITE, { i: { email, name: 'Twice', roles: ['AUDITOR'] } }, { token: officer.token });
      const secondToken = await mailedToken(email, 'invitation');
      expect(errorOf(await gql(t, ACCEPT, { t: firstToken, p: TEST_PASSWORD })).code).toBe('INVALID_STATE');
      const second = (
        await t.dataSource.query('SELECT id FROM invitations WHERE email = $1 AND revoked_at IS NULL', [email])
      )[0].id;
      expect(
        (
          await gql(
            t,
            'mutation($id: ID!) { revokeInvitation(id: $id) { status } }',
            { id: second },
            { token: officer.token },
          )
        ).data,
      ).toEqual({ revokeInvitation: { status: 'REVOKED' } });
      expect(errorOf(await gql(t, ACCEPT, { t: secondToken, p: TEST_PASSWORD })).code).toBe('INVALID_STATE');
      expect(first.data!.inviteUser.id).not.toBe(second);
    });
  });

  describe('requestPasswordReset and resetPassword', () => {
    it('answers the same, no faster, for known and unknown addresses; mails only the known one', async () => {
      const known = await createUser(t, { roles: [Role.REVIEWER] });
      const unknown = `nobody-${unique()}@example.org`;
      const timed = async (email: string) => {
        const started = Date.now();
        const res = await gql(t, REQUEST_RESET, { e: email });
        return { res, ms: Date.now() - started };
      };
      const a = await timed(known.email);
      const b = await timed(unknown);
      expect(a.res.data).toEqual({ requestPasswordReset: true });
      expect(b.res.data).toEqual({ requestPasswordReset: true });
      expect(a.ms).toBeGreaterThanOrEqual(390);
      expect(b.ms).toBeGreaterThanOrEqual(390);
      expect(Math.abs(a.ms - b.ms)).toBeLessThan(300);
      expect(await mailCount(known.email)).toBe(1);
      expect(await mailCount(unknown)).toBe(0);
    });

    it('sets the password once, ends every session, and refuses a replay or an expired link', async () => {
      const user = await createUser(t, { roles: [Role.AUDITOR] });
      const second = (await gql<{ signIn: { token: string } }>(t, SIGN_IN, { e: user.email, p: TEST_PASSWORD })).data!
        .signIn.token;
      await gql(t, REQUEST_RESET, { e: user.email.toUpperCase() });
      const token = await mailedToken(user.email, 'reset-password');
      expect((await gql(t, RESET, { t: token, p: 'a brand new passphrase' })).data).toEqual({ resetPassword: true });
      for (const session of [user.token, second])
        expect((await gql(t, ME, {}, { token: session })).data).toEqual({ me: null });
      expect((await gql(t, SIGN_IN, { e: user.email, p: 'a brand new passphrase' })).errors).toBeUndefined();
      expect(errorOf(await gql(t, SIGN_IN, { e: user.email, p: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await gql(t, RESET, { t: token, p: 'yet another passphrase' })).code).toBe('INVALID_STATE');

      await gql(t, REQUEST_RESET, { e: user.email });
      const late = await mailedToken(user.email, 'reset-password');
      t.clock.set(new Date(Date.now() + 61 * 60_000));
      try {
        expect(errorOf(await gql(t, RESET, { t: late, p: 'yet another passphrase' }))).toMatchObject({
          code: 'INVALID_STATE',
          message: expect.stringMatching(/expired/),
        });
      } finally {
        t.clock.set(new Date());
      }
      const audit = await t.dataSource.query(
        `SELECT after FROM audit_events WHERE action = 'passwordReset.complete' AND entity_id = $1`,
        [user.user.id],
      );
      expect(audit[0].after).toEqual({ sessionsEnded: 2 });
    });

    it('is rate-limited per address (RATE_LIMITED), known or not', async () => {
      for (const email of [`limit-${unique()}@example.org`, (await createUser(t, { roles: [Role.REVIEWER] })).email]) {
        for (let i = 0; i < 3; i++)
          expect((await gql(t, REQUEST_RESET, { e: email })).data).toEqual({ requestPasswordReset: true });
        expect(errorOf(await gql(t, REQUEST_RESET, { e: email })).code).toBe('RATE_LIMITED');
      }
    });
  });

  describe('deactivateUser, reactivateUser, updateUserRoles and users', () => {
    it('ends a deactivated user’s sessions at once and refuses their sign-in until reactivated', async () => {
      const user = await createUser(t, { roles: [Role.REVIEWER], name: `Dana ${unique()}` });
      const res = await gql<{ deactivateUser: { active: boolean } }>(
        t,
        'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
        { id: user.user.id },
        { token: officer.token },
      );
      expect(res.data).toEqual({ deactivateUser: { active: false } });
      expect((await gql(t, ME, {}, { token: user.token })).data).toEqual({ me: null });
      expect(errorOf(await gql(t, SIGN_IN, { e: user.email, p: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
      await gql(
        t,
        'mutation($id: ID!) { reactivateUser(id: $id) { active } }',
        { id: user.user.id },
        { token: officer.token },
      );
      const again = await gql<{ signIn: { token: string } }>(t, SIGN_IN, { e: user.email, p: TEST_PASSWORD });
      expect(again.errors).toBeUndefined();
      expect(
        errorOf(
          await gql(
            t,
            'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
            { id: officer.user.id },
            { token: officer.token },
          ),
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        errorOf(
          await gql(
            t,
            'mutation($id: ID!) { deactivateUser(id: $id) { active } }',
            { id: officer.user.id },
            { token: again.data!.signIn.token },
          ),
        ).code,
      ).toBe('FORBIDDEN');
    });

    it('searches users by name or e-mail, role and organization, and changes roles', async () => {
      const org = await createOrganization(t);
      const tag = unique();
      const member = await createUser(t, {
        roles: [Role.APPLICANT],
        organizationId: org.id,
        name: `Searchable ${tag}`,
      });
      const found = await gql<{ users: { totalCount: number; nodes: Array<{ id: string }> } }>(
        t,
        'query($s: String, $o: ID, $r: Role) { users(search: $s, organizationId: $o, role: $r, first: 10) { totalCount nodes { id } } }',
        { s: tag, o: org.id, r: 'APPLICANT' },
        { token: officer.token },
      );
      expect(found.data!.users).toEqual({ totalCount: 1, nodes: [{ id: member.user.id }] });
      const none = await gql<{ users: { totalCount: number } }>(
        t,
        'query($s: String) { users(search: $s) { totalCount } }',
        { s: '%' + tag + '_x' },
        { token: officer.token },
      );
      expect(none.data!.users.totalCount).toBe(0);
      const changed = await gql(
        t,
        'mutation($id: ID!) { updateUserRoles(id: $id, roles: [APPLICANT, REVIEWER]) { roles } }',
        { id: member.user.id },
        { token: officer.token },
      );
      expect(changed.data).toEqual({ updateUserRoles: { roles: ['APPLICANT', 'REVIEWER'] } });
      expect(errorOf(await gql(t, '{ users { totalCount } }', {}, { token: member.token })).code).toBe('FORBIDDEN');
    });
  });
});
