import type { Page } from 'playwright-core';
import { expectPath, expectVisible } from './browser';
import { demoPassword, type DemoUser } from './demo-users';

export const anonymousHomeHeading = 'Opioid-settlement grants for post-overdose outreach';

export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
export const signInForm = (page: Page) => page.getByRole('form', { name: 'Sign in' });

/** Opens /sign-in and fills in the form; does not wait for the outcome. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await expectVisible(heading(page, 'Sign in'));
  const form = signInForm(page);
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the form and waits for the signed-in home page. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await submitSignIn(page, user.email, demoPassword);
  await expectPath(page, '/');
  await expectVisible(heading(page, `Welcome, ${user.name}`));
}
