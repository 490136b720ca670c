import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';

// The checklist the round scores against, as the project ships it.
const checklist = JSON.parse(readFileSync(join(__dirname, '../../../libs/shared/checklist/data/porp-checklist-2023.json'), 'utf8')) as {
  items: Array<{ key: string; title: string }>;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** datetime-local text for a time `days` from now (the browser's fields are in the round's zone; near enough for a window). */
function localInDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T17:00`;
}

const saveStatus = (page: Page) => page.locator('#save-status');

async function expectSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => /^Saved /.test(document.querySelector('#save-status')?.textContent?.trim() ?? ''), undefined, { timeout: 15_000 });
}

describe('apply', () => {
  const browser = useBrowser('apply');
  const roundTitle = `Rural outreach ${Date.now().toString(36)}`;

  it('the officer creates and publishes a round; an applicant writes, autosaves, fixes what the pre-submit list shows, and submits', async () => {
    const { page } = browser;

    // The officer creates the round as a draft, then publishes it.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/officer/rounds/new');
    const form = page.getByRole('form', { name: 'New funding round' });
    await form.getByLabel('Title', { exact: true }).fill(roundTitle);
    await form.getByLabel('Description', { exact: true }).fill('Outreach grants for rural counties, scored against the 2023 best-practice checklist.');
    await form.getByText('County', { exact: true }).click();
    await form.getByLabel('Round’s time zone').selectOption('America/New_York');
    await form.getByLabel('Opens', { exact: true }).fill(localInDays(-1));
    await form.getByLabel('Deadline', { exact: true }).fill(localInDays(20));
    await form.getByLabel('Budget (dollars)').fill('500,000');
    await form.getByLabel('Smallest award (dollars)').fill('25,000');
    await form.getByLabel('Largest award (dollars)').fill('150,000');
    await form.getByLabel('First day').fill('2027-07-01');
    await form.getByLabel('Last day').fill('2028-06-30');
    await browser.screenshot('officer-new-round');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('button', { name: 'Publish round' }).click();
    await page.getByRole('button', { name: 'Yes, publish round' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Round published' }));
    await browser.screenshot('officer-published');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectVisible(heading(page, 'Sign in'));

    // The applicant starts an application to it from their dashboard.
    await signIn(page, demoUser('APPLICANT'));
    await page.goto('/applications');
    await page.getByRole('button', { name: `Start an application to ${roundTitle}` }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByLabel('Application title'));

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
    await errors.getByRole('link', { name: /summary/i }).first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
    await browser.screenshot('editor-errors');

    // Fix everything it lists.
    await page.getByLabel('Summary', { exact: true }).fill('A county health team reaches survivors within 72 hours with naloxone and a warm hand-off to treatment.');
    await page.getByLabel('Requested amount (dollars)').fill('100,000');
    await page.locator('label[for="lawEnforcementRole__DATA_ONLY"]').click();
    await page.locator('label[for="warrantChecks__no"]').click();
    for (const item of checklist.items) {
      await page.getByLabel(item.title, { exact: true }).fill(`${item.title}: our team does this, led by the county health department, with a named lead, written procedures, and quarterly reporting on how it went.`);
      await page.locator(`[id="responses__${item.key.replaceAll(".", "__")}__selfRating"]`).selectOption('2');
    }
    await page.getByRole('button', { name: 'Add a budget line' }).click();
    await page.getByLabel('Line 1 category').selectOption('personnel');
    await page.getByLabel('Line 1 description').fill('Two peer outreach workers');
    await page.getByLabel('Line 1 amount (dollars)').fill('80,000');
    await page.getByRole('button', { name: 'Add a budget line' }).click();
    await page.getByLabel('Line 2 category').selectOption('supplies');
    await page.getByLabel('Line 2 description').fill('Naloxone kits and test strips');
    await page.getByLabel('Line 2 amount (dollars)').fill('20,000');
    await expectVisible(page.locator('#budget-total').getByText('$100,000', { exact: false }));
    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByLabel('Target 1 metric').selectOption('survivors_reached');
    await page.getByLabel('Target 1 value').fill('200');
    await expectSaved(page);

    // Nothing left to fix: submit and get the receipt.
    const submit = page.getByRole('button', { name: 'Submit application' });
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Submit application' && !b.disabled), undefined, { timeout: 15_000 });
    await submit.scrollIntoViewIfNeeded();
    await browser.screenshot('editor-ready');
    await submit.click();
    await expectVisible(heading(page, 'Application received'));
    const trackingId = (await page.locator('#receipt-tracking-id').textContent())?.trim();
    expect(trackingId).toMatch(/^ABT-\d{4}-\d{6}$/);
    await browser.screenshot('receipt');
    expect(await saveStatus(page).count()).toBe(0);
  });
});
