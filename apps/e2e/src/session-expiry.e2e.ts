import type { Page } from 'playwright-core';
import { describeProblems, seriousViolations } from './support/accessibility';
import { expectPath, expectVisible, useBrowser } from './support/browser';
import { demoPassword, demoUser } from './support/demo-users';
import { heading, signIn, signInForm } from './support/pages';

const MINUTE = 60_000;

/**
 * The session-expiry warning. The browser's clock is Playwright's (moved, never waited for);
 * the session's expiry is the API's `me.sessionExpiresAt`, answered as if it were four
 * minutes away (the real one is SESSION_TTL_HOURS ahead) until "Stay signed in" asks the API
 * for a new one.
 */
describe('session expiry', () => {
  const browser = useBrowser('session-expiry');

  /** Answers the CurrentUser query with an expiry `inMs` from the page's clock while `active()`. */
  const expiringSoon = async (page: Page, inMs: number, active: () => boolean) => {
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!active() || !body.includes('query CurrentUser')) return route.continue();
      const response = await route.fetch();
      const json = await response.json();
      const now: number = await page.evaluate(() => Date.now());
      if (json.data?.me) json.data.me.sessionExpiresAt = new Date(now + inMs).toISOString();
      await route.fulfill({ response, json });
    });
  };
  const dialog = (page: Page) => page.getByRole('dialog', { name: 'Your session is about to end' });

  it('warns before the session lapses, and "Stay signed in" extends it', async () => {
    const { page } = browser;
    await page.clock.install();
    let nearExpiry = true;
    await expiringSoon(page, 6 * MINUTE, () => nearExpiry);
    const officer = demoUser('PROGRAM_OFFICER');
    await signIn(page, officer);
    await page.goto('/officer/reports');
    // Signed in on this page load: its CurrentUser answer (the expiry) has arrived before the clock moves.
    await expectVisible(page.getByRole('heading', { name: /^Submitted reports/ }));
    expect(await dialog(page).count()).toBe(0);

    // Two minutes on, four are left: the warning.
    await page.clock.fastForward(2 * MINUTE);
    await expectVisible(dialog(page));
    await expectVisible(dialog(page).getByText(/You will be signed out in [34] minutes/));
    // A modal: focus is inside it.
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    expect(describeProblems(await seriousViolations(page, 'expiry warning'))).toBe('');
    await browser.screenshot('warning');

    nearExpiry = false;
    await dialog(page).getByRole('button', { name: 'Stay signed in' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    // Long past the first expiry, still signed in and on the same page.
    await page.clock.fastForward(10 * MINUTE);
    await page.reload();
    await expectVisible(page.getByRole('banner').getByText(officer.name, { exact: false }));
    expect(new URL(page.url()).pathname).toBe('/officer/reports');
    expect(await dialog(page).count()).toBe(0);
  });

  it('a lapsed session sends the user to sign in, then back where they were', async () => {
    const { page } = browser;
    await page.clock.install();
    let nearExpiry = true;
    await expiringSoon(page, 4 * MINUTE, () => nearExpiry);
    const auditor = demoUser('AUDITOR');
    await signIn(page, auditor);
    await page.goto('/audit?action=session');
    await expectVisible(heading(page, 'Audit trail'));

    await page.clock.fastForward(4 * MINUTE + 2_000);
    await expectPath(page, '/sign-in');
    await expectVisible(page.getByRole('heading', { name: 'Your session ended' }));
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/audit?action=session');
    expect(describeProblems(await seriousViolations(page, 'session ended'))).toBe('');
    await browser.screenshot('lapsed');

    // Signed out on the server too: the cookie no longer opens the API.
    const me = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      return ((await res.json()) as { data: { me: unknown } }).data.me;
    });
    expect(me).toBeNull();

    nearExpiry = false;
    const form = signInForm(page);
    await form.getByLabel('Email address').fill(auditor.email);
    await form.getByLabel('Password').fill(demoPassword);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expectPath(page, '/audit');
    expect(new URL(page.url()).search).toBe('?action=session');
    await expectVisible(heading(page, 'Audit trail'));
  });

  it('returns only to paths of this site', async () => {
    const { page } = browser;
    await page.goto('/sign-in?returnTo=//evil.example/steal');
    const form = signInForm(page);
    const applicant = demoUser('APPLICANT');
    await form.getByLabel('Email address').fill(applicant.email);
    await form.getByLabel('Password').fill(demoPassword);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expectPath(page, '/');
    expect(new URL(page.url()).host).toBe(new URL(process.env.ABATE_E2E_BASE_URL!).host);
  });
});
