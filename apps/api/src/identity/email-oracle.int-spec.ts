import { Role } from '@abate/api/core';
import { createTestApp, errorOf, gql, mailedToken as mailedTokenOf, TestApp } from '@abate/api/testing';
import { createOrganization, createUser, TEST_PASSWORD, TestUser } from '@abate/testing/organizations';
import { MembershipRole, OrganizationsModule } from '@abate/api/organizations';
import { NotificationsModule } from '@abate/api/notifications';

const INVITE =
  'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email name status roles organizationId organizationRole createdAt expiresAt acceptedAt } }';
const INVITATIONS =
  'query($o: ID) { invitations(organizationId: $o, first: 50) { nodes { email status roles organizationRole acceptedAt } } }';
const PREVIEW = 'query($t: String!) { invitation(token: $t) { email existingAccount organizationName } }';
const ACCEPT =
  'mutation($t: String!, $p: String) { acceptInvitation(token: $t, password: $p) { token user { email roles } } }';
const ME = '{ me { email roles memberships { role organization { id } } } }';
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }';

const unique = () => Math.random().toString(36).slice(2, 10);

interface Mail {
  subject: string;
  body: string;
}

/**
 * #14 "an organization owner can learn whether any e-mail has an account": the owner adds
 * people only by invitation, and the answer, the stored invitation, its listing and the mail
 * sent are the same for an address with an account and one without. The person behind an
 * existing account joins the organization by accepting with their password.
 */
