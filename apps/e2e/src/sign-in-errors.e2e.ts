import { expectPath, expectVisible, useBrowser } from './support/browser';
import { demoUser, demoUsers } from './support/demo-users';
import { heading, signInForm, submitSignIn } from './support/pages';

describe('sign-in errors', () => {
  const browser = useBrowser('sign-in-errors');

  it('a wrong password shows "Email or password is incorrect" and stays on the sign-in page', async () => {
    const { page } = browser;
    // Not the account the other tests sign in as: failed attempts count towards its rate limit.
    const user = demoUsers.find(
      (candidate) => candidate.roles.includes('REVIEWER') && candidate !== demoUser('REVIEWER'),
    )!;
    await submitSignIn(page, user.email, 'not-the-password');

    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expectVisible(summary);
    await expectVisible(summary.getByRole('link', { name: 'Email or password is incorrect' }));
    await expectPath(page, '/sign-in');
    await expectVisible(heading(page, 'Sign in'));
    expect(await signInForm(page).getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    await browser.screenshot('wrong-password');
  });

  it('submitting empty fields asks for the email address and the password', async () => {
    const { page } = browser;
    await page.goto('/sign-in');
    const form = signInForm(page);
    await form.getByRole('button', { name: 'Sign in' }).click();

    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    await expectVisible(summary);
    await expectVisible(summary.getByRole('link', { name: 'Enter your email address' }));
    await expectVisible(summary.getByRole('link', { name: 'Enter your password' }));
    expect(await form.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    await expectPath(page, '/sign-in');
    await browser.screenshot('empty-fields');

    // Each error links to its field, and following the link puts the cursor there.
    await summary.getByRole('link', { name: 'Enter your password' }).click();
    expect(await form.getByLabel('Password').evaluate((input) => input === document.activeElement)).toBe(true);
  });
});
