import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';

// The metrics file the form is built from, as the project ships it.
const metricsFile = JSON.parse(readFileSync(join(__dirname, '../../../libs/shared/metrics/data/quarterly-metrics.json'), 'utf8')) as {
  metrics: Array<{ key: string; label: string; unit: string; partOf?: string; expected?: number }>;
};

/** A quarter with a few small counts (2, 3, 6), so the public page has something to suppress. */
const FIGURES: Record<string, number> = {
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

async function expectSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => /^Saved /.test(document.querySelector('#save-status')?.textContent?.trim() ?? ''), undefined, { timeout: 15_000 });
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expectVisible(heading(page, 'Sign in'));
}

describe('report', () => {
  const browser = useBrowser('report');

  it('the grantee files a quarter; the officer requests changes; the grantee revises and resubmits; the officer accepts; the public page shows the outcome with small counts suppressed', async () => {
    const { page } = browser;
    // Buncombe County (applicant2 in the demo) has an award with an overdue quarterly report.
    const grantee = demoUser('APPLICANT').email === 'applicant2@abate.test' ? demoUser('APPLICANT') : { email: 'applicant2@abate.test', name: 'Dana Whitfield', roles: ['APPLICANT' as const] };

    await signIn(page, grantee);
    await page.goto('/awards');
    const overdue = page.locator('tr[data-milestone-id]', { has: page.locator('[data-status="OVERDUE"]') }).first();
    const label = ((await overdue.getByRole('link').textContent()) ?? '').trim();
    await overdue.getByRole('link').click();
    await browser.screenshot('awards-then-form');

    for (const metric of metricsFile.metrics) {
      await page.getByLabel(metric.label, { exact: true }).fill(String(FIGURES[metric.key]));
    }
    await page.getByLabel('Spent this period on Personnel (dollars)').fill('26,000');
    await page.getByLabel('Spent this period on Supplies (naloxone, test strips, outreach materials) (dollars)').fill('4,800');
    await page.getByLabel('Successes', { exact: true }).fill('Every visit was led by a peer recovery specialist.');
    await page.getByLabel('Challenges', { exact: true }).fill('Hospital referrals are still low.');
    await expectSaved(page);
    await browser.screenshot('report-filled');
    await page.getByRole('button', { name: 'Submit report' }).click();
    await page.getByRole('button', { name: 'Yes, submit the report' }).click();
    await expectVisible(page.locator('#report-submitted'));
    await signOut(page);

    // The officer sends it back with a note.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/officer/reports');
    await page.getByRole('link', { name: `Review Buncombe County’s ${label}` }).click();
    await page.getByLabel('Note to the grantee').fill('Please split hospital referrals by emergency department.');
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByRole('button', { name: 'Yes, send the request' }).click();
    await expectVisible(page.locator('#review-done'));
    await browser.screenshot('officer-requested-changes');
    await signOut(page);

    // The grantee reads the note, revises and resubmits.
    await signIn(page, grantee);
    await page.goto('/awards');
    await page.getByRole('link', { name: label, exact: true }).first().click();
    await expectVisible(page.getByText('Please split hospital referrals by emergency department.'));
    await page.getByLabel('of which from emergency departments or hospitals', { exact: true }).fill('10');
    await expectSaved(page);
    await page.getByRole('button', { name: 'Submit report' }).click();
    await page.getByRole('button', { name: 'Yes, submit the report' }).click();
    await expectVisible(page.locator('#report-submitted'));
    await signOut(page);

    // The officer accepts the revised version.
    await signIn(page, demoUser('PROGRAM_OFFICER'));
    await page.goto('/officer/reports');
    await page.getByRole('link', { name: `Review Buncombe County’s ${label}` }).click();
    await expectVisible(page.locator('#review-history'));
    await page.getByRole('button', { name: 'Accept report' }).click();
    await page.getByRole('button', { name: 'Yes, accept the report' }).click();
    await expectVisible(page.locator('#review-done'));
    await signOut(page);

    // Anyone can see the outcome, with counts from 1 to 10 never shown exactly.
    await page.goto('/transparency');
    await expectVisible(heading(page, 'Where the opioid-settlement money went'));
    const outcomes = page.getByRole('table', { name: 'Outcomes by quarter' });
    await expectVisible(outcomes);
    expect(await outcomes.getByRole('cell', { name: '1-10', exact: true }).count()).toBeGreaterThan(0);
    const table = (await outcomes.textContent()) ?? '';
    expect(table).toContain('Naloxone kits distributed');
    await browser.screenshot('public-outcomes');
  });
});