describe('no e-mail existence oracle for organization owners', () => {
  let t: TestApp;
  let owner: TestUser;
  let organizationId: string;
  beforeAll(async () => {
    t = await createTestApp({
      imports: [OrganizationsModule, NotificationsModule],
      env: { PUBLIC_URL: 'https://grants.example.gov' },
    });
    const org = await createOrganization(t);
    organizationId = org.id;
    owner = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId,
      organizationRole: MembershipRole.OWNER,
      name: 'Oona Owner',
    });
  });
  afterAll(() => t.close());

  const mailedToken = (email: string) => mailedTokenOf(t, email, 'invitation', 'https://grants.example.gov');
  const mailsTo = async (email: string): Promise<Mail[]> =>
    t.dataSource.query('SELECT subject, body FROM outbox_messages WHERE recipient_email = $1 ORDER BY created_at', [
      email,
    ]);
  /** What differs between two invitations by design: ids, addresses, times and the link's token. */
  const neutral = (value: unknown, email: string): string =>
    JSON.stringify(value)
      .split(email)
      .join('<email>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
      .replace(/\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT/g, '<time>')
      .replace(/\/invitation\/[A-Za-z0-9_-]+/g, '/invitation/<token>');

  /** The owner's answer as a client sees it: HTTP status, data and errors (headers differ only by the address's length). */
  const ownerInvites = async (email: string) => {
    const { status, data, errors } = await gql(
      t,
      INVITE,
      { i: { email, name: 'Pat Person', roles: ['APPLICANT'], organizationId } },
      { token: owner.token },
    );
    return { status, data, errors };
  };

  it('gives the owner the same answer, listing and mail for an address with an account and one without', async () => {
    const known = await createUser(t, { roles: [Role.REVIEWER], email: `known-${unique()}@example.org` });
    const unknown = `unknown-${unique()}@example.org`;

    const forKnown = await ownerInvites(known.email);
    const forUnknown = await ownerInvites(unknown);
    expect(forKnown.errors).toBeUndefined();
    expect(forUnknown.errors).toBeUndefined();
    expect(neutral(forKnown, known.email)).toBe(neutral(forUnknown, unknown));

    // Both mails went out, alike but for the address and the link.
    const [knownMails, unknownMails] = [await mailsTo(known.email), await mailsTo(unknown)];
    expect(knownMails).toHaveLength(1);
    expect(unknownMails).toHaveLength(1);
    expect(neutral(knownMails[0], known.email)).toBe(neutral(unknownMails[0], unknown));

    // The owner's list of invitations shows both the same way.
    const list = await gql<{ invitations: { nodes: Array<{ email: string }> } }>(
      t,
      INVITATIONS,
      { o: organizationId },
      { token: owner.token },
    );
    const row = (email: string) => list.data!.invitations.nodes.find((n) => n.email === email);
    expect(neutral(row(known.email), known.email)).toBe(neutral(row(unknown), unknown));

    // And createUser, whose "already exists" would tell, is closed to owners.
    for (const email of [known.email, `other-${unique()}@example.org`]) {
      const created = await gql(
        t,
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        { i: { email, name: 'Pat', password: TEST_PASSWORD, roles: ['APPLICANT'], organizationId } },
        { token: owner.token },
      );
      expect(errorOf(created).code).toBe('FORBIDDEN');
    }
  });

  it('gives the same answer for a deactivated account, whose link then cannot be used', async () => {
    const officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    const gone = await createUser(t, {
      roles: [Role.APPLICANT],
      organizationId,
      email: `gone-${unique()}@example.org`,
    });
    await gql(
      t,
      'mutation($id: ID!) { deactivateUser(id: $id) { id } }',
      { id: gone.user.id },
      { token: officer.token },
    );
    const unknown = `unknown-${unique()}@example.org`;
    expect(neutral(await ownerInvites(gone.email), gone.email)).toBe(neutral(await ownerInvites(unknown), unknown));
    const token = await mailedToken(gone.email);
    expect(errorOf(await gql(t, ACCEPT, { t: token, p: TEST_PASSWORD }))).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringMatching(/deactivated/),
    });
  });

  it('lets the person behind an existing account join with its password; the invitation creates no second account', async () => {
    const known = await createUser(t, { roles: [Role.REVIEWER], email: `joiner-${unique()}@example.org` });
    await ownerInvites(known.email);
    const token = await mailedToken(known.email);

    // The link's holder (not the owner) learns that the address has an account.
    const preview = await gql<{ invitation: { existingAccount: boolean } }>(t, PREVIEW, { t: token });
    expect(preview.data!.invitation.existingAccount).toBe(true);

    expect(errorOf(await gql(t, ACCEPT, { t: token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await gql(t, ACCEPT, { t: token, p: 'not the password at all' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const accepted = await gql<{ acceptInvitation: { token: string; user: { roles: string[] } } }>(t, ACCEPT, {
      t: token,
      p: TEST_PASSWORD,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user.roles).toEqual(['APPLICANT', 'REVIEWER']);
    const me = await gql<{ me: { memberships: Array<{ role: string; organization: { id: string } }> } }>(
      t,
      ME,
      {},
      { token: accepted.data!.acceptInvitation.token },
    );
    expect(me.data!.me.memberships).toEqual([{ role: 'CONTRIBUTOR', organization: { id: organizationId } }]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [known.email]);
    expect(n).toBe(1);
    // The password stays the account's own.
    expect((await gql(t, SIGN_IN, { e: known.email, p: TEST_PASSWORD })).errors).toBeUndefined();
    // Used once.
    expect(errorOf(await gql(t, ACCEPT, { t: token, p: TEST_PASSWORD })).code).toBe('INVALID_STATE');
    const [audit] = await t.dataSource.query(
      `SELECT actor_id FROM audit_events WHERE action = 'user.joinByInvitation' AND entity_id = $1`,
      [known.user.id],
    );
    expect(audit.actor_id).toBe(known.user.id);
  });

  it('lets a signed-in account join without typing its password, and no one else', async () => {
    const known = await createUser(t, { roles: [Role.REVIEWER], email: `signed-${unique()}@example.org` });
    const stranger = await createUser(t, { roles: [Role.REVIEWER] });
    await ownerInvites(known.email);
    const token = await mailedToken(known.email);
    // Signed in as someone else: the password is still needed.
    expect(errorOf(await gql(t, ACCEPT, { t: token }, { token: stranger.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const accepted = await gql(t, ACCEPT, { t: token }, { token: known.token });
    expect(accepted.errors).toBeUndefined();
  });

  it('still tells an officer, who reads every account anyway', async () => {
    const officer = await createUser(t, { roles: [Role.PROGRAM_OFFICER] });
    const known = await createUser(t, { roles: [Role.REVIEWER] });
    expect(
      errorOf(
        await gql(t, INVITE, { i: { email: known.email, name: 'K', roles: ['REVIEWER'] } }, { token: officer.token }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });
});
