import { Agent } from 'node:http';
import { describeProblems, seriousViolations } from './support/accessibility';
import { baseUrl, expectPath, expectVisible, useBrowser } from './support/browser';
import { demoPassword, demoUser } from './support/demo-users';
import { postGraphQL } from './support/http';
import { heading } from './support/pages';

/**
 * People and access in a browser: an officer invites a county user, who opens the mailed
 * link (read from the stored outbox), accepts with a click and a password, and is signed
 * in; the forgot-password and refused-provider pages; axe-core on every page.
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

  it('the officer invites a county user, who accepts through the mailed link and is signed in', async () => {
    const token = await officerToken();
    const orgs = await postGraphQL<{ organizations: { nodes: Array<{ id: string; name: string }> } }>(
      agent,
      baseUrl,
      '{ organizations(first: 100) { nodes { id name } } }',
      {},
      token,
    );
    const county = orgs.data!.organizations.nodes.find((o) => o.name.startsWith('Alamance'))!;
    const email = `casey-${Date.now()}@alamance.example.gov`;
    const invited = await postGraphQL(
      agent,
      baseUrl,
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
      { i: { email, name: 'Casey Alamance', roles: ['APPLICANT'], organizationId: county.id } },
      token,
    );
    expect(invited.errors).toBeUndefined();
    const mail = await postGraphQL<{ outboxMessages: { nodes: Array<{ body: string }> } }>(
      agent,
      baseUrl,
      'query($r: String) { outboxMessages(recipient: $r, first: 1) { nodes { body } } }',
      { r: email },
      token,
    );
    const link = /\/invitation\/[A-Za-z0-9_-]+/.exec(mail.data!.outboxMessages.nodes[0].body)![0];

    const { page } = browser;
    await page.goto(link);
    await expectVisible(heading(page, 'Accept your invitation'));
    await expectVisible(page.getByText(county.name, { exact: false }));
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
  });

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
