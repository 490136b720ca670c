// Steps that several journeys take through the UI, shared so each test reads as its story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectVisible } from './browser';
import { heading } from './pages';

/** The checklist the rounds score against, as the project ships it. */
export const checklist = JSON.parse(
  readFileSync(join(__dirname, '../../../../libs/shared/checklist/data/porp-checklist-2023.json'), 'utf8'),
) as {
  items: Array<{ key: string; title: string }>;
};

/** The metrics file the quarterly report form is built from, as the project ships it. */
export const metricsFile = JSON.parse(
  readFileSync(join(__dirname, '../../../../libs/shared/metrics/data/quarterly-metrics.json'), 'utf8'),
) as {
  metrics: Array<{ key: string; label: string; unit: string; partOf?: string; expected?: number }>;
};

/** A quarter with a few small counts (2, 3, 6), so the public page has something to suppress. */
export const QUARTER_FIGURES: Record<string, number> = {
  referrals_received: 52,
  referrals_from_police: 20,
  referrals_from_ems: 18,
  referrals_from_hospital: 9,
  referrals_from_self_or_family: 3,
  contact_attempts: 140,
  median_hours_to_first_attempt: 30.5,
  survivors_reached: 34,
  network_members_reached: 12,
  naloxone_kits: 90,
  test_strips: 150,
  treatment_referrals: 15,
  moud_starts: 6,
  social_referrals: 11,
  repeat_overdoses: 2,
  visits_with_police_present: 0,
  visits_with_uniformed_police: 0,
  warrant_checks: 0,
  arrests_during_outreach: 0,
};

/** Waits for the autosave status to say "Saved …". */
export async function expectSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => /^Saved /.test(document.querySelector('#save-status')?.textContent?.trim() ?? ''),
    undefined,
    { timeout: 15_000 },
  );
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectVisible(heading(page, 'Sign in'));
}

export interface RoundTerms {
  title: string;
  timeZone: string;
  /** datetime-local text in the round's zone. */
  opensAt: string;
  closesAt: string;
  grantStart: string;
  grantEnd: string;
  reviewersPerApplication?: number;
  /** Budget as typed (default 500,000). */
  budget?: string;
}

/** Fills in /officer/rounds/new for a county round of $500,000 (or terms.budget) in awards of $25,000 to $150,000; does not save it. */
export async function fillNewRound(page: Page, terms: RoundTerms): Promise<void> {
  await page.goto('/officer/rounds/new');
  const form = page.getByRole('form', { name: 'New funding round' });
  await form.getByLabel('Title', { exact: true }).fill(terms.title);
  await form
    .getByLabel('Description', { exact: true })
    .fill('Outreach grants for rural counties, scored against the 2023 best-practice checklist.');
  await form.getByText('County', { exact: true }).click();
  await form.getByLabel('Round’s time zone').selectOption(terms.timeZone);
  await form.getByLabel('Opens', { exact: true }).fill(terms.opensAt);
  await form.getByLabel('Deadline', { exact: true }).fill(terms.closesAt);
  await form.getByLabel('Budget (dollars)').fill(terms.budget ?? '500,000');
  await form.getByLabel('Smallest award (dollars)').fill('25,000');
  await form.getByLabel('Largest award (dollars)').fill('150,000');
  await form.getByLabel('First day').fill(terms.grantStart);
  await form.getByLabel('Last day').fill(terms.grantEnd);
  if (terms.reviewersPerApplication !== undefined)
    await form.getByLabel('Reviewers per application').fill(String(terms.reviewersPerApplication));
}

