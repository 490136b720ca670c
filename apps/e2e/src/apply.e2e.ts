import type { Page } from 'playwright-core';
import { expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { signIn } from './support/pages';
import {
  completeApplication,
  expectReadyToSubmit,
  expectSaved,
  fillNewRound,
  saveAndPublishRound,
  signOut,
  startApplication,
  submitApplication,
} from './support/steps';

const pad = (n: number) => String(n).padStart(2, '0');
/** datetime-local text for a time `days` from now (the browser's fields are in the round's zone; near enough for a window). */
function localInDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T17:00`;
}

const saveStatus = (page: Page) => page.locator('#save-status');

describe('apply', () => {
  const browser = useBrowser('apply');
  const roundTitle = `Rural outreach ${Date.now().toString(36)}`;

  it('the officer creates and publishes a round; an applicant writes, autosaves, fixes what the pre-submit list shows, and submits', async () => {
    const { page } = browser;

    // The officer creates the round as a draft, then publishes it.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await fillNewRound(page, {
      title: roundTitle,
      timeZone: 'America/New_York',
      opensAt: localInDays(-1),
      closesAt: localInDays(20),
      grantStart: '2027-07-01',
      grantEnd: '2028-06-30',
    });
    await browser.screenshot('officer-new-round');
    await saveAndPublishRound(page);
    await browser.screenshot('officer-published');
    await signOut(page);

    // The applicant starts an application to it from their dashboard.
    await signIn(page, demoUser('APPLICANT'));
    await startApplication(page, roundTitle);

    // Typing autosaves after a pause, and says so.
    await page.getByLabel('Application title').fill('Alamance rural response team');
    await expectSaved(page);
    await browser.screenshot('editor-saved');

    // The pre-submit list shows what is missing, each linked to its field.
    await page.locator('#section-review').scrollIntoViewIfNeeded();
    const errors = page.locator('#review-errors');
    await expectVisible(errors);
    await expectVisible(errors.getByRole('link').first());
    expect(await page.getByRole('button', { name: 'Submit application' }).isDisabled()).toBe(true);
    await errors
      .getByRole('link', { name: /summary/i })
      .first()
      .click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
    await browser.screenshot('editor-errors');

    // Fix everything it lists.
    await completeApplication(page, 'Alamance County');

    // Nothing left to fix: submit and get the receipt.
    await expectReadyToSubmit(page);
    await browser.screenshot('editor-ready');
    await submitApplication(page);
    await browser.screenshot('receipt');
    expect(await saveStatus(page).count()).toBe(0);
  });
});
