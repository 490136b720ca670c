import { describeProblems, seriousViolations } from './support/accessibility';
import { expectPath, expectVisible, useBrowser } from './support/browser';
import { heading } from './support/pages';

/**
 * Sign-in through the state's identity provider: a real oidc-provider on loopback
 * (support/oidc-provider.mjs, started by global-setup), its own login and consent pages,
 * the authorization code with PKCE back to Abate, which links the verified e-mail to the
 * existing account and returns the person to where they started.
 */
describe('sign-in through the identity provider', () => {
  const browser = useBrowser('oidc-sign-in');
  const issuer = process.env.ABATE_E2E_OIDC_ISSUER!;

  it('a reviewer signs in with their state account and comes back to the page they asked for', async () => {
    const { page } = browser;
    // The provider's development pages ask for a web font and a favicon it does not have; no internet here.
    await page.route('https://fonts.googleapis.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
    );
    await page.route(`${issuer}/favicon.ico`, (route) => route.fulfill({ status: 204, body: '' }));
    await page.goto('/sign-in?returnTo=%2Freviews');
    await expectVisible(heading(page, 'Sign in'));
    const button = page.getByRole('link', { name: 'Sign in with your state account' });
    await expectVisible(button);
    expect(describeProblems(await seriousViolations(page, 'sign-in with provider'))).toBe('');
    await browser.screenshot('sign-in');

    await button.click();
    // The provider's own pages (not Abate's): its login form, then its consent.
    // The API first reads the provider's discovery document; the provider's first page renders slowly on a busy machine.
    await page.waitForURL((url) => url.origin === issuer, { waitUntil: 'commit', timeout: 45_000 });
    await page.locator('input[name="login"]').waitFor({ timeout: 45_000 });
    await browser.screenshot('provider-login');
    await page.locator('input[name="login"]').fill('jordan.lee');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    const consent = page.getByRole('button', { name: 'Continue' });
    await Promise.race([
      consent.waitFor({ timeout: 45_000 }),
      page.waitForURL((url) => url.origin !== issuer, { waitUntil: 'commit', timeout: 45_000 }),
    ]);
    if (new URL(page.url()).origin === issuer) await consent.click();

    await expectPath(page, '/reviews');
    await expectVisible(page.getByRole('banner').getByText('Jordan Lee · Reviewer', { exact: true }));
    expect(describeProblems(await seriousViolations(page, 'signed in through the provider'))).toBe('');
    await browser.screenshot('signed-in');

    // The session is Abate's own: the API knows who this is.
    const me = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { email identities { issuer } } }' }),
      });
      return ((await res.json()) as { data: { me: { email: string; identities: Array<{ issuer: string }> } } }).data.me;
    });
    expect(me.email).toBe('reviewer3@abate.test');
    expect(me.identities.map((i) => i.issuer)).toEqual([issuer]);
  }, 180_000);
});