/** Saves the filled-in new round as a draft, then publishes it. */
export async function saveAndPublishRound(page: Page): Promise<void> {
  await page.getByRole('form', { name: 'New funding round' }).getByRole('button', { name: 'Save as draft' }).click();
  await page.getByRole('button', { name: 'Publish round' }).click();
  await page.getByRole('button', { name: 'Yes, publish round' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Round published' }));
}

/** From the applicant's dashboard, starts an application to the round and waits for the editor. */
export async function startApplication(page: Page, roundTitle: string): Promise<void> {
  await page.goto('/applications');
  await page.getByRole('button', { name: `Start an application to ${roundTitle}` }).click();
  await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
  await expectVisible(page.getByLabel('Application title'));
}

/**
 * Completes everything the editor asks for besides the title: summary, $100,000 requested,
 * the law-enforcement answers, every checklist item rated 2, a two-line budget
 * (personnel $80,000, supplies $20,000) and one target; waits for the autosave.
 */
export async function completeApplication(page: Page, county: string): Promise<void> {
  await page
    .getByLabel('Summary', { exact: true })
    .fill(
      `${county}: a county health team reaches survivors within 72 hours with naloxone and a warm hand-off to treatment.`,
    );
  await page.getByLabel('Requested amount (dollars)').fill('100,000');
  await page.locator('label[for="lawEnforcementRole__DATA_ONLY"]').click();
  await page.locator('label[for="warrantChecks__no"]').click();
  for (const item of checklist.items) {
    await page
      .getByLabel(item.title, { exact: true })
      .fill(
        `${item.title}: our team does this, led by the county health department, with a named lead, written procedures, and quarterly reporting on how it went.`,
      );
    await page.locator(`[id="responses__${item.key.replaceAll('.', '__')}__selfRating"]`).selectOption('2');
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
}

/** Waits for the editor's Submit button to be enabled (nothing left to fix) and scrolls to it. */
export async function expectReadyToSubmit(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].some(
        (b) => b.textContent?.trim() === 'Submit application' && !b.disabled,
      ),
    undefined,
    { timeout: 15_000 },
  );
  await page.getByRole('button', { name: 'Submit application' }).scrollIntoViewIfNeeded();
}

/** Submits the application and returns the tracking id its receipt shows. */
export async function submitApplication(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expectVisible(heading(page, 'Application received'));
  const trackingId = (await page.locator('#receipt-tracking-id').textContent())?.trim() ?? '';
  expect(trackingId).toMatch(/^ABT-\d{4}-\d{6}$/);
  return trackingId;
}

/** On the conflict-of-interest page: declares no conflict and waits for the scoring screen. */
export async function declareNoConflict(page: Page, organization: string): Promise<void> {
  await expectVisible(heading(page, `Conflict of interest: ${organization}`));
  await page.locator('label[for="coi-none"]').click();
  await page.getByRole('button', { name: 'Submit declaration' }).click();
  await expectVisible(heading(page, `Review of ${organization}`));
}

/** On the scoring screen: rates every item "2 Meets", writes the overall comment and waits for the autosave. */
export async function scoreEveryItem(page: Page, comment: string): Promise<void> {
  for (const item of checklist.items) {
    await page.getByRole('group', { name: item.title, exact: true }).locator('label', { hasText: '2 Meets' }).click();
  }
  await page.locator('#overall-comment').fill(comment);
  await expectVisible(
    page.locator('#review-progress').getByText(`${checklist.items.length} of ${checklist.items.length} rated`),
  );
  await expectSaved(page);
}

export async function submitReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit review' }).click();
  await page.getByRole('button', { name: 'Yes, submit the review' }).click();
  await expectVisible(page.locator('#review-submitted'));
}

/** On a quarterly report form: fills every metric from QUARTER_FIGURES, the spending on the two budget lines and the narrative; waits for the autosave. */
export async function fillQuarterlyReport(page: Page): Promise<void> {
  for (const metric of metricsFile.metrics) {
    await page.getByLabel(metric.label, { exact: true }).fill(String(QUARTER_FIGURES[metric.key]));
  }
  await page.getByLabel('Spent this period on Personnel (dollars)').fill('26,000');
  await page
    .getByLabel('Spent this period on Supplies (naloxone, test strips, outreach materials) (dollars)')
    .fill('4,800');
  await page.getByLabel('Successes', { exact: true }).fill('Every visit was led by a peer recovery specialist.');
  await page.getByLabel('Challenges', { exact: true }).fill('Hospital referrals are still low.');
  await expectSaved(page);
}

export async function submitReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit report' }).click();
  await page.getByRole('button', { name: 'Yes, submit the report' }).click();
  await expectVisible(page.locator('#report-submitted'));
}
