import { expectVisible, useBrowser } from './support/browser';
import { demoUser } from './support/demo-users';
import { heading, signIn } from './support/pages';
import { expectSaved, fillQuarterlyReport, signOut, submitReport } from './support/steps';

describe('report', () => {
  const browser = useBrowser('report');

  it('the grantee files a quarter; the officer requests changes; the grantee revises and resubmits; the officer accepts; the public page shows the outcome with small counts suppressed', async () => {
    const { page } = browser;
    // Buncombe County (applicant2 in the demo) has an award with an overdue quarterly report.
    const grantee =
      demoUser('APPLICANT').email === 'applicant2@abate.test'
        ? demoUser('APPLICANT')
        : { email: 'applicant2@abate.test', name: 'Dana Whitfield', roles: ['APPLICANT' as const] };

    await signIn(page, grantee);
    await page.goto('/awards');
    const overdue = page.locator('tr[data-milestone-id]', { has: page.locator('[data-status="OVERDUE"]') }).first();
    const label = ((await overdue.getByRole('link').textContent()) ?? '').trim();
    await overdue.getByRole('link').click();
    await browser.screenshot('awards-then-form');

    await fillQuarterlyReport(page);
    await browser.screenshot('report-filled');
    await submitReport(page);
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
    await submitReport(page);
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
    expect(await outcomes.getByRole('cell', { name: '1-10', exact: true }).count()).toBe(0); // one label for every hidden figure
    const table = (await outcomes.textContent()) ?? '';
    expect(table).toContain('Naloxone kits distributed');
    await browser.screenshot('public-outcomes');
    // A walk through four roles' pages: jest's default minute is too short on a loaded 2-core machine.
  }, 180_000);
});
