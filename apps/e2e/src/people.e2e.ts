import { Agent } from 'node:http';
import { describeProblems, seriousViolations } from './support/accessibility';
import { baseUrl, expectPath, expectVisible, useBrowser } from './support/browser';
import { demoPassword, demoUser } from './support/demo-users';
import { postGraphQL } from './support/http';
import { heading, signIn, submitSignIn } from './support/pages';

/**
 * People and access in a browser: an officer invites a county user on the people page, who
 * opens the mailed link (read from the stored outbox), accepts with a click and a password,
 * and signs in; the officer changes roles, deactivates and reactivates an account, and
 * claims an organization's e-mail domain; an owner's team page; the forgot-password and
 * refused-provider pages; axe-core on every page and dialog.
 */
describe('people and access', () => {
  const browser = useBrowser('people');
  const agent = new Agent({ keepAlive: false });
  afterAll(() => agent.destroy());

  const officerToken = async () => {
    const officer = demoUser('PROGRAM_OFFICER');
    const res = await postGraphQL<{ signIn: { token: string } }>(
      agent,
      baseUrl,
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: officer.email, p: demoPassword },
    );
    return res.data!.signIn.token;
  };

  const expectAccessible = async (name: string) => {
    const problems = await seriousViolations(browser.page, name);
    expect(describeProblems(problems)).toBe(describeProblems([]));
  };

  const graphQL = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await postGraphQL<T>(agent, baseUrl, query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  const mailedLink = async (email: string) => {
    const mail = await graphQL<{ outboxMessages: { nodes: Array<{ body: string }> } }>(
      'query($r: String) { outboxMessages(recipient: $r, first: 1) { nodes { body } } }',
      { r: email },
      await officerToken(),
    );
    return /\/invitation\/[A-Za-z0-9_-]+/.exec(mail.outboxMessages.nodes[0].body)![0];
  };

  it('the officer invites a county user on the people page, who accepts through the mailed link and signs in', async () => {
    const { page, context } = browser;
    const email = `casey-${Date.now()}@alamance.example.gov`;
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/admin/users');
    await expectVisible(heading(page, 'People'));
    await expectAccessible('people');
    await browser.screenshot('admin-users');

    await page.getByRole('button', { name: 'Invite a person' }).click();
    const form = page.getByRole('form', { name: 'Invite a person' });
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByText('Enter the person’s name').first());
    await expectAccessible('invite form with errors');
    await form.getByLabel('Name', { exact: true }).fill('Casey Alamance');
    await form.getByLabel('E-mail address').fill(email);
    await form.getByText('Applicant', { exact: true }).click();
    const county = form.getByLabel('Organization', { exact: true });
    const alamance = await county.locator('option', { hasText: 'Alamance' }).first().getAttribute('value');
    await county.selectOption(alamance!);
    await form.getByLabel(/^Place in/).selectOption('CONTRIBUTOR');
    await expectAccessible('invite form filled in');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByText(`Invitation sent to ${email}.`));
    await browser.screenshot('admin-users-invited');

    const link = await mailedLink(email);
    await context.clearCookies();
    await page.goto(link);
    await expectVisible(heading(page, 'Accept your invitation'));
    await expectVisible(page.getByText('Alamance', { exact: false }).first());
    await expectAccessible('accept invitation');
    await browser.screenshot('accept-invitation');
    await page.getByLabel('Choose a password (at least 12 characters)').fill('casey county password');
    await page.getByLabel('Type it again').fill('casey county password');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expectPath(page, '/');
    await expectVisible(page.getByRole('banner').getByText('Casey Alamance', { exact: false }));

    // The link worked once.
    await page.goto(link);
    await expectVisible(page.getByRole('heading', { name: 'This invitation cannot be used' }));

    // And the new account signs in with its password.
    await context.clearCookies();
    await submitSignIn(page, email, 'casey county password');
    await expectVisible(heading(page, 'Welcome, Casey Alamance'));
  }, 180_000);

  it('the officer deactivates someone (whose session ends at once) and reactivates them; finds and edits an organization', async () => {
    const { page } = browser;
    const token = await officerToken();
    const email = `dana-${Date.now()}@example.gov`;
    const name = `Dana Deactivated ${Date.now().toString(36)}`;
    await graphQL(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, name, password: 'dana reviewer password', roles: ['REVIEWER'] } },
      token,
    );
    const dana = await graphQL<{ signIn: { token: string } }>(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      { e: email, p: 'dana reviewer password' },
    );

    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/admin/users');
    await page.getByLabel('Name or e-mail').fill(name);
    await page.getByRole('button', { name: 'Find people' }).click();
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expectVisible(row.getByText('Active', { exact: true }));

    await row.getByRole('button', { name: `Change roles of ${name}` }).click();
    const rolesDialog = page.getByRole('dialog', { name: `Roles of ${name}` });
    // The USWDS modal's wrapper has no box of its own: wait for what it shows.
    await expectVisible(rolesDialog.getByRole('heading', { name: `Roles of ${name}` }));
    await expectAccessible('change roles dialog');
    await rolesDialog.getByText('Auditor', { exact: true }).click();
    await rolesDialog.getByRole('button', { name: 'Save roles' }).click();
    await expectVisible(page.getByText(`${name}’s roles are now: Reviewer, Auditor.`));

    await row.getByRole('button', { name: `Deactivate ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Deactivate ${name}?` });
    await expectVisible(dialog.getByText('signed out everywhere at once', { exact: false }));
    await expectAccessible('deactivate dialog');
    await browser.screenshot('admin-users-deactivate');
    await dialog.getByRole('button', { name: 'Deactivate account' }).click();
    await expectVisible(page.getByText(`${name} is deactivated`, { exact: false }));
    await expectVisible(row.getByText('Deactivated', { exact: true }));
    await expectAccessible('people with a deactivated account');
    // Dana's open session ended with it.
    const me = await postGraphQL<{ me: unknown }>(agent, baseUrl, '{ me { id } }', {}, dana.signIn.token);
    expect(me.data?.me ?? null).toBeNull();

    await row.getByRole('button', { name: `Reactivate ${name}` }).click();
    await expectVisible(page.getByText(`${name} is active again`, { exact: false }));
    await expectVisible(row.getByText('Active', { exact: true }));

    // Organizations: search, open one, claim an e-mail domain and give it up again.
    await page.goto('/admin/organizations');
    await expectVisible(heading(page, 'Organizations'));
    await expectAccessible('organizations');
    await page.getByRole('searchbox', { name: 'Search organizations' }).fill('Alamance');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectVisible(page.getByText(/match(es)? “Alamance”/));
    await page
      .getByRole('link', { name: /Alamance/ })
      .first()
      .click();
    await expectVisible(page.getByRole('heading', { level: 2, name: 'Members' }));
    const domain = `e2e-${Date.now()}.example.gov`;
    await page.getByLabel('Add a domain').fill('someone@');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await expectVisible(page.getByText('Enter only the part after the @', { exact: false }).first());
    await page.getByLabel('Add a domain').fill(domain);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await expectVisible(page.getByText(`${domain} added.`));
    await expectAccessible('organization');
    await browser.screenshot('admin-organization');
    await page.getByRole('button', { name: `Remove ${domain}` }).click();
    await expectVisible(page.getByText(`${domain} removed.`));
  }, 180_000);

  it('an organization owner manages their team; others are not allowed on the administration pages', async () => {
    const { page } = browser;
    const owner = demoUser('APPLICANT');
    await signIn(page, owner);
    await page.goto('/admin/users');
    await expectVisible(page.getByText('You are not allowed to use this page', { exact: false }));
    await expectAccessible('not allowed');

    await page.goto('/team');
    await expectVisible(heading(page, 'Your team'));
    await expectVisible(page.getByRole('cell', { name: owner.email }));
    await expectAccessible('your team');
    const email = `colleague-${Date.now()}@example.gov`;
    const form = page.getByRole('form', { name: 'Invite a person' });
    await form.getByLabel('Name', { exact: true }).fill('Cole League');
    await form.getByLabel('E-mail address').fill(email);
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await expectVisible(page.getByText(`Invitation sent to ${email}.`));
    const invitation = page.getByRole('row', { name: new RegExp(email) });
    await expectVisible(invitation);
    await browser.screenshot('team');
    await invitation.getByRole('button', { name: `Withdraw the invitation to ${email}` }).click();
    await expectVisible(page.getByText(`The invitation to ${email} was withdrawn.`));
    await expectAccessible('your team after withdrawing');
  }, 120_000);

  it('asks for a reset link with the same answer for any address, and explains a refused provider sign-in', async () => {
    const { page } = browser;
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expectVisible(heading(page, 'Reset your password'));
    await expectAccessible('forgot password');
    await page.getByLabel('Email address').fill('nobody@nowhere.example');
    await page.getByRole('button', { name: 'Send me a reset link' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Check your email' }));
    await browser.screenshot('reset-requested');

    await page.goto('/sign-in?error=oidc_no_account');
    await expectVisible(page.getByText('There is no Abate account for you yet', { exact: false }));
    await expectAccessible('sign-in refused by provider');
  });
});
